// Payment of SMEs (《保障中小企业款项支付条例》, 国务院令第802号, in force 2025-06-01): the supplier's size, the
// payment term, and late-payment interest, as data with their sources, for procurement (which refuses and computes)
// and the console (which labels and shows). Money is integer fen throughout; rates are integer basis points.
import type { LocalisedName } from './credit-labels.js';

export const ENTERPRISE_SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO', 'UNKNOWN'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const ENTERPRISE_SIZE: Record<EnterpriseSize, LocalisedName> = {
  LARGE: { 'zh-CN': '大型企业', 'en-US': 'Large' },
  MEDIUM: { 'zh-CN': '中型企业', 'en-US': 'Medium' },
  SMALL: { 'zh-CN': '小型企业', 'en-US': 'Small' },
  MICRO: { 'zh-CN': '微型企业', 'en-US': 'Micro' },
  UNKNOWN: { 'zh-CN': '未声明', 'en-US': 'Not declared' },
};

/**
 * The schema's description of the size enum: directory (which keeps an enterprise's size) and procurement (which
 * keeps it on a contract as at signing) register the same enum, so the words must be the same in both.
 */
export const ENTERPRISE_SIZE_SCHEMA = {
  description:
    'An enterprise’s size class (企业规模类型, 工信部联企业〔2011〕300号). MEDIUM, SMALL and MICRO are SMEs, whose payment terms and late interest follow the SME Payment Regulations (保障中小企业款项支付条例).',
  valuesConfig: {
    LARGE: { description: '大型企业: not an SME.' },
    MEDIUM: { description: '中型企业.' },
    SMALL: { description: '小型企业.' },
    MICRO: { description: '微型企业.' },
    UNKNOWN: { description: 'Not declared or not recorded: treated as not an SME.' },
  },
} as const;

/**
 * 条例第三条: SMEs are medium, small and micro enterprises; the size is the one at signing, and the SME must say
 * it is one. An undeclared size is therefore not treated as an SME.
 */
export const isSme = (size: EnterpriseSize): boolean => size === 'MEDIUM' || size === 'SMALL' || size === 'MICRO';

export const SME_SIZE_SOURCE =
  '《保障中小企业款项支付条例》第三条：中小企业、大型企业依合同订立时的企业规模类型确定；中小企业订立合同时应当主动告知；政府采购中以《中小企业声明函》（财库〔2020〕46号）声明';

/** When a milestone falls due: on a fixed date, or a number of days after delivery or after passed acceptance. */
export const DUE_BASES = ['FIXED_DATE', 'DELIVERY', 'ACCEPTANCE'] as const;
export type DueBasis = (typeof DUE_BASES)[number];

export const DUE_BASIS: Record<DueBasis, LocalisedName> = {
  FIXED_DATE: { 'zh-CN': '约定日期', 'en-US': 'Fixed date' },
  DELIVERY: { 'zh-CN': '交付之日起', 'en-US': 'Days after delivery' },
  ACCEPTANCE: { 'zh-CN': '验收合格之日起', 'en-US': 'Days after passed acceptance' },
};

/**
 * An organ or public institution buying from an SME pays within 30 days of delivery; the contract may agree
 * otherwise but at most 60 days. Where payment is conditioned on inspection or acceptance, the term runs from the
 * day it is passed (the same 30/60 days; 第十条, see SME_ACCEPTANCE_PERIOD).
 */
export const SME_PAYMENT_TERMS = {
  defaultDays: 30,
  maxDays: 60,
  source:
    '《保障中小企业款项支付条例》（国务院令第802号）第九条第一款：机关、事业单位从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日。第十条第一款：约定以货物、工程、服务交付后经检验或者验收合格作为支付中小企业款项条件的，付款期限应当自检验或者验收合格之日起算',
} as const;

/**
 * Where payment is conditioned on acceptance, the contract agrees an acceptance period (days after delivery) and
 * the purchaser accepts within it; delaying acceptance, the payment term runs from the day the period ends (届满之日)
 * as if accepted then. Delivered on D with a period of P days, the period ends on D + P: accepted on or before that
 * day, the term runs from the acceptance; accepted later (or never), from D + P.
 */
export const SME_ACCEPTANCE_PERIOD = {
  source:
    '《保障中小企业款项支付条例》（国务院令第802号）第十条第二款：合同双方应当在合同中约定明确、合理的检验或者验收期限，并在该期限内完成检验或者验收，法律、行政法规或者国家有关规定对检验或者验收期限另有规定的，从其规定。机关、事业单位和大型企业拖延检验或者验收的，付款期限自约定的检验或者验收期限届满之日起算',
} as const;

const plusDays = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The last day of an acceptance period of `periodDays` after delivery on `deliveredOn` (届满之日). */
export const acceptancePeriodEnd = (deliveredOn: string, periodDays: number): string =>
  plusDays(deliveredOn, periodDays);

/** One acceptance (检验或者验收) as recorded: its day and whether the delivery passed. */
export interface AcceptanceAttempt {
  on: string;
  passed: boolean;
}

/**
 * What a contract's payment clock counts from: the supplier's size at signing, the delivery, the agreed acceptance
 * period, every acceptance recorded, in date order (a failed one is kept when a later one passes), and every
 * re-delivery after a failed acceptance (整改后重新交付), in date order.
 */
export interface PaymentClockFacts {
  supplierSize: EnterpriseSize;
  deliveredOn: string | null;
  acceptancePeriodDays: number | null;
  attempts: readonly AcceptanceAttempt[];
  redeliveries?: readonly string[];
}

/**
 * The day an acceptance-conditioned payment term starts (第十条): the first passed acceptance, but no later than
 * the end of the agreed period after delivery, because a purchaser that lets the period run out has delayed it.
 * An acceptance within the period (on or before its last day) that failed is no delay: the clock stops until the
 * supplier delivers again after putting it right, and the same period then runs from that re-delivery (the
 * county's reading of 第十条第二款); without one the term waits for a passed acceptance. A failure after the period
 * ran out changes nothing. On one day a re-delivery comes before the acceptance that inspects it. null while
 * nothing has started the term.
 */
export function acceptanceTermStart(f: Omit<PaymentClockFacts, 'supplierSize'>): string | null {
  if (f.acceptancePeriodDays === null) return f.attempts.find((a) => a.passed)?.on ?? null;
  const period = f.acceptancePeriodDays;
  const events = [
    ...(f.redeliveries ?? []).map((on) => ({ on, kind: 'REDELIVERED' as const })),
    ...f.attempts.map((a) => ({ on: a.on, kind: a.passed ? ('PASSED' as const) : ('FAILED' as const) })),
  ].sort((a, b) => a.on.localeCompare(b.on) || (a.kind === 'REDELIVERED' ? -1 : b.kind === 'REDELIVERED' ? 1 : 0));
  // the last day of the period running now; null while the clock is stopped by a failure, or before anything
  // started it (no delivery recorded: a re-delivery after a failed acceptance still starts the period)
  let end: string | null = f.deliveredOn === null ? null : acceptancePeriodEnd(f.deliveredOn, period);
  for (const e of events) {
    if (end !== null && e.on > end) return end;
    if (e.kind === 'PASSED') return e.on;
    if (e.kind === 'FAILED') end = null;
    else if (end === null) end = acceptancePeriodEnd(e.on, period);
  }
  return end;
}

/** A milestone as the contract agreed it: a fixed date, or a term after delivery or passed acceptance. */
export interface AgreedMilestone {
  dueBasis: DueBasis;
  /** The date agreed for a FIXED_DATE milestone; null otherwise. */
  agreedDueDate: string | null;
  termDays: number | null;
}

/**
 * Every milestone's due date from the contract's facts, in the order given (第九条, 第十条): a DELIVERY milestone
 * its term after delivery, an ACCEPTANCE milestone its term after acceptanceTermStart, a FIXED_DATE milestone its
 * agreed date; null while its event has not happened. To an SME nothing stays due later than 60 days after the
 * clock starts (delivery, or the acceptance term's start where the contract conditions payment on acceptance), so a
 * later agreed date is brought forward, and goes back to the agreed date if the clock stops again (a failed
 * acceptance within the period recorded afterwards). Computed whole each time, so no order of recording can leave
 * a date behind.
 */
export function milestoneDueDates(f: PaymentClockFacts, milestones: readonly AgreedMilestone[]): (string | null)[] {
  const acceptanceStart = acceptanceTermStart(f);
  const clock = milestones.some((m) => m.dueBasis === 'ACCEPTANCE') ? acceptanceStart : f.deliveredOn;
  const cap = isSme(f.supplierSize) && clock !== null ? smeLatestDue(clock) : null;
  return milestones.map((m) => {
    if (m.dueBasis === 'FIXED_DATE')
      return cap !== null && m.agreedDueDate !== null && m.agreedDueDate > cap ? cap : m.agreedDueDate;
    const start = m.dueBasis === 'DELIVERY' ? f.deliveredOn : acceptanceStart;
    return start === null ? null : plusDays(start, m.termDays ?? 0);
  });
}

/** A relative term agreed with an SME is lawful up to 60 days (60 passes, 61 does not). */
export const smeTermAllowed = (termDays: number): boolean => termDays <= SME_PAYMENT_TERMS.maxDays;

/**
 * The latest day anything owed to an SME may fall due once the clock has started (delivery, or passed acceptance
 * where payment is conditioned on it): the event plus 60 days. A date agreed for a progress or periodic settlement
 * (FIXED_DATE) counts from the settlement, but nothing stays owed past this day.
 */
export const smeLatestDue = (eventOn: string): string => plusDays(eventOn, SME_PAYMENT_TERMS.maxDays);

/**
 * Late payment bears interest at the agreed annual rate, which may not be below the one-year LPR in force when the
 * contract was signed; with no agreed rate, 0.05% a day (每日万分之五).
 */
export const LATE_INTEREST = {
  /** 万分之五 a day, as a fraction: 5 / 10000. */
  defaultDailyNumerator: 5n,
  defaultDailyDenominator: 10_000n,
  /** An agreed annual rate is applied per day over a 365-day year (the county's choice; the law names no divisor). */
  daysInYear: 365n,
  source:
    '《保障中小企业款项支付条例》（国务院令第802号）第十七条：迟延支付中小企业款项的，应当支付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付',
} as const;

/**
 * The one-year loan prime rate (1年期贷款市场报价利率, LPR) in basis points, each with the date it took effect.
 * Published by 全国银行间同业拆借中心 on the 20th of each month (the next working day when the 20th is not one);
 * only changes are listed, a value holds until the next row. This is what a new database starts with: procurement
 * keeps the publications in its own table, where the county's procurement officers add each month's (the
 * table must reach the signing date: past its coverage an agreed rate is refused, LPR_NOT_KNOWN); a contract
 * without an agreed rate (the statutory 0.05%/day) needs no LPR.
 */
export const ONE_YEAR_LPR = {
  source:
    '全国银行间同业拆借中心受权公布的贷款市场报价利率（LPR），1年期，https://www.chinamoney.com.cn/chinese/bklpr/',
  knownThrough: '2025-05-20',
  rows: [
    { from: '2019-08-20', bp: 425 },
    { from: '2019-09-20', bp: 420 },
    { from: '2019-11-20', bp: 415 },
    { from: '2020-02-20', bp: 405 },
    { from: '2020-04-20', bp: 385 },
    { from: '2021-12-20', bp: 380 },
    { from: '2022-01-20', bp: 370 },
    { from: '2022-08-22', bp: 365 },
    { from: '2023-06-20', bp: 355 },
    { from: '2023-08-21', bp: 345 },
    { from: '2024-07-22', bp: 335 },
    { from: '2024-10-21', bp: 310 },
    { from: '2025-05-20', bp: 300 },
  ],
} as const;

/** One publication of the one-year LPR: the day it was published (it holds from then) and its value in bp. */
export interface LprPublication {
  publishedOn: string;
  bp: number;
}

/**
 * The one-year LPR in force on a day, in basis points, from a list of publications (any order); null before the
 * first or after the list's coverage: a value published on the 20th holds until the next 20th, so the list vouches
 * for days up to the 19th of the month after its latest publication and no further (a newer LPR may exist).
 */
export function lprFrom(publications: readonly LprPublication[], date: string): number | null {
  if (!publications.length) return null;
  const rows = [...publications].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn));
  if (date < rows[0]!.publishedOn || date > coveredThrough(rows[rows.length - 1]!.publishedOn)) return null;
  let bp: number | null = null;
  for (const r of rows) if (r.publishedOn <= date) bp = r.bp;
  return bp;
}

/** The last day a publication on `publishedOn` vouches for: the 19th of the following month. */
export const coveredThrough = (publishedOn: string): string => {
  const [y, m] = publishedOn.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-19`;
};

/** The built-in table's rows as publications (what a new database starts with). */
export const BUILT_IN_LPR: readonly LprPublication[] = ONE_YEAR_LPR.rows.map((r) => ({
  publishedOn: r.from,
  bp: r.bp,
}));

/** The one-year LPR on a day by the built-in table alone. */
export const lprOn = (date: string): number | null => lprFrom(BUILT_IN_LPR, date);

/** An agreed annual rate (bp) is lawful when not below the LPR at signing: equal passes, 1bp below does not. */
export const agreedRateAllowed = (rateBp: number, lprBp: number): boolean => rateBp >= lprBp;

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * Late-payment interest of one milestone in fen. Interest runs each day from the day after the due date up to and
 * including the day paid (or `onDate` while unpaid), on what is outstanding that day: a payment stops interest on
 * its amount after its own day. The fen-days are summed exactly and the rate applied once, rounded half up to the
 * fen (never per day, so no fen is lost or invented by rounding). `rateBp` null: the statutory 0.05% a day.
 */
export function lateInterest(
  m: { dueDate: string | null; amount: bigint },
  payments: readonly { paidOn: string; amount: bigint }[],
  onDate: string,
  rateBp: number | null,
): bigint {
  if (m.dueDate === null) return 0n;
  const first = dayNumber(m.dueDate) + 1;
  const sorted = [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  let outstanding = m.amount;
  let from = first; // the first day not yet counted
  let fenDays = 0n;
  for (const p of sorted) {
    const day = dayNumber(p.paidOn);
    if (day >= from && outstanding > 0n) {
      fenDays += outstanding * BigInt(day - from + 1); // the day paid still bears interest
      from = day + 1;
    }
    outstanding -= p.amount;
  }
  const last = dayNumber(onDate);
  if (outstanding > 0n && last >= from) fenDays += outstanding * BigInt(last - from + 1);
  const [num, den] =
    rateBp === null
      ? [LATE_INTEREST.defaultDailyNumerator, LATE_INTEREST.defaultDailyDenominator]
      : [BigInt(rateBp), 10_000n * LATE_INTEREST.daysInYear];
  return (fenDays * num * 2n + den) / (den * 2n);
}

/**
 * Late interest owed, in fen: to an SME at the agreed rate or, with none agreed, the statutory 0.05% a day (第十七条
 * protects SMEs); to a supplier that is not an SME (or did not declare a size) only at a rate its contract agreed.
 */
export function lateInterestOwed(
  supplierSize: EnterpriseSize,
  m: { dueDate: string | null; amount: bigint },
  payments: readonly { paidOn: string; amount: bigint }[],
  onDate: string,
  rateBp: number | null,
): bigint {
  if (rateBp === null && !isSme(supplierSize)) return 0n;
  return lateInterest(m, payments, onDate, rateBp);
}
