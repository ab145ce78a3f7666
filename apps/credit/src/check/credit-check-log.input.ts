import { PageArgs, type CreditCheckStep, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { CreditCheckStepEnum } from './credit-check-log.type.js';

@InputType({ description: 'A money step asking credit about an enterprise; the check is logged whatever it finds.' })
export class CheckCreditAtInput {
  @Field(() => CreditCheckStepEnum) step: CreditCheckStep;
  @Field(() => ID, { description: 'The enterprise’s unified social credit code.' }) uscc: string;
  @Field({ description: 'The step’s object in the asking subgraph (project, agreement or commitment id).' })
  @TextLength(1, 64)
  reference: string;
  @Field({ description: 'The user the step is taken for.' }) @TextLength(1, 64) actor: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The department whose step it is (the project’s purchaser, the agreement’s department): an officer who is not county-wide reads only their department’s checks.',
  })
  @IsOptional()
  @TextLength(1, 36)
  departmentId?: string | null;
}

@ArgsType()
export class CreditCheckLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only checks of this subject (an enterprise: its USCC).' })
  subjectId?: string;
  @Field(() => CreditCheckStepEnum, { nullable: true }) step?: CreditCheckStep;
}
