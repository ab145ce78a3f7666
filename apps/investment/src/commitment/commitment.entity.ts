import { bigintTransformer, type FairCompetitionConclusion } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const COMMITMENT_KINDS = [
  'LAND',
  'SUBSIDY',
  'TAX_INCENTIVE',
  'INFRASTRUCTURE',
  'APPROVAL_SERVICE',
  'OTHER',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

@Entity('commitment')
export class CommitmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'agreement_id', type: 'varchar', length: 36 }) agreementId: string;
  /** Copied from the agreement: the commitment is the department's, not any person's. */
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'policy_id', type: 'varchar', length: 36 }) policyId: string;
  @Column({ type: 'varchar', length: 24 }) kind: CommitmentKind;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  /** Sum of the fulfilment events, kept in the same transaction as each event. */
  @Column({ name: 'fulfilled_amount', type: 'bigint', transformer: bigintTransformer, default: 0 })
  fulfilledAmount: bigint;
  @Column({ name: 'due_date', type: 'varchar', length: 10 }) dueDate: string;
  @Column({ type: 'varchar', length: 1000 }) description: string;
  @Column({ name: 'breached_on', type: 'varchar', length: 10, nullable: true }) breachedOn: string | null;
  @Column({ name: 'breach_note', type: 'varchar', length: 1000, nullable: true }) breachNote: string | null;
  /** The document that found the breach (认定文书), cited by its credit record (migration 450). */
  @Column({ name: 'breach_document_number', type: 'varchar', length: 100, nullable: true })
  breachDocumentNumber: string | null;
  @Column({ name: 'waived_on', type: 'varchar', length: 10, nullable: true }) waivedOn: string | null;
  @Column({ name: 'waiver_note', type: 'varchar', length: 1000, nullable: true }) waiverNote: string | null;
  @Column({ name: 'waiver_document', type: 'varchar', length: 200, nullable: true }) waiverDocument: string | null;
  /** The investor's written consent to the waiver (its letter's number and date): a waiver is agreed, never imposed. */
  @Column({ name: 'investor_consent_number', type: 'varchar', length: 100, nullable: true })
  investorConsentNumber: string | null;
  @Column({ name: 'investor_consent_date', type: 'varchar', length: 10, nullable: true })
  investorConsentDate: string | null;
  /** The fair-competition review (公平竞争审查) the commitment passed before it was made; null on older rows. */
  @Column({ name: 'competition_review_number', type: 'varchar', length: 100, nullable: true })
  competitionReviewNumber: string | null;
  @Column({ name: 'competition_review_body', type: 'varchar', length: 200, nullable: true })
  competitionReviewBody: string | null;
  @Column({ name: 'competition_reviewed_on', type: 'varchar', length: 10, nullable: true })
  competitionReviewedOn: string | null;
  @Column({ name: 'competition_review_conclusion', type: 'varchar', length: 24, nullable: true })
  competitionReviewConclusion: FairCompetitionConclusion | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

@Entity('fulfilment')
export class FulfilmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'commitment_id', type: 'varchar', length: 36 }) commitmentId: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ type: 'varchar', length: 10 }) date: string;
  @Column({ type: 'varchar', length: 1000 }) evidence: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
