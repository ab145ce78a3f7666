import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What happened to a government dishonesty record on public disclosure, as the credit platforms learn it. */
export const RECORD_CHANGES = ['PUBLISHED', 'CORRECTED', 'REPAIRED', 'REVOKED', 'EXPIRED'] as const;
export type RecordChange = (typeof RECORD_CHANGES)[number];

/**
 * The exchange feed: one row per change, in commit order of `seq`, which the export's cursor follows. Only
 * departments' published dishonesty records are fed (政务失信记录); individuals' and enterprises' are not.
 */
@Entity('credit_record_change')
@Index('ix_change_record', ['recordId', 'change'])
export class RecordChangeEntity {
  @PrimaryGeneratedColumn('increment') seq: number;
  @Column({ name: 'record_id', type: 'varchar', length: 36 }) recordId: string;
  /** `change_kind`: CHANGE is a reserved word in MariaDB. */
  @Column({ name: 'change_kind', type: 'varchar', length: 12 }) change: RecordChange;
  @Column({ type: 'varchar', length: 32 }) at: string;
}
