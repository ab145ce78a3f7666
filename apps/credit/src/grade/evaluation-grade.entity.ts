import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A department's or town's published annual evaluation grade (考核评价, 二.5), as supervision's outbox reports it
 * on publication: credit keeps it so a credit report can say the latest grade without reading supervision.
 */
@Entity('credit_evaluation_grade')
export class EvaluationGradeEntity {
  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 1 }) grade: string;
  /** The final score in hundredths of a point (91.5 → 9150), as supervision keeps it. */
  @Column({ name: 'score_hundredths', type: 'int' }) scoreHundredths: number;
  @Column({ name: 'published_on', type: 'varchar', length: 10 }) publishedOn: string;
}
