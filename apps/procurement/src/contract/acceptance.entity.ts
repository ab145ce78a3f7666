import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One acceptance (履约验收) of a contract's delivery, kept with its result: a failed acceptance within the agreed
 * period decides when the SME payment clock starts (条例第十条) even after a later one passes, so none is ever
 * overwritten. The contract row carries the latest for quick reading.
 */
@Entity('acceptance_attempt')
@Index('ix_acceptance_attempt_contract', ['contractId', 'acceptedOn'])
export class AcceptanceAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'contract_id', type: 'varchar', length: 36 }) contractId: string;
  @Column({ name: 'accepted_on', type: 'varchar', length: 10 }) acceptedOn: string;
  @Column({ type: 'varchar', length: 8 }) result: 'PASSED' | 'FAILED';
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_at', type: 'varchar', length: 32 }) recordedAt: string;
}
