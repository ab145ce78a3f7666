// Procurement facts that become department records in credit (二.3, 三.2, 三.3), as data.
import {
  addDays,
  creditRecordMessage,
  PROCUREMENT_BREACH_SOURCE_PREFIX,
  type OutboxEntry,
} from '@integrity/subgraph-kit';

/**
 * Days a supplier payment may stay unpaid after its due date before the purchaser's arrears are recorded as
 * government dishonesty. PAYMENT_RECORD_GRACE_DAYS overrides; the default 30 is the county's choice, measured on
 * the 30-day payment term of 《保障中小企业款项支付条例》（国务院令第802号）第九条 (第八条 in the 2020 text, 国务院令第728号).
 */
export const paymentRecordGraceDays = (env: NodeJS.ProcessEnv = process.env): number => {
  const days = Number(env.PAYMENT_RECORD_GRACE_DAYS);
  return Number.isInteger(days) && days >= 0 ? days : 30;
};

/**
 * How often procurement looks for payments to record (RECORD_SWEEP_MS, default one minute): read when the
 * subgraph starts its jobs, so a test may set it before starting a stack.
 */
export const recordSweepMs = (env: NodeJS.ProcessEnv = process.env): number =>
  Number(env.RECORD_SWEEP_MS) > 0 ? Number(env.RECORD_SWEEP_MS) : 60_000;

/** The first day an unpaid payment is recorded: the day after the grace period that follows its due date. */
export const paymentRecordedFrom = (dueDate: string, graceDays: number): string => addDays(dueDate, graceDays + 1);

/** Whether, on `today`, an unpaid payment due on `dueDate` is recorded. */
export const paymentRecordable = (dueDate: string, today: string, graceDays: number): boolean =>
  paymentRecordedFrom(dueDate, graceDays) <= today;

/**
 * Named as the deciding authority on procurement records: the finance department supervises government
 * procurement (《政府采购法》第十三条), and the plan charges 县财政局 with it (三.（二）). A body of the county's
 * directory, so the exchange carries its credit code.
 */
export const PROCUREMENT_AUTHORITY = '饶平县财政局';

/**
 * The source id (and outbox key) of a milestone's overdue record: `milestone-<id>`, and after a withdrawn one
 * `milestone-<id>-<n>` for the n-th, so a record made again for the moved due date is a record of its own.
 */
export const overdueSourceId = (m: { id: string; recordWithdrawals: number }): string =>
  m.recordWithdrawals ? `milestone-${m.id}-${m.recordWithdrawals + 1}` : `milestone-${m.id}`;

export const overduePaymentMessage = (
  m: { id: string; purchaserId: string; dueDate: string; contractId: string; recordWithdrawals: number },
  unpaidYuan: string,
  graceDays: number,
): OutboxEntry =>
  creditRecordMessage({
    kind: 'OVERDUE_SUPPLIER_PAYMENT',
    sourceId: overdueSourceId(m),
    departmentId: m.purchaserId,
    documentNumber: `拖欠账款 ${m.dueDate.slice(0, 4)}-${m.id.slice(0, 8)}`,
    authority: PROCUREMENT_AUTHORITY,
    decisionDate: paymentRecordedFrom(m.dueDate, graceDays),
    amount: unpaidYuan,
    summary: `合同 ${m.contractId.slice(0, 8)} 于 ${m.dueDate} 到期的款项 ${unpaidYuan} 元逾期 ${graceDays} 日以上未支付`,
  });

export const breachMessage = (b: {
  id: string;
  departmentId: string;
  recordedOn: string;
  description: string;
  documentNumber: string | null;
}) =>
  creditRecordMessage({
    kind: 'PROCUREMENT_BREACH',
    sourceId: `${PROCUREMENT_BREACH_SOURCE_PREFIX}${b.id}`,
    departmentId: b.departmentId,
    // the finding's own number where one was recorded; else a reference that names the breach
    documentNumber: b.documentNumber ?? `采购违约 ${b.recordedOn.slice(0, 4)}-${b.id.slice(0, 8)}`,
    authority: PROCUREMENT_AUTHORITY,
    decisionDate: b.recordedOn,
    summary: b.description,
  });

/** Named as the deciding authority on PPP records: the finance bureau manages the county's PPP payments. */
export const PPP_AUTHORITY = '饶平县财政局';

/** The key of a PPP obligation's record in credit and in the outbox (one record per obligation). */
export const pppObligationSourceId = (o: { id: string }): string => `ppp-obligation-${o.id}`;

/**
 * A PPP payment obligation unpaid when its year ended: recorded on the implementing department on 1 January of
 * the next year, for what is still unpaid (SERIOUS from 10 million yuan, credit's rule table).
 */
export const pppObligationMessage = (
  o: { id: string; projectId: string; year: number },
  project: { departmentId: string; name: string },
  unpaidYuan: string,
): OutboxEntry =>
  creditRecordMessage({
    kind: 'PPP_OBLIGATION_UNPAID',
    sourceId: pppObligationSourceId(o),
    departmentId: project.departmentId,
    documentNumber: `PPP付费 ${o.year}-${o.id.slice(0, 8)}`,
    authority: PPP_AUTHORITY,
    decisionDate: `${o.year + 1}-01-01`,
    amount: unpaidYuan,
    summary: `${project.name} ${o.year} 年度政府付费义务尚有 ${unpaidYuan} 元未支付`,
  });
