import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The approved debt limit (债务限额) of a region for a year, fen. */
@Entity('debt_limit')
export class DebtLimitEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** Comprehensive financial resources (综合财力) of a region for a year, fen. */
@Entity('fiscal_resources')
export class FiscalResourcesEntity {
  @PrimaryColumn({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}
