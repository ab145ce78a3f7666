/**
 * The debt limit (限额管理, 预算法 art. 35) an issue must stay under. The balance is principal issued less principal
 * repaid; it rises only on issue dates, so its peak in a year is at the year's start or on an issue date. An issue
 * recorded on a past date raises the balance on every later date too, so it must fit under the limit of its own year
 * on its date and of every later year up to today (a later year without an approved limit is not yet checked).
 */
export interface LimitFacts {
  issuedOn: string;
  principal: bigint;
  /** Today: later dates carry no balance yet. */
  until: string;
  issued: readonly { issuedOn: string; principal: bigint }[];
  repaid: readonly { paidOn: string; principal: bigint }[];
  /** The region's approved limits by year. */
  limits: ReadonlyMap<number, bigint>;
}

/** Where the issue would break a limit: the year, its limit (null: none approved) and the balance before the issue there. */
export interface LimitBreach {
  year: number;
  limit: bigint | null;
  balance: bigint;
}

const balanceOn = (facts: LimitFacts, date: string): bigint =>
  facts.issued.filter((i) => i.issuedOn <= date).reduce((s, i) => s + i.principal, 0n) -
  facts.repaid.filter((r) => r.paidOn <= date).reduce((s, r) => s + r.principal, 0n);

/** The first year whose limit the issue would break, or null when it fits everywhere. */
export function limitBreach(facts: LimitFacts): LimitBreach | null {
  const first = Number(facts.issuedOn.slice(0, 4));
  const last = Math.max(first, Number(facts.until.slice(0, 4)));
  for (let year = first; year <= last; year += 1) {
    const limit = facts.limits.get(year) ?? null;
    if (limit === null) {
      if (year === first) return { year, limit, balance: balanceOn(facts, facts.issuedOn) };
      continue;
    }
    const start = year === first ? facts.issuedOn : `${year}-01-01`;
    const end = `${year}-12-31` < facts.until ? `${year}-12-31` : facts.until;
    const dates = [start, ...facts.issued.map((i) => i.issuedOn).filter((d) => d > start && d <= end)];
    const peak = dates.map((d) => balanceOn(facts, d)).reduce((a, b) => (a > b ? a : b));
    if (peak + facts.principal > limit) return { year, limit, balance: peak };
  }
  return null;
}
