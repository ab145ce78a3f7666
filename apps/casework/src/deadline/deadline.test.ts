import { describe, expect, it } from 'vitest';
import type { Calendar } from '@integrity/subgraph-kit';
import { periodEnd, yearsReached } from './deadline.js';
import { DEFAULT_DEADLINE_RULES, ruleInForce } from './deadline-rules.js';

// 2026 as the State Council announced it (an excerpt): 元旦 1–3 Jan, 4 Jan worked; 春节 15–23 Feb, 14 and 28 Feb worked
const CAL_2026: Calendar = {
  holidays: new Set([
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    ...[15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d}`),
  ]),
  workdays: new Set(['2026-01-04', '2026-02-14', '2026-02-28']),
};
const with2026 = new Map([[2026, CAL_2026]]);

describe('periods', () => {
  it('counts calendar days from the day after the start', () => {
    expect(periodEnd('2026-03-01', 15, 'DAYS', new Map())).toEqual({ date: '2026-03-16', calendarMissing: false });
    expect(periodEnd('2026-12-20', 15, 'DAYS', new Map())).toEqual({ date: '2027-01-04', calendarMissing: false });
  });

  it('skips weekends: received Friday, three working days end Wednesday', () => {
    expect(periodEnd('2026-03-06', 3, 'WORKING_DAYS', with2026)).toEqual({
      date: '2026-03-11',
      calendarMissing: false,
    });
    // received Saturday: Monday is the first working day
    expect(periodEnd('2026-03-07', 1, 'WORKING_DAYS', with2026).date).toBe('2026-03-09');
  });

  it('skips holidays and counts the exchanged working days', () => {
    // Wed 31 Dec 2025 is in 2025 (not loaded here) but counting starts on 1 Jan: 1–3 holiday, Sun 4 Jan worked
    expect(periodEnd('2025-12-31', 1, 'WORKING_DAYS', with2026)).toEqual({
      date: '2026-01-04',
      calendarMissing: false,
    });
    // Fri 13 Feb: Sat 14 worked, then 15–23 春节, Tue 24 the second day
    expect(periodEnd('2026-02-13', 2, 'WORKING_DAYS', with2026).date).toBe('2026-02-24');
    // Fri 27 Feb: Sat 28 worked
    expect(periodEnd('2026-02-27', 1, 'WORKING_DAYS', with2026).date).toBe('2026-02-28');
    // 15 working days from Fri 6 Feb 2026: 9,10,11,12,13,14(Sat worked),24,25,26,27,28(Sat worked),2,3,4,5 March
    expect(periodEnd('2026-02-06', 15, 'WORKING_DAYS', with2026).date).toBe('2026-03-05');
  });

  it('falls back to weekends only in a year without a calendar, and flags it', () => {
    expect(periodEnd('2027-02-05', 3, 'WORKING_DAYS', with2026)).toEqual({ date: '2027-02-10', calendarMissing: true });
    // crossing into the unloaded year flags it too
    expect(periodEnd('2026-12-30', 3, 'WORKING_DAYS', with2026)).toEqual({ date: '2027-01-04', calendarMissing: true });
    expect(periodEnd('2026-12-01', 3, 'WORKING_DAYS', with2026).calendarMissing).toBe(false);
  });

  it('counts calendar months, clamped to the month end', () => {
    expect(periodEnd('2026-01-31', 1, 'MONTHS', new Map()).date).toBe('2026-02-28');
    expect(periodEnd('2028-01-31', 1, 'MONTHS', new Map()).date).toBe('2028-02-29');
    expect(periodEnd('2026-11-30', 3, 'MONTHS', new Map()).date).toBe('2027-02-28');
    expect(periodEnd('2026-03-15', 2, 'MONTHS', new Map()).date).toBe('2026-05-15');
  });

  it('knows which years a period may reach', () => {
    expect(yearsReached('2026-06-01', 15, 'WORKING_DAYS')).toEqual([2026]);
    expect(yearsReached('2026-12-20', 3, 'WORKING_DAYS')).toEqual([2026, 2027]);
  });
});

describe('deadline rules', () => {
  it('give every kind a reply rule with a source, and the defaults issue 13 names', () => {
    const at = '2026-06-01';
    const rule = (kind: Parameters<typeof ruleInForce>[1], stage: 'ACCEPT' | 'REPLY') =>
      ruleInForce(DEFAULT_DEADLINE_RULES, kind, stage, at);
    expect(rule('PETITION', 'ACCEPT')).toMatchObject({ unit: 'DAYS', amount: 15, startsFrom: 'RECEIVED' });
    expect(rule('PETITION', 'REPLY')).toMatchObject({
      unit: 'DAYS',
      amount: 60,
      extensionAmount: 30,
      startsFrom: 'ACCEPTED',
    });
    for (const kind of ['COMPLAINT', 'HOTLINE'] as const) {
      expect(rule(kind, 'ACCEPT')).toMatchObject({ unit: 'WORKING_DAYS', amount: 3 });
      expect(rule(kind, 'REPLY')).toMatchObject({ unit: 'WORKING_DAYS', amount: 15 });
    }
    for (const kind of ['NPC_SUGGESTION', 'CPPCC_PROPOSAL'] as const) {
      expect(rule(kind, 'ACCEPT')).toBeNull();
      // 3 months from assignment, at most 6 with the extension
      expect(rule(kind, 'REPLY')).toMatchObject({
        unit: 'MONTHS',
        amount: 3,
        extensionAmount: 3,
        startsFrom: 'ASSIGNED',
      });
    }
    for (const kind of ['JUDICIAL_RECOMMENDATION', 'PROCURATORIAL_RECOMMENDATION'] as const)
      expect(rule(kind, 'REPLY')).toMatchObject({
        unit: 'MONTHS',
        amount: 2,
        extensionAmount: null,
        startsFrom: 'RECEIVED',
      });
    for (const r of DEFAULT_DEADLINE_RULES) expect(r.source.length, r.id).toBeGreaterThan(10);
  });

  it('picks the latest version effective on the day of receipt', () => {
    const v2 = { ...DEFAULT_DEADLINE_RULES[0]!, id: 'PETITION.ACCEPT.2', amount: 10, effectiveFrom: '2027-01-01' };
    const rules = [...DEFAULT_DEADLINE_RULES, v2];
    expect(ruleInForce(rules, 'PETITION', 'ACCEPT', '2026-12-31')!.id).toBe('PETITION.ACCEPT.1');
    expect(ruleInForce(rules, 'PETITION', 'ACCEPT', '2027-01-01')!.id).toBe('PETITION.ACCEPT.2');
    expect(ruleInForce(rules, 'PETITION', 'ACCEPT', '2022-04-30')).toBeNull();
  });
});
