import { DecimalScalar, SortedPageArgs, TextLength } from '@integrity/subgraph-kit';
import { PROCUREMENT_PROJECT_SORT } from './project-sort.js';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { ProcurementCategory, ProcurementMethod, ProcurementStatus } from './lifecycle.js';
import { ProcurementCategoryEnum, ProcurementMethodEnum, ProcurementStatusEnum } from './project.type.js';

@InputType({ description: 'A new procurement project; it starts in PLANNING.' })
export class CreateProcurementProjectInput {
  @Field(() => ID, { description: 'The purchasing department (yours, unless you act county-wide).' })
  purchaserId: string;
  @Field() @TextLength(2, 200) title: string;
  @Field(() => ProcurementCategoryEnum) category: ProcurementCategory;
  @Field(() => ProcurementMethodEnum, {
    description:
      'How it is procured; INQUIRY only when the category is GOODS (else BAD_USER_INPUT, INQUIRY_GOODS_ONLY).',
  })
  method: ProcurementMethod;
  @Field(() => DecimalScalar, { description: 'Budget, CNY, more than zero.' }) budget: string;
  @Field({
    nullable: true,
    description:
      'The number of the approval of a method other than OPEN (设区的市级以上财政部门批准文号, 政府采购法第二十七条): required for GOODS or SERVICES budgeted at 4,000,000.00 or more (else BAD_USER_INPUT, NON_OPEN_APPROVAL_REQUIRED); kept otherwise.',
  })
  @MaxLength(100)
  nonOpenApproval?: string;
}

@ArgsType()
export class ProcurementProjectsArgs extends SortedPageArgs(PROCUREMENT_PROJECT_SORT) {
  @Field(() => ProcurementStatusEnum, { nullable: true }) status?: ProcurementStatus;
  @Field(() => ID, { nullable: true, description: 'Only this purchaser.' }) purchaserId?: string;
  @Field({ nullable: true, description: 'Matches the title.' }) search?: string;
  @Field(() => ProcurementCategoryEnum, { nullable: true, description: 'Only this category (品目类别).' })
  category?: ProcurementCategory;
  @Field(() => ProcurementMethodEnum, { nullable: true, description: 'Only this procurement method.' })
  method?: ProcurementMethod;
}
