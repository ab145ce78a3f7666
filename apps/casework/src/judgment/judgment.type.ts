import { DateScalar, DecimalScalar, Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { JUDGMENT_STATUSES, type JudgmentStatus } from './judgment-rules.js';

export const JudgmentStatusEnum = Object.fromEntries(JUDGMENT_STATUSES.map((s) => [s, s])) as {
  [K in JudgmentStatus]: K;
};
registerEnumType(JudgmentStatusEnum, {
  name: 'JudgmentStatus',
  description: 'Where the fulfilment of a judgment stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet fulfilled; the due date has not passed.' },
    UNFULFILLED: { description: 'Not fulfilled after the due date (a warning; counted against the department).' },
    FULFILLED: { description: 'Fulfilled in full.' },
  },
});

@ObjectType({ description: 'One recorded act of fulfilment.' })
export class JudgmentFulfilment {
  @Field(() => ID) id: string;
  @Field(() => DateScalar) date: string;
  @Field(() => DecimalScalar, { description: 'Sum paid, CNY (0 for a performance without a sum).' }) amount: string;
  @Field({ description: 'Evidence: payment vouchers, the court’s confirmation.' }) evidence: string;
}

@ObjectType({ description: 'An effective judgment in which a county body is the obligor (一.3 司法监督).' })
export class Judgment {
  @Field(() => ID) id: string;
  @Field({ description: '案号.' }) caseNumber: string;
  @Field({ description: 'The court.' }) court: string;
  @Field(() => Department, { description: 'The obligor: a department or town government.' }) department: Department;
  @Field({ description: 'What the judgment obliges it to do.' }) obligation: string;
  @Field(() => DecimalScalar, { description: 'The sum to pay, CNY (0 when the obligation has none).' }) amount: string;
  @Field(() => DecimalScalar, { description: 'Paid so far, CNY.' }) fulfilledAmount: string;
  @Field(() => DateScalar, { description: 'Day the judgment took effect.' }) effectiveOn: string;
  @Field(() => DateScalar, { description: 'Last day to fulfil; unfulfilled from the next day.' }) dueOn: string;
  @Field(() => DateScalar, { nullable: true, description: 'Day fulfilled in full.' }) fulfilledOn: string | null;
  @Field(() => JudgmentStatusEnum) status: JudgmentStatus;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Day the court listed the body as a dishonest judgment debtor (失信被执行人): a SERIOUS record in credit.',
  })
  listedOn: string | null;
  @Field(() => String, { nullable: true, description: 'The court’s listing decision.' }) listingDocument: string | null;
  @Field(() => [JudgmentFulfilment], { description: 'Fulfilments, oldest first.' }) fulfilments: JudgmentFulfilment[];
  @Field(() => Int, { description: 'Row version.' }) version: number;
}

@ObjectType({ description: 'A page of judgments.' })
export class JudgmentPage extends Page(Judgment) {}
