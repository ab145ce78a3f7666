import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CreditCheckResult, CreditCheckStep } from '@integrity/subgraph-kit';

/** One credit check at a money step: who asked, about whom, when, what it found and the records it saw. */
@Entity('credit_check_log')
@Index('ix_check_subject', ['subjectId', 'checkedAt'])
export class CreditCheckLogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'checked_at', type: 'varchar', length: 32 }) checkedAt: string;
  @Column({ type: 'varchar', length: 24 }) step: CreditCheckStep;
  @Column({ name: 'subject_type', type: 'varchar', length: 16 }) subjectType: string;
  @Column({ name: 'subject_id', type: 'varchar', length: 36 }) subjectId: string;
  @Column({ name: 'subject_name', type: 'varchar', length: 200, nullable: true }) subjectName: string | null;
  @Column({ type: 'varchar', length: 8 }) result: CreditCheckResult;
  @Column({ name: 'active_serious_count', type: 'int' }) activeSeriousCount: number;
  /** The active dishonesty records the check saw, as a JSON array of ids. */
  @Column({ name: 'record_ids_json', type: 'text' }) recordIdsJson: string;
  @Column({ name: 'reasons_json', type: 'text' }) reasonsJson: string;
  /** The service that ran the step, and the user it acted for. */
  @Column({ type: 'varchar', length: 32 }) service: string;
  @Column({ type: 'varchar', length: 64 }) actor: string;
  /** The department whose step it was (a project's purchaser): whose check it is to an officer (null before it was kept). */
  @Column({ name: 'department_id', type: 'varchar', length: 36, nullable: true }) departmentId: string | null;
  /** The step's object in that service (project, agreement, commitment id). */
  @Column({ type: 'varchar', length: 64 }) reference: string;
}
