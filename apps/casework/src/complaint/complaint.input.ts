import { TextLength } from '@integrity/subgraph-kit';
import type { ComplaintCategory } from '@integrity/rules';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ComplaintCategoryEnum } from '../case/case-enums.js';

@InputType({ description: 'A complaint from the public, without an account.' })
export class FileComplaintInput {
  @Field(() => ComplaintCategoryEnum) category: ComplaintCategory;
  @Field({ description: 'What happened: 10 to 4,000 characters.' }) @TextLength(10, 4000) content: string;
  @Field(() => ID, { nullable: true, description: 'The department or town government concerned, if known.' })
  @IsOptional()
  departmentId?: string;
  @Field({
    nullable: true,
    description: 'How to reach the complainant (optional: anonymous complaints are taken). Encrypted at rest.',
  })
  @IsOptional()
  @MaxLength(100)
  contact?: string;
  @Field({
    nullable: true,
    description: 'Leave empty. The form hides this field from people; anything in it marks the sender as a robot.',
  })
  @IsOptional()
  @MaxLength(200)
  website?: string;
}
