import { bigintTransformer, type DebtIncidentGrade, type DebtIncidentKind } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A debt risk incident (债务风险事件): a default graded Ⅰ–Ⅳ and the emergency response it started. */
@Entity('debt_incident')
export class IncidentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  /** The instrument not paid, when the default is on one. */
  @Column({ name: 'instrument_id', type: 'varchar', length: 36, nullable: true }) instrumentId: string | null;
  @Column({ type: 'varchar', length: 24 }) kind: DebtIncidentKind;
  @Column({ type: 'varchar', length: 4 }) grade: DebtIncidentGrade;
  @Column({ name: 'occurred_on', type: 'varchar', length: 10 }) occurredOn: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ type: 'varchar', length: 2000 }) response: string;
  @Column({ name: 'resolved_on', type: 'varchar', length: 10, nullable: true }) resolvedOn: string | null;
  @Column({ name: 'resolution', type: 'varchar', length: 2000, nullable: true }) resolution: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ type: 'int', default: 1 }) version: number;
}
