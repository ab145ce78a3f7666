import { describe, expect, it } from 'vitest';
import { REASONS } from './reasons.js';
import {
  acceptanceTermStart,
  acceptancePeriodEnd,
  agreedRateAllowed,
  isSme,
  coveredThrough,
  lprFrom,
  milestoneDueDates,
  lateInterest,
  lateInterestOwed,
  lprOn,
  ONE_YEAR_LPR,
  SME_PAYMENT_TERMS,
  smeLatestDue,
  smeTermAllowed,
} from './sme-payment.js';

describe('SME payment terms (条例第九条)', () => {
  it('counts medium, small and micro as SMEs, a large or undeclared supplier not', () => {
    expect(['MEDIUM', 'SMALL', 'MICRO'].every((s) => isSme(s as 'SMALL'))).toBe(true);
    expect(isSme('LARGE')).toBe(false);
    expect(isSme('UNKNOWN')).toBe(false);
  });
  it('allows a term of 60 days and refuses 61', () => {
    expect(SME_PAYMENT_TERMS.defaultDays).toBe(30);
    expect(smeTermAllowed(60)).toBe(true);
    expect(smeTermAllowed(61)).toBe(false);
  });
  it('owes nothing to an SME later than 60 days after the clock starts, across a month and a year end', () => {
    expect(smeLatestDue('2026-11-02')).toBe('2027-01-01');
    expect(smeLatestDue('2028-01-01')).toBe('2028-03-01'); // 2028 is a leap year: 31 + 29
  });
});

describe('one-year LPR table', () => {
  it('gives the value in force on a day, from the day it took effect', () => {
    expect(lprOn('2024-10-20')).toBe(335);
    expect(lprOn('2024-10-21')).toBe(310);
    expect(lprOn('2025-05-20')).toBe(300);
  });
  it('knows nothing before the first publication or after the month its last row covers', () => {
    expect(lprOn('2019-08-19')).toBeNull();
    expect(coveredThrough('2025-05-20')).toBe('2025-06-19');
    expect(coveredThrough('2025-12-22')).toBe('2026-01-19');
    expect(lprOn('2025-06-19')).toBe(300);
    expect(lprOn('2025-06-20')).toBeNull();
  });
  it('takes publications officers add: a newer one extends the coverage and takes effect on its day', () => {
    const rows = [
      ...ONE_YEAR_LPR.rows.map((r) => ({ publishedOn: r.from, bp: r.bp })),
      { publishedOn: '2026-11-20', bp: 290 },
    ];
    expect(lprFrom(rows, '2026-11-19')).toBe(300);
    expect(lprFrom(rows, '2026-11-20')).toBe(290);
    expect(lprFrom(rows, '2026-12-19')).toBe(290);
    expect(lprFrom(rows, '2026-12-20')).toBeNull();
    expect(lprFrom([], '2026-11-20')).toBeNull();
  });
  it('lists rows in order, ending at the date it is known through', () => {
    const froms = ONE_YEAR_LPR.rows.map((r) => r.from);
    expect([...froms].sort()).toEqual(froms);
    expect(froms.at(-1)).toBe(ONE_YEAR_LPR.knownThrough);
  });
  it('accepts an agreed rate equal to the LPR and refuses one basis point below', () => {
    expect(agreedRateAllowed(300, 300)).toBe(true);
    expect(agreedRateAllowed(299, 300)).toBe(false);
  });
});

describe('late-payment interest (条例第十七条), in fen', () => {
  const m = { dueDate: '2025-07-10', amount: 1_000_000n }; // ¥10,000.00
  it('owes nothing paid on the due date, and one day from the day after', () => {
    expect(lateInterest(m, [{ paidOn: '2025-07-10', amount: 1_000_000n }], '2025-08-01', null)).toBe(0n);
    // 10,000.00 × 0.05% = 5.00
    expect(lateInterest(m, [{ paidOn: '2025-07-11', amount: 1_000_000n }], '2025-08-01', null)).toBe(500n);
  });
  it('runs on what is outstanding each day after a partial payment', () => {
    // 4,000.00 paid on day 2 (two days on 10,000.00), 6,000.00 outstanding three more days to the 15th
    const payments = [{ paidOn: '2025-07-12', amount: 400_000n }];
    expect(lateInterest(m, payments, '2025-07-15', null)).toBe(2n * 500n + 3n * 300n);
    // the odd fen: 1,234.57 for 3 days at 0.05% = 1.851855 → 1.85
    expect(lateInterest({ dueDate: '2025-07-10', amount: 123_457n }, [], '2025-07-13', null)).toBe(185n);
  });
  it('ignores payments made before the due date except for what they leave outstanding', () => {
    const payments = [{ paidOn: '2025-07-01', amount: 900_000n }];
    expect(lateInterest(m, payments, '2025-07-11', null)).toBe(50n);
  });
  it('applies an agreed annual rate per day over 365 days', () => {
    // 10,000.00 × 3.65% / 365 = 1.00 a day, 10 days
    expect(lateInterest(m, [], '2025-07-20', 365)).toBe(1000n);
  });
  it('owes nothing while a milestone has no due date', () => {
    expect(lateInterest({ dueDate: null, amount: 1n }, [], '2030-01-01', null)).toBe(0n);
  });
  it('has reasons for its refusals', () => {
    for (const r of ['SME_PAYMENT_TERM_TOO_LONG', 'LATE_RATE_BELOW_LPR', 'LPR_NOT_KNOWN'])
      expect(REASONS).toHaveProperty(r);
  });
});

describe('late interest owed (条例第十七条)', () => {
  const m = { dueDate: '2026-01-01', amount: 1_000_000n }; // ¥10,000.00 unpaid, 10 days late on 2026-01-11
  it('is the statutory 0.05% a day to an SME without an agreed rate, nothing to a large supplier', () => {
    expect(lateInterestOwed('SMALL', m, [], '2026-01-11', null)).toBe(5_000n); // 10,000.00 × 0.05% × 10
    expect(lateInterestOwed('LARGE', m, [], '2026-01-11', null)).toBe(0n);
    expect(lateInterestOwed('UNKNOWN', m, [], '2026-01-11', null)).toBe(0n);
  });
  it('is the agreed rate to anyone whose contract agreed one', () => {
    expect(lateInterestOwed('LARGE', m, [], '2026-01-11', 365)).toBe(lateInterest(m, [], '2026-01-11', 365));
    expect(lateInterestOwed('LARGE', m, [], '2026-01-11', 365)).toBe(1_000n); // 3.65% a year: 0.01% a day
  });
});

describe('the acceptance period (条例第十条)', () => {
  // delivered 2026-03-25 with a 10-day period: the period ends (届满) on 2026-04-04
  const delivered = { deliveredOn: '2026-03-25', acceptancePeriodDays: 10 };
  it('ends the period the given number of days after delivery, across a month end', () => {
    expect(acceptancePeriodEnd('2026-03-25', 10)).toBe('2026-04-04');
  });
  const passed = (on: string) => ({ on, passed: true });
  const failed = (on: string) => ({ on, passed: false });
  it('starts the term at an acceptance on the last day of the period, at the period’s end for one the day after', () => {
    expect(acceptanceTermStart({ ...delivered, attempts: [passed('2026-04-04')] })).toBe('2026-04-04');
    expect(acceptanceTermStart({ ...delivered, attempts: [passed('2026-04-05')] })).toBe('2026-04-04');
    expect(acceptanceTermStart({ ...delivered, attempts: [passed('2026-03-30')] })).toBe('2026-03-30');
  });
  it('starts it at the period’s end with no acceptance, and not at all without a delivery or a period', () => {
    expect(acceptanceTermStart({ ...delivered, attempts: [] })).toBe('2026-04-04');
    expect(acceptanceTermStart({ deliveredOn: null, acceptancePeriodDays: 10, attempts: [] })).toBeNull();
    expect(acceptanceTermStart({ deliveredOn: '2026-03-25', acceptancePeriodDays: null, attempts: [] })).toBeNull();
    expect(
      acceptanceTermStart({ deliveredOn: '2026-03-25', acceptancePeriodDays: null, attempts: [passed('2026-05-01')] }),
    ).toBe('2026-05-01');
  });
  it('waits for a passed acceptance after one failed on the last day of the period, not after one failed the day after', () => {
    expect(acceptanceTermStart({ ...delivered, attempts: [failed('2026-04-04')] })).toBeNull();
    expect(acceptanceTermStart({ ...delivered, attempts: [failed('2026-04-04'), passed('2026-05-20')] })).toBe(
      '2026-05-20',
    );
    // failed too late: the purchaser had already delayed, the term runs from the period's end whatever follows
    expect(acceptanceTermStart({ ...delivered, attempts: [failed('2026-04-05')] })).toBe('2026-04-04');
    expect(acceptanceTermStart({ ...delivered, attempts: [failed('2026-04-05'), passed('2026-05-20')] })).toBe(
      '2026-04-04',
    );
    // the first of two failures decides: one in time keeps the clock waiting after a second one late
    expect(acceptanceTermStart({ ...delivered, attempts: [failed('2026-04-01'), failed('2026-04-30')] })).toBeNull();
  });
  it('runs the period again from a re-delivery after a failure: accepted on its last day or the day after', () => {
    // failed 2026-04-01, re-delivered 2026-04-20: the second period ends 2026-04-30
    const again = { ...delivered, redeliveries: ['2026-04-20'] };
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01')] })).toBe('2026-04-30');
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01'), passed('2026-04-30')] })).toBe(
      '2026-04-30',
    );
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01'), passed('2026-05-01')] })).toBe(
      '2026-04-30',
    );
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01'), passed('2026-04-22')] })).toBe(
      '2026-04-22',
    );
    // inspected the day it came back and failed again: waits for the next re-delivery
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01'), failed('2026-04-20')] })).toBeNull();
    expect(
      acceptanceTermStart({
        ...delivered,
        redeliveries: ['2026-04-20', '2026-05-10'],
        attempts: [failed('2026-04-01'), failed('2026-04-30')],
      }),
    ).toBe('2026-05-20');
    // failed after the second period ran out: changes nothing
    expect(acceptanceTermStart({ ...again, attempts: [failed('2026-04-01'), failed('2026-05-01')] })).toBe(
      '2026-04-30',
    );
  });
  it('runs the period from a re-delivery when the first delivery was never recorded', () => {
    const unrecorded = { deliveredOn: null, acceptancePeriodDays: 10 };
    expect(acceptanceTermStart({ ...unrecorded, attempts: [failed('2025-03-01')] })).toBeNull();
    const again = { ...unrecorded, redeliveries: ['2025-03-05'], attempts: [failed('2025-03-01')] };
    expect(acceptanceTermStart(again)).toBe('2025-03-15');
    expect(acceptanceTermStart({ ...again, attempts: [failed('2025-03-01'), passed('2025-03-10')] })).toBe(
      '2025-03-10',
    );
    expect(acceptanceTermStart({ ...unrecorded, attempts: [passed('2025-03-10')] })).toBe('2025-03-10');
  });
  it('waits for a failure recorded before the delivery was (the delivery dated on or before it)', () => {
    expect(
      acceptanceTermStart({ deliveredOn: '2026-03-25', acceptancePeriodDays: 10, attempts: [failed('2026-03-25')] }),
    ).toBeNull();
  });
});

describe('due dates from a contract’s facts (条例第九条, 第十条)', () => {
  const sme = { supplierSize: 'SMALL' as const, deliveredOn: '2026-03-25', acceptancePeriodDays: 10 };
  const fixed = (agreedDueDate: string) => ({ dueBasis: 'FIXED_DATE' as const, agreedDueDate, termDays: null });
  const after = (dueBasis: 'DELIVERY' | 'ACCEPTANCE', termDays: number) => ({
    dueBasis,
    agreedDueDate: null,
    termDays,
  });
  it('counts each term from its event and waits without one', () => {
    const ms = [fixed('2026-03-30'), after('DELIVERY', 30), after('ACCEPTANCE', 30)];
    expect(milestoneDueDates({ ...sme, attempts: [{ on: '2026-03-30', passed: true }] }, ms)).toEqual([
      '2026-03-30',
      '2026-04-24',
      '2026-04-29',
    ]);
    expect(milestoneDueDates({ ...sme, deliveredOn: null, attempts: [] }, ms)).toEqual(['2026-03-30', null, null]);
  });
  it('brings an SME’s later agreed date to 60 days after the clock starts, on the 60th day and not the 61st', () => {
    // no acceptance milestone: delivery on 2026-03-25 starts the clock, 60 days is 2026-05-24
    expect(
      milestoneDueDates({ ...sme, attempts: [] }, [fixed('2026-05-24'), fixed('2026-05-25'), after('DELIVERY', 60)]),
    ).toEqual(['2026-05-24', '2026-05-24', '2026-05-24']);
    expect(
      milestoneDueDates({ ...sme, supplierSize: 'LARGE', attempts: [] }, [fixed('2026-05-25'), after('DELIVERY', 60)]),
    ).toEqual(['2026-05-25', '2026-05-24']);
  });
  it('gives the agreed date back when a failed acceptance within the period stops the clock again', () => {
    const ms = [fixed('2026-12-31'), after('ACCEPTANCE', 30)];
    // period run out with nothing recorded: the clock started on 2026-04-04, so 2026-06-03 at the latest
    expect(milestoneDueDates({ ...sme, attempts: [] }, ms)).toEqual(['2026-06-03', '2026-05-04']);
    // a failure on the period's last day is no delay: nothing is due from acceptance, the agreed date stands
    expect(milestoneDueDates({ ...sme, attempts: [{ on: '2026-04-04', passed: false }] }, ms)).toEqual([
      '2026-12-31',
      null,
    ]);
    // until it passes: the clock starts there
    expect(
      milestoneDueDates(
        {
          ...sme,
          attempts: [
            { on: '2026-04-04', passed: false },
            { on: '2026-07-01', passed: true },
          ],
        },
        ms,
      ),
    ).toEqual(['2026-08-30', '2026-07-31']);
    // or the supplier delivers again on 2026-05-01 and the purchaser lets that period run out too (2026-05-11)
    expect(
      milestoneDueDates({ ...sme, redeliveries: ['2026-05-01'], attempts: [{ on: '2026-04-04', passed: false }] }, ms),
    ).toEqual(['2026-07-10', '2026-06-10']);
  });
  it('has a reason for terms conditioned on acceptance without a period', () => {
    expect(REASONS.SME_ACCEPTANCE_PERIOD_REQUIRED['zh-CN']).toContain('第十条');
  });
});
