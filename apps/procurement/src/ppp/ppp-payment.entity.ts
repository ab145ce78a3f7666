import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One payment of a PPP obligation, with its own date (issue 15: each payment of an obligation records its date). */
@Entity('ppp_obligation_payment')
@Index('ix_ppp_payment_obligation', ['obligationId', 'paidOn'])
export class PppPaymentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'obligation_id', type: 'varchar', length: 36 }) obligationId: string;
  @Column({ name: 'paid_on', type: 'varchar', length: 10 }) paidOn: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
