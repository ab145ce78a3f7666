import {
  CREDIT_CHECK_RESULTS,
  CREDIT_CHECK_STEPS,
  Page,
  type CreditCheckResult,
  type CreditCheckStep,
} from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SubjectTypeEnum } from '../rules/enums.js';
import type { SubjectType } from '../rules/publicity.js';

export const CreditCheckStepEnum = Object.fromEntries(CREDIT_CHECK_STEPS.map((s) => [s, s])) as {
  [K in CreditCheckStep]: K;
};
registerEnumType(CreditCheckStepEnum, {
  name: 'CreditCheckStep',
  description: 'A step where public money moves to an enterprise and its credit is checked (二.4).',
  valuesConfig: {
    BID: { description: 'A bid recorded on a procurement project.' },
    AWARD: { description: 'A procurement project awarded to a bid.' },
    CONTRACT: { description: 'A procurement contract signed with the awarded supplier.' },
    PPP_PARTNER: { description: 'The social capital partner of a PPP project selected.' },
    INVESTMENT_AGREEMENT: { description: 'An investment-promotion agreement signed with an investor.' },
    COMMITMENT_PAYMENT: { description: 'A payment honouring a commitment made to an investor.' },
  },
});

export const CreditCheckResultEnum = Object.fromEntries(CREDIT_CHECK_RESULTS.map((s) => [s, s])) as {
  [K in CreditCheckResult]: K;
};
registerEnumType(CreditCheckResultEnum, {
  name: 'CreditCheckResult',
  description: 'What a check at a money step found, by the step’s rule.',
  valuesConfig: {
    CLEAR: { description: 'No active SERIOUS dishonesty record.' },
    WARNED: { description: 'An active SERIOUS record; the step’s rule warns and the step went on.' },
    REFUSED: { description: 'An active SERIOUS record; the step’s rule refuses (SUPPLIER_RESTRICTED).' },
  },
});

@ObjectType({ description: 'One logged credit check at a money step: who asked, about whom, when, and what it found.' })
export class CreditCheckLogEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'When (ISO 8601).' }) checkedAt: string;
  @Field(() => CreditCheckStepEnum) step: CreditCheckStep;
  @Field(() => SubjectTypeEnum) subjectType: SubjectType;
  @Field(() => ID, { description: 'For an enterprise, its unified social credit code.' }) subjectId: string;
  @Field(() => String, { nullable: true, description: 'The subject’s name as recorded, if any record names it.' })
  subjectName: string | null;
  @Field(() => CreditCheckResultEnum) result: CreditCheckResult;
  @Field(() => Int, { description: 'Active SERIOUS dishonesty records seen.' }) activeSeriousCount: number;
  @Field(() => [ID], { description: 'The active dishonesty records the check saw.' }) recordIds: string[];
  @Field(() => [String], { description: 'What the records say, in words.' }) reasons: string[];
  @Field({ description: 'The subgraph whose step it was (procurement, investment).' }) service: string;
  @Field({ description: 'The user the step was taken for.' }) actor: string;
  @Field({ description: 'The step’s object in that subgraph (project, agreement or commitment id).' })
  reference: string;
  @Field({ description: 'The rule applied, with its source.' }) rule: string;
}

// the contract's name (CreditCheckPage)
@ObjectType('CreditCheckPage', { description: 'A page of logged credit checks, newest first.' })
export class CreditCheckLogPage extends Page(CreditCheckLogEntry) {}
