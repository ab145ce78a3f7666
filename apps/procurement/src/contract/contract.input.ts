import { DateScalar, DecimalScalar } from '@integrity/subgraph-kit';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'One payment milestone of a contract.' })
export class MilestoneInput {
  @Field(() => DateScalar) dueDate: string;
  @Field(() => DecimalScalar, { description: 'Amount, CNY.' }) amount: string;
}

@InputType({ description: 'Sign the contract of an AWARDED project; the milestones must add up to the amount.' })
export class SignContractInput {
  @Field(() => DecimalScalar, { description: 'Contract amount, CNY, not above the budget.' }) amount: string;
  @Field(() => DateScalar, { description: 'Signing date, not in the future.' }) signedOn: string;
  @Field(() => [MilestoneInput], { description: 'Payments due to the supplier.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  milestones: MilestoneInput[];
}

@InputType({ description: 'The acceptance (履约验收) of a project in performance.' })
export class RecordAcceptanceInput {
  @Field({
    description: 'true: passed (the project becomes ACCEPTED); false: failed (recorded, stays IN_PERFORMANCE).',
  })
  passed: boolean;
  @Field(() => DateScalar, { description: 'Acceptance date, not in the future.' }) acceptedOn: string;
  @Field({ nullable: true }) @IsOptional() @Length(1, 1000) note?: string;
}

@InputType({ description: 'A breach (违约失信) and the department responsible for it.' })
export class RecordBreachInput {
  @Field(() => ID, { description: 'The responsible department.' }) departmentId: string;
  @Field(() => ID, { nullable: true, description: 'The project concerned, if any: a procurement or a PPP project.' })
  projectId?: string;
  @Field() @Length(2, 1000) description: string;
}
