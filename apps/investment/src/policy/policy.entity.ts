import { Column, Entity, PrimaryColumn } from 'typeorm';

export const POLICY_STATUSES = ['DRAFT', 'UNDER_REVIEW', 'APPROVED', 'REJECTED'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

@Entity('incentive_policy')
export class PolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'legal_basis', type: 'varchar', length: 500 }) legalBasis: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 16 }) status: PolicyStatus;
  /** The drafting department. */
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  /** User id of the drafter, who may not review it. */
  @Column({ name: 'drafted_by', type: 'varchar', length: 64 }) draftedBy: string;
  /** User id of whoever last changed its text or legal basis after drafting: no one reviews a text they wrote. */
  @Column({ name: 'edited_by', type: 'varchar', length: 64, nullable: true }) editedBy: string | null;
  @Column({ name: 'reviewer_id', type: 'varchar', length: 64, nullable: true }) reviewerId: string | null;
  @Column({ name: 'reviewer_name', type: 'varchar', length: 64, nullable: true }) reviewerName: string | null;
  @Column({ name: 'review_note', type: 'varchar', length: 1000, nullable: true }) reviewNote: string | null;
  @Column({ name: 'reviewed_at', type: 'varchar', length: 32, nullable: true }) reviewedAt: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}
