import { bigintTransformer, type DebtStockKind } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A region's stock to resolve in a year (hidden debt of financing platforms, or a town's arrears): what stood at
 * 1 January and what the year's resolution plan (化债计划) undertakes to reduce, fen.
 */
@Entity('debt_stock_plan')
export class StockPlanEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @PrimaryColumn({ type: 'varchar', length: 12 }) kind: DebtStockKind;
  @Column({ name: 'stock_at_start', type: 'bigint', transformer: bigintTransformer }) stockAtStart: bigint;
  @Column({ name: 'planned_reduction', type: 'bigint', transformer: bigintTransformer }) plannedReduction: bigint;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** One reduction of the stock, with its date and how it was done (财政资金、资产处置、债务重组…). */
@Entity('debt_reduction')
export class ReductionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 12 }) kind: DebtStockKind;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'reduced_on', type: 'varchar', length: 10 }) reducedOn: string;
  @Column({ type: 'varchar', length: 200 }) means: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
