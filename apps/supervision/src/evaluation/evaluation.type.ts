import { DateScalar } from '@integrity/subgraph-kit';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { Deduction, GradeEnum } from '../score/score.type.js';
import { EVALUATION_STATUSES, type EvaluationStatus } from './evaluation-rules.js';

export const EvaluationStatusEnum = Object.fromEntries(EVALUATION_STATUSES.map((s) => [s, s])) as {
  [K in EvaluationStatus]: K;
};
registerEnumType(EvaluationStatusEnum, {
  name: 'EvaluationStatus',
  description: 'PRELIMINARY (feedback open) → FINAL → PUBLISHED (readable without login).',
});

@ObjectType({ description: 'A department’s feedback on its preliminary result and the supervisors’ decision.' })
export class EvaluationFeedback {
  @Field(() => ID) id: string;
  @Field() text: string;
  @Field() filedBy: string;
  @Field(() => DateScalar) filedOn: string;
  @Field(() => String, { nullable: true, description: 'ADJUSTED or KEPT; null while undecided.' })
  decision: string | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;
  @Field(() => DateScalar, { nullable: true }) decidedOn: string | null;
}

@ObjectType({ description: 'A department’s result in a year’s evaluation.' })
export class EvaluationResult {
  @Field(() => ID) id: string;
  @Field(() => Department) department: Department;
  @Field({ description: 'The department’s name when the snapshot was taken.' }) departmentName: string;
  @Field(() => Float, { description: 'The preliminary score: the live score when the evaluation started.' })
  score: number;
  @Field(() => GradeEnum) grade: string;
  @Field(() => Float, { description: 'After feedback: the score a supervisor adjusted, else the preliminary one.' })
  finalScore: number;
  @Field(() => GradeEnum) finalGrade: string;
  @Field(() => [Deduction], { description: 'The deductions of the snapshot.' }) deductions: Deduction[];
  @Field(() => EvaluationFeedback, { nullable: true }) feedback: EvaluationFeedback | null;
}

@ObjectType({ description: 'One year’s evaluation of every department and town government (考核评价).' })
export class Evaluation {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => EvaluationStatusEnum) status: EvaluationStatus;
  @Field(() => Int, { description: 'The scoring-rule version of the snapshot.' }) ruleVersion: number;
  @Field(() => DateScalar) startedOn: string;
  @Field(() => DateScalar, {
    description:
      'Last day to file feedback (10 working days after the start, fixed then). Counted through a year whose calendar was not loaded, it is counted again once that year is loaded — never earlier than the day stored, so a department is never cut short.',
  })
  feedbackDeadline: string;
  @Field({
    description:
      'True while feedbackDeadline was counted through a year whose working calendar is not loaded (weekends only there): it may still move later, never earlier, once credit’s administrator loads the year.',
  })
  feedbackDeadlineCalendarMissing: boolean;
  @Field(() => DateScalar, { nullable: true }) finalizedOn: string | null;
  @Field(() => DateScalar, { nullable: true }) publishedOn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A published grade, readable without login.' })
export class PublicRating {
  @Field() departmentName: string;
  @Field(() => GradeEnum) grade: string;
  @Field(() => Float) score: number;
}
