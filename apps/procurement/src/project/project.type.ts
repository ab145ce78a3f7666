import { DecimalScalar, Page } from '@integrity/subgraph-kit';
import { GOODS_ONLY_METHODS } from '@integrity/rules';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import {
  CATEGORIES,
  METHODS,
  PROCUREMENT_STATUSES,
  type ProcurementCategory,
  type ProcurementMethod,
  type ProcurementStatus,
} from './lifecycle.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProcurementStatusEnum = enumOf<ProcurementStatus>(PROCUREMENT_STATUSES);
registerEnumType(ProcurementStatusEnum, {
  name: 'ProcurementStatus',
  description:
    'Lifecycle: PLANNING → TENDERING → EVALUATION → AWARDED → CONTRACTED → IN_PERFORMANCE → ACCEPTED (履约验收) → CLOSED, or CANCELLED.',
});

export const ProcurementCategoryEnum = enumOf<ProcurementCategory>(CATEGORIES);
registerEnumType(ProcurementCategoryEnum, {
  name: 'ProcurementCategory',
  description: 'What is bought: goods, works or services.',
});

export const ProcurementMethodEnum = enumOf<ProcurementMethod>(Object.keys(METHODS) as ProcurementMethod[]);
registerEnumType(ProcurementMethodEnum, {
  name: 'ProcurementMethod',
  description:
    'Procurement method under the Government Procurement Law. INQUIRY (询价) is for GOODS only (art. 32; 财政部令第74号 art. 3).',
  valuesConfig: Object.fromEntries(
    Object.entries(METHODS).map(([k, v]) => [
      k,
      { description: GOODS_ONLY_METHODS.includes(k) ? `${v}: goods only.` : v },
    ]),
  ),
});

@ObjectType({ description: 'One move of a project’s lifecycle.' })
export class StatusChange {
  @Field(() => ProcurementStatusEnum, { nullable: true }) fromStatus: ProcurementStatus | null;
  @Field(() => ProcurementStatusEnum) toStatus: ProcurementStatus;
  @Field({ description: 'When (ISO-8601, UTC).' }) at: string;
  @Field({ description: 'Username.' }) byUser: string;
}

@ObjectType({ description: 'A government procurement project (政府采购项目).' })
export class ProcurementProject {
  @Field(() => ID) id: string;
  @Field({ description: 'Open Contracting ID of the process.' }) ocid: string;
  @Field() title: string;
  @Field(() => Department, { description: 'The purchasing department.' }) purchaser: Department;
  @Field(() => ProcurementCategoryEnum) category: ProcurementCategory;
  @Field(() => ProcurementMethodEnum) method: ProcurementMethod;
  @Field({ description: 'The method’s Chinese name, e.g. 公开招标.' }) methodName: string;
  @Field(() => DecimalScalar, { description: 'Budget, CNY.' }) budget: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The number of the approval of a method other than OPEN (政府采购法第二十七条), where one was recorded; null otherwise.',
  })
  nonOpenApproval: string | null;
  @Field(() => ProcurementStatusEnum) status: ProcurementStatus;
  @Field(() => [ProcurementStatusEnum], { description: 'Where it may go next.' })
  allowedTransitions: ProcurementStatus[];
  @Field(() => Int) version: number;
  purchaserId: string;
}

@ObjectType({ description: 'A page of procurement projects.' })
export class ProcurementProjectPage extends Page(ProcurementProject) {}
