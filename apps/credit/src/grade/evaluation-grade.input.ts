import { DateScalar, TextLength } from '@integrity/subgraph-kit';
import { IsIn, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({
  description:
    'A published annual evaluation result (考核评价), as supervision’s outbox delivers it: idempotent on (department, year).',
})
export class EvaluationGradeInput {
  @Field(() => ID, { description: 'The department or town government evaluated.' })
  @TextLength(1, 36)
  departmentId: string;
  @Field(() => Int, { description: 'The year evaluated.' }) @Min(2000) @Max(2100) year: number;
  @Field({ description: 'The published grade, A to D.' }) @IsIn(['A', 'B', 'C', 'D']) grade: string;
  @Field(() => Float, { description: 'The final score, 0 to 100.' }) @Min(0) @Max(100) score: number;
  @Field(() => DateScalar, { description: 'The day the results were published.' }) publishedOn: string;
}
