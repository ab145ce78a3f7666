import { bigintTransformer, type BondPurpose } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const DEBT_KINDS = ['GENERAL_BOND', 'SPECIAL_BOND', 'LOAN', 'OTHER'] as const;
export type DebtKind = (typeof DEBT_KINDS)[number];

@Entity('debt_instrument')
export class InstrumentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'varchar', length: 16 }) kind: DebtKind;
  @Column({ type: 'bigint', transformer: bigintTransformer }) principal: bigint;
  /** Annual rate in hundredths of a basis point: 3.25% is 32500 (four decimal places of a percent, exact). */
  @Column({ name: 'rate_bp', type: 'int' }) rateUnits: number;
  @Column({ name: 'issued_on', type: 'varchar', length: 10 }) issuedOn: string;
  @Column({ name: 'matures_on', type: 'varchar', length: 10 }) maturesOn: string;
  @Column({ type: 'varchar', length: 200 }) project: string;
  /** A bond's purpose (新增 / 再融资); null for loans and other stock from before 2015. */
  @Column({ name: 'bond_purpose', type: 'varchar', length: 12, nullable: true }) bondPurpose: BondPurpose | null;
  /** The province's on-lending agreement (转贷协议) the bond came under, where recorded. */
  @Column({ name: 'on_lending_document', type: 'varchar', length: 100, nullable: true })
  onLendingDocument: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

@Entity('scheduled_payment')
export class ScheduledPaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'instrument_id', type: 'varchar', length: 36 }) instrumentId: string;
  /** Copied from the instrument so a region's figures are one indexed read. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ name: 'due_date', type: 'varchar', length: 10 }) dueDate: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) principal: bigint;
  @Column({ type: 'bigint', transformer: bigintTransformer }) interest: bigint;
}

@Entity('repayment')
export class RepaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'instrument_id', type: 'varchar', length: 36 }) instrumentId: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ name: 'paid_on', type: 'varchar', length: 10 }) paidOn: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) principal: bigint;
  @Column({ type: 'bigint', transformer: bigintTransformer }) interest: bigint;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
