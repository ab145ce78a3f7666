import type { CaseKind } from '@integrity/rules';
import type { PeriodUnit } from './deadline.js';

/** ACCEPT: deciding whether the case is accepted; REPLY: answering it. */
export const CASE_STAGES = ['ACCEPT', 'REPLY'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];
/** The event a period counts from. */
export const PERIOD_STARTS = ['RECEIVED', 'ACCEPTED', 'ASSIGNED'] as const;
export type PeriodStart = (typeof PERIOD_STARTS)[number];

export interface DeadlineRule {
  id: string;
  kind: CaseKind;
  stage: CaseStage;
  startsFrom: PeriodStart;
  unit: PeriodUnit;
  amount: number;
  extensionAmount: number | null;
  effectiveFrom: string;
  source: string;
}

const PETITION_SOURCE = '《信访工作条例》（2022年5月1日起施行）';
const COMPLAINT_SOURCE =
  '饶府〔2018〕35号 一.4、二.6（建立投诉登记制度，及时答复）；期限为 issue 13 采用的默认值：3个工作日内受理，15个工作日内答复（待县政务服务中心文件核定）';
const PROPOSAL_SOURCE =
  '《全国人民代表大会和地方各级人民代表大会代表法》：自交办之日起三个月内答复，涉及面广、处理难度大的至迟六个月内答复（政协提案参照办理）';

/**
 * Version 1 of every rule, as the migration seeds it (issue 13's defaults). The table, not this list, is
 * what the subgraph reads: a later version is a row, never an edit of this file.
 */
export const DEFAULT_DEADLINE_RULES: DeadlineRule[] = [
  {
    id: 'PETITION.ACCEPT.1',
    kind: 'PETITION',
    stage: 'ACCEPT',
    startsFrom: 'RECEIVED',
    unit: 'DAYS',
    amount: 15,
    extensionAmount: null,
    effectiveFrom: '2022-05-01',
    source: `${PETITION_SOURCE}：收到信访事项之日起15日内决定是否受理`,
  },
  {
    id: 'PETITION.REPLY.1',
    kind: 'PETITION',
    stage: 'REPLY',
    startsFrom: 'ACCEPTED',
    unit: 'DAYS',
    amount: 60,
    extensionAmount: 30,
    effectiveFrom: '2022-05-01',
    source: `${PETITION_SOURCE}：自受理之日起60日内办结，经批准可延长，延长期限不得超过30日`,
  },
  ...(['COMPLAINT', 'HOTLINE'] as const).flatMap((kind): DeadlineRule[] => [
    {
      id: `${kind}.ACCEPT.1`,
      kind,
      stage: 'ACCEPT',
      startsFrom: 'RECEIVED',
      unit: 'WORKING_DAYS',
      amount: 3,
      extensionAmount: null,
      effectiveFrom: '2018-01-01',
      source: COMPLAINT_SOURCE,
    },
    {
      id: `${kind}.REPLY.1`,
      kind,
      stage: 'REPLY',
      startsFrom: 'RECEIVED',
      unit: 'WORKING_DAYS',
      amount: 15,
      extensionAmount: null,
      effectiveFrom: '2018-01-01',
      source: COMPLAINT_SOURCE,
    },
  ]),
  ...(['NPC_SUGGESTION', 'CPPCC_PROPOSAL'] as const).map((kind): DeadlineRule => ({
    id: `${kind}.REPLY.1`,
    kind,
    stage: 'REPLY',
    startsFrom: 'ASSIGNED',
    unit: 'MONTHS',
    amount: 3,
    extensionAmount: 3,
    effectiveFrom: '2018-01-01',
    source: PROPOSAL_SOURCE,
  })),
  {
    id: 'JUDICIAL_RECOMMENDATION.REPLY.1',
    kind: 'JUDICIAL_RECOMMENDATION',
    stage: 'REPLY',
    startsFrom: 'RECEIVED',
    unit: 'MONTHS',
    amount: 2,
    extensionAmount: null,
    effectiveFrom: '2012-03-15',
    source: '最高人民法院《关于加强司法建议工作的意见》（2012年）：被建议单位自收到司法建议之日起两个月内书面回复',
  },
  {
    id: 'PROCURATORIAL_RECOMMENDATION.REPLY.1',
    kind: 'PROCURATORIAL_RECOMMENDATION',
    stage: 'REPLY',
    startsFrom: 'RECEIVED',
    unit: 'MONTHS',
    amount: 2,
    extensionAmount: null,
    effectiveFrom: '2019-02-26',
    source: '《人民检察院检察建议工作规定》（2019年）：被建议单位自收到检察建议书之日起两个月内书面回复',
  },
];

/** The version in force for a case received on `receivedOn`: the latest one effective by then. */
export function ruleInForce(
  rules: readonly DeadlineRule[],
  kind: CaseKind,
  stage: CaseStage,
  receivedOn: string,
): DeadlineRule | null {
  return (
    rules
      .filter((r) => r.kind === kind && r.stage === stage && r.effectiveFrom <= receivedOn)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0] ?? null
  );
}
