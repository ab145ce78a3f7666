import { ratio, ratioAtLeast, riskLevelBy, type RiskLevel } from '@integrity/subgraph-kit';

export { RISK_LEVELS, type RiskLevel } from '@integrity/subgraph-kit';

/** The shared bands of @integrity/rules (RISK_BANDS), decided on exact integers. */
export const riskLevel = (balance: bigint, resources: bigint): RiskLevel =>
  riskLevelBy((percent) => ratioAtLeast(balance, resources, percent));

export interface RegionDebtData {
  instruments: { id: string; principal: bigint; issuedOn: string }[];
  schedule: { instrumentId: string; dueDate: string; principal: bigint; interest: bigint }[];
  repayments: { instrumentId: string; paidOn: string; principal: bigint; interest: bigint }[];
  resources: Map<number, bigint>;
}

export interface YearFigures {
  year: number;
  balance: bigint;
  resources: bigint | null;
  serviceDue: bigint;
  overdue: bigint;
  /** Instruments with something past due and unpaid as of the figures' day. */
  overdueInstruments: string[];
  repaidInYear: bigint;
}

/** The day a year's figures are taken on: its last day, or today while it runs. */
export const figuresDay = (year: number, onDate: string): string =>
  onDate < `${year}-12-31` ? onDate : `${year}-12-31`;

/**
 * An incident open on `day` — occurred by then and not yet resolved — is the response to a default standing that
 * day: a past year's defaults are set against the incidents open at its end, not against today's.
 */
export const incidentOpenOn = (n: { occurredOn: string; resolvedOn: string | null }, day: string): boolean =>
  n.occurredOn <= day && (n.resolvedOn === null || n.resolvedOn > day);

/**
 * A region's figures for a year, exactly. Balance at year end: principal issued by 31 December less
 * principal repaid by then. Debt service: principal and interest scheduled in the year. Overdue, as of
 * the earlier of year end and today: per instrument, what fell due before that day less what was paid by it.
 */
export function yearFigures(data: RegionDebtData, year: number, onDate: string): YearFigures {
  const asOf = figuresDay(year, onDate);
  const yearEnd = `${year}-12-31`;
  let balance = 0n;
  for (const i of data.instruments) if (i.issuedOn <= yearEnd) balance += i.principal;
  let repaidInYear = 0n;
  const paidBy = new Map<string, bigint>();
  for (const r of data.repayments) {
    if (r.paidOn <= yearEnd) balance -= r.principal;
    if (r.paidOn.startsWith(`${year}-`)) repaidInYear += r.principal + r.interest;
    if (r.paidOn <= asOf) paidBy.set(r.instrumentId, (paidBy.get(r.instrumentId) ?? 0n) + r.principal + r.interest);
  }
  let serviceDue = 0n;
  const dueBy = new Map<string, bigint>();
  for (const s of data.schedule) {
    if (s.dueDate.startsWith(`${year}-`)) serviceDue += s.principal + s.interest;
    if (s.dueDate < asOf) dueBy.set(s.instrumentId, (dueBy.get(s.instrumentId) ?? 0n) + s.principal + s.interest);
  }
  let overdue = 0n;
  const overdueInstruments: string[] = [];
  for (const [id, due] of dueBy) {
    const unpaid = due - (paidBy.get(id) ?? 0n);
    if (unpaid > 0n) {
      overdue += unpaid;
      overdueInstruments.push(id);
    }
  }
  return {
    year,
    balance,
    resources: data.resources.get(year) ?? null,
    serviceDue,
    overdue,
    overdueInstruments,
    repaidInYear,
  };
}

/**
 * Principal issued and principal repaid per calendar year of one region: sums, not rows. Enough for the balance of
 * any year, which is what the dashboard and the band read, without the region's schedule and every repayment.
 */
export interface YearTotals {
  issued: Map<number, bigint>;
  repaid: Map<number, bigint>;
}

/**
 * The balance at 31 December of `year` from yearly totals: yearFigures' balance exactly, since a date falls on or
 * before 31 December of `year` exactly when its year is `year` or earlier.
 */
export function balanceAt(totals: YearTotals, year: number): bigint {
  let balance = 0n;
  for (const [y, principal] of totals.issued) if (y <= year) balance += principal;
  for (const [y, principal] of totals.repaid) if (y <= year) balance -= principal;
  return balance;
}

/**
 * The ratio and band of a balance (Float for display, 1.25 = 125%; the level decided on exact integers). A town is
 * not rated (the Ministry of Finance rates county-level governments): no debt ratio or level.
 */
export function balanceIndicators(balance: bigint, resources: bigint | null, rated = true) {
  const r = rated ? resources : null;
  return { debtRatio: r ? ratio(balance, r) : null, level: r ? riskLevel(balance, r) : null };
}

/** The ratios that need the schedule and the payments: debt service (not for a town) and overdue. */
export function serviceIndicators(f: YearFigures, rated = true) {
  const r = rated ? f.resources : null;
  return {
    debtServiceRatio: r ? ratio(f.serviceDue, r) : null,
    overdueRatio: f.balance > 0n ? ratio(f.overdue, f.balance) : 0,
  };
}

/** Every ratio of a year's figures and its band. */
export function indicators(f: YearFigures, rated = true) {
  return { ...balanceIndicators(f.balance, f.resources, rated), ...serviceIndicators(f, rated) };
}
