import { Column, Entity, PrimaryColumn } from 'typeorm';

// TERMINATED: ended undecided because the source department withdrew the record (nothing left to repair)
export const REPAIR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'TERMINATED'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

@Entity('repair_application')
export class RepairEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'record_id', type: 'varchar', length: 36 }) recordId: string;
  @Column({ type: 'varchar', length: 2000 }) evidence: string;
  @Column({ name: 'commitment_letter', type: 'varchar', length: 2000 }) commitmentLetter: string;
  @Column({ name: 'applied_by', type: 'varchar', length: 64 }) appliedBy: string;
  @Column({ name: 'applied_on', type: 'varchar', length: 10 }) appliedOn: string;
  /** 受理: the day it was accepted, from which the decision clock runs (the day it was filed: repairAcceptedOn). */
  @Column({ name: 'accepted_on', type: 'varchar', length: 10 }) acceptedOn: string;
  /** A decision is due by this day (REPAIR_RULES.decisionWorkingDays after acceptance). */
  @Column({ name: 'decision_deadline', type: 'varchar', length: 10 }) decisionDeadline: string;
  @Column({ type: 'varchar', length: 10 }) status: RepairStatus;
  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_on', type: 'varchar', length: 10, nullable: true }) decidedOn: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) note: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
}
