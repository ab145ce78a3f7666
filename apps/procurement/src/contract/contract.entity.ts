import type { DueBasis, EnterpriseSize } from '@integrity/rules';
import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('contract')
export class ContractEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36 }) projectId: string;
  @Column({ name: 'purchaser_id', type: 'varchar', length: 36 }) purchaserId: string;
  @Column({ name: 'supplier_uscc', type: 'varchar', length: 18 }) supplierUscc: string;
  @Column({ name: 'supplier_name', type: 'varchar', length: 200 }) supplierName: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'signed_on', type: 'varchar', length: 10 }) signedOn: string;
  @Column({ name: 'accepted_on', type: 'varchar', length: 10, nullable: true }) acceptedOn: string | null;
  @Column({ name: 'acceptance_result', type: 'varchar', length: 8, nullable: true }) acceptanceResult:
    'PASSED' | 'FAILED' | null;
  @Column({ name: 'acceptance_note', type: 'varchar', length: 1000, nullable: true }) acceptanceNote: string | null;
  /** The supplier's size as declared at signing (条例第三条: the size at signing decides), kept as it was. */
  @Column({ name: 'supplier_size', type: 'varchar', length: 8, default: 'UNKNOWN' }) supplierSize: EnterpriseSize;
  /** Agreed annual late-payment rate in basis points; null: the statutory 0.05% a day. */
  @Column({ name: 'late_rate_bp', type: 'int', nullable: true }) lateRateBp: number | null;
  /** The one-year LPR (bp) the agreed rate was checked against; null when no rate was agreed. */
  @Column({ name: 'lpr_bp', type: 'int', nullable: true }) lprBp: number | null;
  /** The day the goods, works or services were delivered (交付): starts DELIVERY milestones' terms. */
  @Column({ name: 'delivered_on', type: 'varchar', length: 10, nullable: true }) deliveredOn: string | null;
  /**
   * Days after delivery within which acceptance is agreed to be completed (条例第十条): delaying it, ACCEPTANCE
   * milestones fall due from the period's end. null when the contract agrees none.
   */
  @Column({ name: 'acceptance_period_days', type: 'int', nullable: true }) acceptancePeriodDays: number | null;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A payment due to the supplier. Unpaid after its due date, it is a government breach (拖欠账款) of the purchaser. */
@Entity('payment_milestone')
export class MilestoneEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'contract_id', type: 'varchar', length: 36 }) contractId: string;
  @Column({ name: 'purchaser_id', type: 'varchar', length: 36 }) purchaserId: string;
  @Column({ type: 'int' }) seq: number;
  /** null while a DELIVERY or ACCEPTANCE milestone waits for its basis event: not yet due, never overdue. */
  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true }) dueDate: string | null;
  /**
   * The date the contract agreed for a FIXED_DATE milestone (null otherwise). dueDate differs from it while an SME's
   * 60-day limit brings it forward (条例第九条); kept so that the agreed date returns when the clock stops again.
   */
  @Column({ name: 'agreed_due_date', type: 'varchar', length: 10, nullable: true }) agreedDueDate: string | null;
  @Column({ name: 'due_basis', type: 'varchar', length: 12, default: 'FIXED_DATE' }) dueBasis: DueBasis;
  /** Days after the basis event (DELIVERY, ACCEPTANCE); null for a FIXED_DATE milestone. */
  @Column({ name: 'term_days', type: 'int', nullable: true }) termDays: number | null;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'paid_amount', type: 'bigint', transformer: bigintTransformer, default: 0 }) paidAmount: bigint;
  @Column({ name: 'paid_on', type: 'varchar', length: 10, nullable: true }) paidOn: string | null;
  /** Overdue records of this milestone withdrawn after its due date moved: names the next record (overdueSourceId). */
  @Column({ name: 'record_withdrawals', type: 'int', default: 0 }) recordWithdrawals: number;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A breach (违约失信) naming the responsible department. */
@Entity('breach_record')
export class BreachEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36, nullable: true }) projectId: string | null;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ type: 'varchar', length: 1000 }) description: string;
  /** The document that found the breach (认定文书), cited by its credit record (migration 460). */
  @Column({ name: 'document_number', type: 'varchar', length: 100, nullable: true }) documentNumber: string | null;
  @Column({ name: 'recorded_on', type: 'varchar', length: 10 }) recordedOn: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
}
