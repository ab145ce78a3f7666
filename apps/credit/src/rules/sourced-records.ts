// Records that other domains' facts make on a department (三.8: late rectification is recorded as dishonesty;
// 二.3: breaches of every field go into one ledger). The sender says what happened; credit alone decides what
// record that is, so the credit rules stay in credit.
import type { Category, Severity } from './publicity.js';

export const SOURCED_RECORD_KINDS = ['RECTIFICATION_OVERDUE'] as const;
export type SourcedRecordKind = (typeof SOURCED_RECORD_KINDS)[number];

export interface SourcedRecordRule {
  category: Category;
  severity: Severity;
  /** Publicity from the decision date, within the severity's bounds (PUBLICITY_MONTHS). */
  publicityMonths: number;
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
};

/** Every subgraph that may send a record of any kind: the operation's declared callers. */
export const SOURCED_RECORD_SENDERS = [...new Set(Object.values(SOURCED_RECORD_RULES).flatMap((r) => r.senders))];
