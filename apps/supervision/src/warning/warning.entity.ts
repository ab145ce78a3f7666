import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WarningKind, WarningStatus } from './warning-kinds.js';

/** An early warning: one per kind and cause (sourceKey), kept through its states; a cause that returns reopens it. */
@Entity('integrity_warning')
export class IntegrityWarningEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 32 }) kind: WarningKind;
  @Column({ name: 'source_key', type: 'varchar', length: 100 }) sourceKey: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36, nullable: true }) departmentId: string | null;
  @Column({ type: 'varchar', length: 40 }) figure: string;
  @Column({ type: 'varchar', length: 40 }) threshold: string;
  @Column({ type: 'varchar', length: 16 }) source: string;
  @Column({ type: 'varchar', length: 300 }) link: string;
  @Column({ type: 'varchar', length: 10 }) since: string;
  @Column({ type: 'varchar', length: 12 }) status: WarningStatus;
  @Column({ name: 'ack_note', type: 'varchar', length: 1000, nullable: true }) ackNote: string | null;
  @Column({ name: 'ack_by', type: 'varchar', length: 64, nullable: true }) ackBy: string | null;
  @Column({ name: 'ack_on', type: 'varchar', length: 10, nullable: true }) ackOn: string | null;
  @Column({ name: 'resolved_on', type: 'varchar', length: 10, nullable: true }) resolvedOn: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** When the warnings were last brought up to date (one row), so reads sweep at most once a refresh period. */
@Entity('warning_sweep')
export class WarningSweepEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 }) id: string;
  @Column({ name: 'swept_at', type: 'varchar', length: 24 }) sweptAt: string;
}
