import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EvaluationStatus } from './evaluation-rules.js';

/** One year's evaluation of every department and town government (考核评价). */
@Entity('evaluation')
export class EvaluationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 12 }) status: EvaluationStatus;
  @Column({ name: 'rule_version', type: 'int' }) ruleVersion: number;
  @Column({ name: 'started_on', type: 'varchar', length: 10 }) startedOn: string;
  @Column({ name: 'started_by', type: 'varchar', length: 64 }) startedBy: string;
  @Column({ name: 'feedback_deadline', type: 'varchar', length: 10 }) feedbackDeadline: string;
  /** The deadline was counted through a year whose calendar was not loaded (weekends only there). */
  @Column({ name: 'feedback_deadline_calendar_missing', type: 'boolean', default: false })
  feedbackDeadlineCalendarMissing: boolean;
  @Column({ name: 'finalized_on', type: 'varchar', length: 10, nullable: true }) finalizedOn: string | null;
  @Column({ name: 'published_on', type: 'varchar', length: 10, nullable: true }) publishedOn: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A department's result: the preliminary snapshot and, after feedback, the final score. Scores in hundredths. */
@Entity('evaluation_result')
export class EvaluationResultEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'evaluation_id', type: 'varchar', length: 36 }) evaluationId: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'department_name', type: 'varchar', length: 200 }) departmentName: string;
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'varchar', length: 1 }) grade: string;
  @Column({ name: 'deductions_json', type: 'text' }) deductionsJson: string;
  @Column({ name: 'final_score', type: 'int' }) finalScore: number;
  @Column({ name: 'final_grade', type: 'varchar', length: 1 }) finalGrade: string;
}

/** A department's feedback on its preliminary result and the supervisors' decision. */
@Entity('evaluation_feedback')
export class EvaluationFeedbackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'result_id', type: 'varchar', length: 36 }) resultId: string;
  @Column({ name: 'evaluation_id', type: 'varchar', length: 36 }) evaluationId: string;
  @Column({ type: 'varchar', length: 2000 }) text: string;
  @Column({ name: 'filed_by', type: 'varchar', length: 64 }) filedBy: string;
  @Column({ name: 'filed_on', type: 'varchar', length: 10 }) filedOn: string;
  /** ADJUSTED or KEPT once decided. */
  @Column({ type: 'varchar', length: 8, nullable: true }) decision: 'ADJUSTED' | 'KEPT' | null;
  @Column({ name: 'decision_note', type: 'varchar', length: 1000, nullable: true }) decisionNote: string | null;
  @Column({ name: 'decided_by', type: 'varchar', length: 64, nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_on', type: 'varchar', length: 10, nullable: true }) decidedOn: string | null;
}
