import { bigintTransformer } from '@integrity/subgraph-kit';
import type { PppMechanism } from '@integrity/rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const PPP_PHASES = ['PREPARATION', 'PROCUREMENT', 'FINANCING', 'CONSTRUCTION', 'OPERATION', 'TRANSFER'] as const;
export type PppPhase = (typeof PPP_PHASES)[number];

@Entity('ppp_project')
export class PppProjectEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'varchar', length: 16 }) phase: PppPhase;
  @Column({ name: 'total_investment', type: 'bigint', transformer: bigintTransformer }) totalInvestment: bigint;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  /** Under which rules it began: only PRE_2023 projects carry government payment obligations. */
  @Column({ type: 'varchar', length: 8, default: 'PRE_2023' }) mechanism: PppMechanism;
  /** The social capital partner (社会资本方) selected in the procurement phase, credit-checked. */
  @Column({ name: 'partner_uscc', type: 'varchar', length: 18, nullable: true }) partnerUscc?: string | null;
  @Column({ name: 'partner_name', type: 'varchar', length: 200, nullable: true }) partnerName?: string | null;
  @Column({ name: 'partner_selected_on', type: 'varchar', length: 10, nullable: true }) partnerSelectedOn?:
    string | null;
  /** The day the partner's procurement was completed (招标采购程序完成): PRE_2023 needs it before 2023-02-01. */
  @Column({ name: 'procurement_completed_on', type: 'varchar', length: 10, nullable: true })
  procurementCompletedOn?: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** The government's payment obligation to a PPP project in one year. */
@Entity('ppp_obligation')
export class PppObligationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36 }) projectId: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'paid_amount', type: 'bigint', transformer: bigintTransformer, default: 0 }) paidAmount: bigint;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A region's general public budget expenditure of a year: 10% of it caps all PPP obligations of that year. */
@Entity('ppp_fiscal_capacity')
export class FiscalCapacityEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ name: 'general_budget_expenditure', type: 'bigint', transformer: bigintTransformer })
  generalBudgetExpenditure: bigint;
  @Column({ type: 'int', default: 1 }) version: number;
}
