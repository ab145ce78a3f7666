import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One payment against a milestone, kept with its own date: partial payments are never merged into one, so when
 * a milestone was paid in full, and how late, can always be told (issue 15: lateness is never erased).
 */
@Entity('milestone_payment')
@Index('ix_milestone_payment_milestone', ['milestoneId', 'paidOn'])
export class MilestonePaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'milestone_id', type: 'varchar', length: 36 }) milestoneId: string;
  @Column({ name: 'paid_on', type: 'varchar', length: 10 }) paidOn: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
