import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One request for more material (补正) on an objection, and the material supplied in answer: every round is
 * kept, so a second request no longer hides the first, and each round's pause is what moved the deadlines.
 */
@Entity('objection_material')
export class ObjectionMaterialEntity {
  @PrimaryColumn({ name: 'objection_id', type: 'varchar', length: 36 }) objectionId: string;
  /** 1 for the first request on the objection, 2 for the next…: the order of the rounds. */
  @PrimaryColumn({ name: 'round_no', type: 'int' }) round: number;
  @Column({ type: 'varchar', length: 2000 }) request: string;
  @Column({ name: 'requested_on', type: 'varchar', length: 10 }) requestedOn: string;
  /** Null for a request made before the rounds were kept (who asked was not recorded then). */
  @Column({ name: 'requested_by', type: 'varchar', length: 64, nullable: true }) requestedBy: string | null;
  @Column({ type: 'varchar', length: 2000, nullable: true }) material: string | null;
  @Column({ name: 'supplied_on', type: 'varchar', length: 10, nullable: true }) suppliedOn: string | null;
  @Column({ name: 'supplied_by', type: 'varchar', length: 64, nullable: true }) suppliedBy: string | null;
  /** Working days the clock stood still in this round (after the request up to the day the material came). */
  @Column({ name: 'paused_working_days', type: 'int', nullable: true }) pausedWorkingDays: number | null;
}
