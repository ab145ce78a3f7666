import { DateScalar, PageArgs, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { RectificationOriginEnum, RectificationStatusEnum } from './rectification.type.js';
import type { RectificationOrigin, RectificationStatus } from './rectification-rules.js';

@InputType({ description: 'A new rectification order.' })
export class OrderRectificationInput {
  @Field(() => ID, { description: 'The department or town government that must rectify.' }) departmentId: string;
  @Field({ description: 'What must be put right.' }) @TextLength(4, 500) subject: string;
  @Field({ description: 'The rule, finding or warning that requires it.' }) @TextLength(2, 500) basis: string;
  @Field(() => DateScalar, { description: 'Last day to rectify; after today.' }) deadline: string;
  @Field(() => RectificationOriginEnum, { nullable: true, defaultValue: 'MANUAL' })
  @IsOptional()
  origin?: RectificationOrigin;
  @Field(() => ID, { nullable: true, description: 'The warning or inspection finding it is opened from.' })
  @IsOptional()
  @TextLength(1, 64)
  originId?: string;
}

@InputType({ description: 'The department’s report of its rectification.' })
export class ReportRectificationInput {
  @Field({ description: 'What was done.' }) @TextLength(4, 4000) report: string;
  @Field({ nullable: true, description: 'Evidence: document numbers, file references.' })
  @IsOptional()
  @TextLength(0, 1000)
  evidence?: string;
}

@ArgsType()
export class RectificationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => RectificationStatusEnum, { nullable: true }) status?: RectificationStatus;
}
