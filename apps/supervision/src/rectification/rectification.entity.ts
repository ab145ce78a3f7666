import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RectificationOrigin, RectificationStatus } from './rectification-rules.js';

/** A rectification order (整改通知) on a department or town government, and its course. */
@Entity('rectification_order')
export class RectificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ type: 'varchar', length: 500 }) subject: string;
  /** The rule, finding or warning that requires it. */
  @Column({ type: 'varchar', length: 500 }) basis: string;
  @Column({ type: 'varchar', length: 10 }) deadline: string;
  @Column({ type: 'varchar', length: 12 }) status: RectificationStatus;
  @Column({ type: 'varchar', length: 12 }) origin: RectificationOrigin;
  /** The warning or inspection finding it was opened from, if any. */
  @Column({ name: 'origin_id', type: 'varchar', length: 64, nullable: true }) originId: string | null;
  @Column({ type: 'text', nullable: true }) report: string | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) evidence: string | null;
  @Column({ name: 'reported_on', type: 'varchar', length: 10, nullable: true }) reportedOn: string | null;
  @Column({ name: 'decision_note', type: 'varchar', length: 1000, nullable: true }) decisionNote: string | null;
  @Column({ name: 'decided_on', type: 'varchar', length: 10, nullable: true }) decidedOn: string | null;
  /** The first day it was overdue; set once, kept after a late acceptance. */
  @Column({ name: 'overdue_on', type: 'varchar', length: 10, nullable: true }) overdueOn: string | null;
  @Column({ name: 'ordered_by', type: 'varchar', length: 64 }) orderedBy: string;
  @Column({ name: 'ordered_on', type: 'varchar', length: 10 }) orderedOn: string;
  @Column({ type: 'int', default: 1 }) version: number;
}
