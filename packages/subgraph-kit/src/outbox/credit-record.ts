// The one outbox topic every domain uses to make a department record in credit (三.8, 二.3: breaches of every
// field flow into one ledger). Credit decides what record a kind is (its rule table); senders say what happened.
import { queryService, subgraphUrl } from '../service-client.js';
import type { OutboxHandler } from './outbox-deliverer.js';
import type { OutboxEntry } from './outbox.js';

export const CREDIT_RECORD_TOPIC = 'credit.departmentRecord';

/**
 * A procurement breach's sourceId (and outbox key) is this prefix and the breach's id: procurement sends it, and
 * credit counts a department's active breach records by it (the figure the integrity score deducts for).
 */
export const PROCUREMENT_BREACH_SOURCE_PREFIX = 'breach-';

/** What credit's `recordFromSource` takes (RecordFromSourceInput). */
export interface CreditRecordFact {
  /** A SourcedRecordKind of credit's rule table, e.g. RECTIFICATION_OVERDUE. */
  kind: string;
  /** The fact's id in the sending subgraph: (sender, sourceId) is unique in credit. */
  sourceId: string;
  departmentId: string;
  documentNumber: string;
  authority: string;
  /** When the fact became a breach (not in the future). */
  decisionDate: string;
  summary?: string;
  /** The sum involved, in yuan ("1234.56"), where the kind's severity depends on it. */
  amount?: string;
}

/** The outbox entry for a fact: keyed by its source id, so finding the same fact twice sends it once. */
export const creditRecordMessage = (fact: CreditRecordFact): OutboxEntry => ({
  topic: CREDIT_RECORD_TOPIC,
  key: fact.sourceId,
  payload: fact,
});

/** A handler sending a message's payload as `input` of one of credit's mutations, with the sender's credential. */
const toCredit =
  (mutation: string): OutboxHandler =>
  async (caller, message) => {
    await queryService(caller, {
      service: 'credit',
      url: subgraphUrl('credit', 4002),
      query: mutation,
      variables: { input: message.payload },
    });
  };

/** Deliver a fact; credit is idempotent on (sender, sourceId). */
export const deliverCreditRecord = toCredit(`mutation RecordFromSource($input: RecordFromSourceInput!) {
  recordFromSource(input: $input) { id }
}`);

export const CREDIT_CURE_TOPIC = 'credit.sourceCured';

/** What credit's `recordSourceCured` takes: the fact a record was made from is cured (paid, fulfilled). */
export interface CreditCureFact {
  /** The same source id the record was made with. */
  sourceId: string;
  /** The day it was cured (the last payment, the fulfilment). */
  curedOn: string;
  summary?: string;
}

/** The outbox entry for a cure: keyed by the source id, so a fact is reported cured once. */
export const creditCureMessage = (fact: CreditCureFact): OutboxEntry => ({
  topic: CREDIT_CURE_TOPIC,
  key: fact.sourceId,
  payload: fact,
});

/** Deliver a cure; credit is idempotent on (sender, sourceId). */
export const deliverCreditCure = toCredit(`mutation RecordSourceCured($input: SourceCuredInput!) {
  recordSourceCured(input: $input) { id }
}`);

export const CREDIT_WITHDRAW_TOPIC = 'credit.sourceWithdrawn';

/** What credit's `recordSourceWithdrawn` takes: the fact a record was made from no longer stands as reported. */
export interface CreditWithdrawFact {
  /** The same source id the record was made with. */
  sourceId: string;
  /** Why, in words for the record's closing reason. */
  reason: string;
}

/** The outbox entry for a withdrawal: keyed by the source id, so a record is withdrawn once. */
export const creditWithdrawMessage = (fact: CreditWithdrawFact): OutboxEntry => ({
  topic: CREDIT_WITHDRAW_TOPIC,
  key: fact.sourceId,
  payload: fact,
});

/** Deliver a withdrawal; credit is idempotent on (sender, sourceId). */
export const deliverCreditWithdrawal = toCredit(`mutation RecordSourceWithdrawn($input: SourceWithdrawnInput!) {
  recordSourceWithdrawn(input: $input) { id }
}`);

export const CREDIT_GRADE_TOPIC = 'credit.evaluationGrade';

/** What credit's `recordEvaluationGrade` takes: a department's published annual evaluation result. */
export interface CreditGradeFact {
  departmentId: string;
  year: number;
  grade: string;
  /** The final score, 0 to 100. */
  score: number;
  publishedOn: string;
}

/** The outbox entry for a published grade: one per department and year. */
export const creditGradeMessage = (fact: CreditGradeFact): OutboxEntry => ({
  topic: CREDIT_GRADE_TOPIC,
  key: `${fact.year}:${fact.departmentId}`,
  payload: fact,
});

/** Deliver a grade; credit keeps one per department and year. */
export const deliverCreditGrade = toCredit(`mutation RecordEvaluationGrade($input: EvaluationGradeInput!) {
  recordEvaluationGrade(input: $input) { year }
}`);
