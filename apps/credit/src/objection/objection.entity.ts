import { Column, Entity, PrimaryColumn } from 'typeorm';

export const OBJECTION_STATUSES = ['FILED', 'ACCEPTED', 'MATERIAL_REQUESTED', 'UPHELD', 'REJECTED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
/** Not yet decided (the record stays under objection). */
export const OPEN_OBJECTION_STATUSES: readonly ObjectionStatus[] = ['FILED', 'ACCEPTED', 'MATERIAL_REQUESTED'];

@Entity('objection')
export class ObjectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'record_id', type: 'varchar', length: 36 }) recordId: string;
  @Column({ type: 'varchar', length: 2000 }) reason: string;
  @Column({ name: 'filed_by', type: 'varchar', length: 64 }) filedBy: string;
  @Column({ name: 'filed_on', type: 'varchar', length: 10 }) filedOn: string;
  @Column({ name: 'accept_deadline', type: 'varchar', length: 10 }) acceptDeadline: string;
  @Column({ name: 'decision_deadline', type: 'varchar', length: 10 }) decisionDeadline: string;
  @Column({ type: 'varchar', length: 20 }) status: ObjectionStatus;
  @Column({ name: 'accepted_on', type: 'varchar', length: 10, nullable: true }) acceptedOn: string | null;
  /** The accepting officer's department, which answers for the decision (null before acceptance, or accepted before kept). */
  @Column({ name: 'accepted_department_id', type: 'varchar', length: 36, nullable: true })
  acceptedDepartmentId: string | null;
  @Column({ name: 'decided_on', type: 'varchar', length: 10, nullable: true }) decidedOn: string | null;
  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true }) decidedBy: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) note: string | null;
  /** Working days the clock stood still for material, over every 补正 round (objection_material), added to the open deadlines. */
  @Column({ name: 'paused_working_days', type: 'int', default: 0 }) pausedWorkingDays: number;
  @Column({ type: 'int', default: 1 }) version: number;
}
