import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A published annual evaluation grade of a department or town government (二.5).' })
export class EvaluationGrade {
  @Field(() => Int, { description: 'The year evaluated.' }) year: number;
  @Field({ description: 'The grade, A to D.' }) grade: string;
  @Field(() => Float, { description: 'The final score, 0 to 100.' }) score: number;
  @Field({ description: 'The day the results were published (YYYY-MM-DD).' }) publishedOn: string;
}
