import {
  CASE_KINDS,
  CASE_STATUSES,
  COMPLAINT_CATEGORIES,
  DELEGATE_SATISFACTIONS,
  PROPOSAL_OUTCOMES,
  type CaseKind,
  type CaseStatus,
  type ComplaintCategory,
  type DelegateSatisfaction,
  type ProposalOutcome,
} from '@integrity/rules';
import { registerEnumType } from 'type-graphql';
import { PERIOD_UNITS, type PeriodUnit } from '../deadline/deadline.js';
import { CASE_STAGES, PERIOD_STARTS, type CaseStage, type PeriodStart } from '../deadline/deadline-rules.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CaseKindEnum = enumOf<CaseKind>(CASE_KINDS);
registerEnumType(CaseKindEnum, {
  name: 'CaseKind',
  description: 'Where a case comes from.',
  valuesConfig: {
    COMPLAINT: {
      description: '投诉举报: a complaint about government dishonesty, from the public form or registered.',
    },
    PETITION: { description: '信访: a petition (《信访工作条例》).' },
    HOTLINE: { description: '12345: an item transferred from the government service hotline.' },
    NPC_SUGGESTION: { description: '人大代表建议: a suggestion of a people’s congress deputy.' },
    CPPCC_PROPOSAL: { description: '政协提案: a proposal of a CPPCC member.' },
    JUDICIAL_RECOMMENDATION: { description: '司法建议: a court’s recommendation to an agency.' },
    PROCURATORIAL_RECOMMENDATION: { description: '检察建议: a procuratorate’s recommendation to an agency.' },
  },
});

export const CaseStatusEnum = enumOf<CaseStatus>(CASE_STATUSES);
registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description: 'Where a case stands.',
  valuesConfig: {
    RECEIVED: { description: 'Registered; acceptance not yet decided.' },
    ACCEPTED: { description: 'Accepted; not yet assigned to a lead department.' },
    ASSIGNED: { description: 'Assigned: the lead department (with any co-handlers) works on the reply.' },
    REPLIED: { description: 'Answered by the lead department.' },
    CLOSED: { description: 'Finished.' },
    OUT_OF_SCOPE: { description: 'Not accepted (out of scope), with the reason.' },
  },
});

export const ComplaintCategoryEnum = enumOf<ComplaintCategory>(COMPLAINT_CATEGORIES);
registerEnumType(ComplaintCategoryEnum, {
  name: 'ComplaintCategory',
  description: 'What a public complaint is about.',
  valuesConfig: {
    INACTION: { description: '行政不作为' },
    MISCONDUCT: { description: '乱作为' },
    BROKEN_PROMISE: { description: '失信违约' },
    ARREARS: { description: '拖欠账款' },
    POLICY_NOT_HONOURED: { description: '政策不兑现' },
    SERVICE: { description: '服务问题' },
    OTHER: { description: '其他' },
  },
});

export const ProposalOutcomeEnum = enumOf<ProposalOutcome>(PROPOSAL_OUTCOMES);
registerEnumType(ProposalOutcomeEnum, {
  name: 'ProposalOutcome',
  description: 'The outcome of an NPC suggestion or CPPCC proposal.',
  valuesConfig: {
    A: { description: 'A 已解决或采纳: solved or adopted.' },
    B: { description: 'B 正在解决或列入计划: being solved or planned.' },
    C: { description: 'C 因条件限制留作参考: kept for reference, conditions do not allow it yet.' },
  },
});

export const DelegateSatisfactionEnum = enumOf<DelegateSatisfaction>(DELEGATE_SATISFACTIONS);
registerEnumType(DelegateSatisfactionEnum, {
  name: 'DelegateSatisfaction',
  description: 'The deputy’s or member’s view of the reply (满意度测评).',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    NOT_SATISFIED: { description: '不满意' },
  },
});

export const CaseStageEnum = enumOf<CaseStage>(CASE_STAGES);
registerEnumType(CaseStageEnum, {
  name: 'CaseStage',
  description: 'A stage a deadline rule sets a period for.',
  valuesConfig: {
    ACCEPT: { description: 'Deciding whether the case is accepted.' },
    REPLY: { description: 'Answering the case.' },
  },
});

export const PeriodStartEnum = enumOf<PeriodStart>(PERIOD_STARTS);
registerEnumType(PeriodStartEnum, {
  name: 'PeriodStart',
  description: 'The event a deadline period counts from (the day itself not counted).',
  valuesConfig: {
    RECEIVED: { description: 'The day the case was received.' },
    ACCEPTED: { description: 'The day it was accepted.' },
    ASSIGNED: { description: 'The day it was first assigned (交办).' },
  },
});

export const PeriodUnitEnum = enumOf<PeriodUnit>(PERIOD_UNITS);
registerEnumType(PeriodUnitEnum, {
  name: 'PeriodUnit',
  description: 'How a period is counted.',
  valuesConfig: {
    DAYS: { description: 'Calendar days.' },
    WORKING_DAYS: {
      description: 'Working days of the county’s calendar (holidays and exchanged working days as data).',
    },
    MONTHS: { description: 'Calendar months, clamped to the month’s end (31 Jan + 1 month = 28/29 Feb).' },
  },
});
