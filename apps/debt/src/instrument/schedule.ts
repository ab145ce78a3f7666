import { addYears, daysBetween } from '@integrity/subgraph-kit';
import type { DebtKind } from './instrument.entity.js';

export interface PlannedPayment {
  dueDate: string;
  principal: bigint;
  interest: bigint;
}

export interface Terms {
  kind: DebtKind;
  principal: bigint;
  /** Annual rate as percent × 10⁴ (3.25% = 32500). */
  rateUnits: number;
  issuedOn: string;
  maturesOn: string;
}

const RATE_SCALE = 1_000_000n; // percent × 10⁴ → fraction

/** amount × rate for `days` of a 365-day year, rounded half up to the fen. */
const interestFor = (amount: bigint, rateUnits: number, days = 365): bigint => {
  const numerator = amount * BigInt(rateUnits) * BigInt(days);
  const denominator = RATE_SCALE * 365n;
  return (numerator * 2n + denominator) / (denominator * 2n);
};

/** Payment dates: each anniversary of the issue date before maturity, then maturity itself. */
function paymentDates(issuedOn: string, maturesOn: string): string[] {
  const dates: string[] = [];
  for (let n = 1; ; n += 1) {
    const d = addYears(issuedOn, n);
    if (d >= maturesOn) break;
    dates.push(d);
  }
  dates.push(maturesOn);
  return dates;
}

/**
 * The repayment schedule a set of terms implies. Bonds (and OTHER): interest every year, the whole
 * principal at maturity. Loans: equal principal every year (the last takes the remainder, so the sum is
 * exact) with interest on the balance still outstanding. A short final period accrues interest by days.
 */
export function generateSchedule(t: Terms): PlannedPayment[] {
  const dates = paymentDates(t.issuedOn, t.maturesOn);
  const amortising = t.kind === 'LOAN';
  const share = amortising ? t.principal / BigInt(dates.length) : 0n;
  let outstanding = t.principal;
  let previous = t.issuedOn;
  return dates.map((dueDate, i) => {
    const last = i === dates.length - 1;
    const days = daysBetween(previous, dueDate);
    const interest = interestFor(outstanding, t.rateUnits, days >= 365 ? 365 : days);
    const principal = last ? outstanding : amortising ? share : 0n;
    outstanding -= principal;
    previous = dueDate;
    return { dueDate, principal, interest };
  });
}
