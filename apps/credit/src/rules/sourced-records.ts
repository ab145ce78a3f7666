// Records that other domains' facts make on a department (三.8: late rectification is recorded as dishonesty;
// 二.3: breaches of every field go into one ledger). The sender says what happened; credit alone decides what
// record that is, so the credit rules stay in credit.
import type { Category, Severity } from './publicity.js';

export const SOURCED_RECORD_KINDS = [
  'RECTIFICATION_OVERDUE',
  'PROCUREMENT_BREACH',
  'OVERDUE_SUPPLIER_PAYMENT',
  'COMMITMENT_BREACHED',
  'JUDGMENT_DEBTOR_LISTED',
  'PPP_OBLIGATION_UNPAID',
] as const;
export type SourcedRecordKind = (typeof SOURCED_RECORD_KINDS)[number];

export interface SourcedRecordRule {
  category: Category;
  severity: Severity;
  /** Publicity from the decision date, within the severity's bounds (PUBLICITY_MONTHS). */
  publicityMonths: number;
  /** From this sum (yuan) up the record is SERIOUS instead (a large arrears or breach). */
  seriousFromAmount?: string;
  /**
   * What the sender reports as the cure (recordSourceCured), for kinds whose sender reports one: such a record
   * cannot be repaired until it is cured. Kinds without it are repaired on the credit rules alone.
   */
  cure?: string;
  /** The subgraphs that may report this kind (their service credential names them). */
  senders: readonly string[];
  source: string;
}

export const SOURCED_RECORD_RULES: Record<SourcedRecordKind, SourcedRecordRule> = {
  RECTIFICATION_OVERDUE: {
    category: 'ACCOUNTABILITY',
    severity: 'GENERAL',
    publicityMonths: 12,
    senders: ['supervision'],
    source: '饶府〔2018〕35号 三.8：对整改不到位的，纳入政务失信记录',
  },
  PROCUREMENT_BREACH: {
    category: 'BROKEN_COMMITMENT',
    severity: 'GENERAL',
    publicityMonths: 12,
    senders: ['procurement'],
    source: '饶府〔2018〕35号 三.3：政府采购领域采购人违约失信行为纳入政务失信记录',
  },
  OVERDUE_SUPPLIER_PAYMENT: {
    category: 'BROKEN_COMMITMENT',
    severity: 'GENERAL',
    publicityMonths: 12,
    seriousFromAmount: '1000000.00',
    cure: '拖欠的合同款项全部付清',
    senders: ['procurement'],
    source:
      '饶府〔2018〕35号 三.2；《保障中小企业款项支付条例》（国务院令第802号）第九条、第十七条：机关、事业单位拖欠中小企业账款',
  },
  COMMITMENT_BREACHED: {
    category: 'BROKEN_COMMITMENT',
    severity: 'GENERAL',
    publicityMonths: 12,
    seriousFromAmount: '10000000.00',
    senders: ['investment'],
    source: '饶府〔2018〕35号 三.6：招商引资中不履行依法作出的政策承诺和签订的合同',
  },
  // the government's payment under a PPP contract not made in its budget year (三.4): the year is the term
  PPP_OBLIGATION_UNPAID: {
    category: 'BROKEN_COMMITMENT',
    severity: 'GENERAL',
    publicityMonths: 12,
    seriousFromAmount: '10000000.00',
    cure: '该年度政府付费义务全部支付',
    senders: ['procurement'],
    source:
      '饶府〔2018〕35号 三.4：政府和社会资本合作领域，政府未按合同约定履行付费义务的，纳入政务失信记录；财金〔2019〕10号：政府付费纳入年度预算',
  },
  // a county body listed by a court as a dishonest judgment debtor (失信被执行人): always serious; two years
  // is the listing's ordinary term under the Supreme People's Court's rules on the list
  JUDGMENT_DEBTOR_LISTED: {
    category: 'JUDICIAL_JUDGMENT',
    severity: 'SERIOUS',
    publicityMonths: 24,
    cure: '生效裁判确定的义务全部履行',
    senders: ['casework'],
    source:
      '饶府〔2018〕35号 一.3（司法监督：认真履行法院生效判决）；最高人民法院《关于公布失信被执行人名单信息的若干规定》：政府机构被列入失信被执行人名单',
  },
};

/** The record's severity: SERIOUS from the rule's amount up (inclusive), else the rule's own. */
export function sourcedSeverity(
  rule: SourcedRecordRule,
  amountFen: bigint | null,
  seriousFromFen: bigint | null,
): Severity {
  return seriousFromFen !== null && amountFen !== null && amountFen >= seriousFromFen ? 'SERIOUS' : rule.severity;
}

/** Every subgraph that may send a record of any kind: the operation's declared callers. */
export const SOURCED_RECORD_SENDERS = [...new Set(Object.values(SOURCED_RECORD_RULES).flatMap((r) => r.senders))];
