import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A delivery again after a failed acceptance, the defects put right (整改后重新交付): the agreed acceptance period
 * runs again from it (条例第十条, the county's reading), so a purchaser cannot hold an SME's payment clock
 * stopped for ever by failing one acceptance. Kept, like acceptances, and never overwritten.
 */
@Entity('redelivery')
@Index('ix_redelivery_contract', ['contractId', 'redeliveredOn'])
export class RedeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'contract_id', type: 'varchar', length: 36 }) contractId: string;
  @Column({ name: 'redelivered_on', type: 'varchar', length: 10 }) redeliveredOn: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
