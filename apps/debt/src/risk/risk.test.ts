import { describe, expect, it } from 'vitest';
import {
  balanceAt,
  figuresDay,
  incidentOpenOn,
  indicators,
  riskLevel,
  yearFigures,
  type RegionDebtData,
  type YearTotals,
} from './risk.js';

describe('risk bands', () => {
  it('puts each boundary in the higher band (lower bound inclusive), one fen below in the lower', () => {
    const r = 100_000_00n;
    expect(riskLevel(119_999_99n, r)).toBe('GREEN');
    expect(riskLevel(120_000_00n, r)).toBe('YELLOW');
    expect(riskLevel(199_999_99n, r)).toBe('YELLOW');
    expect(riskLevel(200_000_00n, r)).toBe('ORANGE');
    expect(riskLevel(299_999_99n, r)).toBe('ORANGE');
    expect(riskLevel(300_000_00n, r)).toBe('RED');
  });

  it('holds the boundaries on hundreds of billions of fen, one fen either side', () => {
    const resources = 30_000_000_000_001n; // 300,000,000,000.01 yuan
    // 119.99999999999…%: one fen below the line
    expect(riskLevel(36_000_000_000_001n, resources)).toBe('GREEN');
    expect(riskLevel(36_000_000_000_002n, resources)).toBe('YELLOW');
    expect(riskLevel(resources * 3n - 1n, resources)).toBe('ORANGE');
    expect(riskLevel(resources * 3n, resources)).toBe('RED');
  });

  it('decides on exact integers where a float would round across the line', () => {
    // 1.2 is not exact in binary; 360,000.00 / 300,000.00 is exactly 120%
    expect(riskLevel(36_000_000n, 30_000_000n)).toBe('YELLOW');
  });
});

describe('year figures', () => {
  const data: RegionDebtData = {
    instruments: [
      { id: 'a', principal: 1_000_000n, issuedOn: '2024-06-01' },
      { id: 'b', principal: 500_000n, issuedOn: '2026-02-01' },
    ],
    schedule: [
      { instrumentId: 'a', dueDate: '2025-06-01', principal: 0n, interest: 30_000n },
      { instrumentId: 'a', dueDate: '2026-06-01', principal: 1_000_000n, interest: 30_000n },
    ],
    repayments: [{ instrumentId: 'a', paidOn: '2025-06-01', principal: 0n, interest: 30_000n }],
    resources: new Map([
      [2025, 1_000_000n],
      [2026, 1_000_000n],
    ]),
  };

  it('counts a payment due yesterday and unpaid as overdue, one due today as not yet', () => {
    expect(yearFigures(data, 2026, '2026-06-01').overdue).toBe(0n);
    expect(yearFigures(data, 2026, '2026-06-02').overdue).toBe(1_030_000n);
  });

  it('computes balance, service and ratios for a year', () => {
    const f = yearFigures(data, 2025, '2026-11-24');
    expect(f).toMatchObject({ balance: 1_000_000n, serviceDue: 30_000n, overdue: 0n, repaidInYear: 30_000n });
    expect(indicators(f)).toEqual({ debtRatio: 1, debtServiceRatio: 0.03, overdueRatio: 0, level: 'GREEN' });
    const f26 = yearFigures(data, 2026, '2026-11-24');
    expect(f26.balance).toBe(1_500_000n);
    expect(indicators(f26)).toMatchObject({ debtRatio: 1.5, level: 'YELLOW', overdueRatio: 0.686667 });
  });

  it('gives the same balance from yearly totals as from the rows, a boundary day either side of 31 December', () => {
    const rows: RegionDebtData = {
      ...data,
      instruments: [
        ...data.instruments,
        { id: 'c', principal: 70_000n, issuedOn: '2025-12-31' },
        { id: 'd', principal: 90_000n, issuedOn: '2026-01-01' },
      ],
      repayments: [
        ...data.repayments,
        { instrumentId: 'c', paidOn: '2025-12-31', principal: 20_000n, interest: 0n },
        { instrumentId: 'c', paidOn: '2026-01-01', principal: 50_000n, interest: 1n },
      ],
    };
    // what the grouped statements return: principal summed per calendar year
    const totals: YearTotals = { issued: new Map(), repaid: new Map() };
    const add = (m: Map<number, bigint>, date: string, v: bigint) =>
      m.set(Number(date.slice(0, 4)), (m.get(Number(date.slice(0, 4))) ?? 0n) + v);
    for (const i of rows.instruments) add(totals.issued, i.issuedOn, i.principal);
    for (const r of rows.repayments) add(totals.repaid, r.paidOn, r.principal);
    for (const year of [2023, 2024, 2025, 2026, 2027])
      expect(balanceAt(totals, year)).toBe(yearFigures(rows, year, '2026-11-24').balance);
    expect(balanceAt(totals, 2025)).toBe(1_000_000n + 70_000n - 20_000n);
    expect(balanceAt(totals, 2026)).toBe(1_000_000n + 500_000n + 70_000n + 90_000n - 20_000n - 50_000n);
  });
});

describe('incidents set against a year’s defaults', () => {
  it('counts an incident open on the day the year’s figures are taken: a past year’s end, or today', () => {
    // interest due 2025-06-01, paid 2026-02-01; its incident from 2025-06-05 to 2026-02-03
    const incident = { occurredOn: '2025-06-05', resolvedOn: '2026-02-03' };
    expect(figuresDay(2025, '2026-12-07')).toBe('2025-12-31');
    expect(incidentOpenOn(incident, figuresDay(2025, '2026-12-07'))).toBe(true);
    expect(incidentOpenOn(incident, figuresDay(2026, '2026-12-07'))).toBe(false);
    // resolved on the day itself: no longer open; occurred the day after: not yet
    expect(incidentOpenOn({ occurredOn: '2025-06-05', resolvedOn: '2025-12-31' }, '2025-12-31')).toBe(false);
    expect(incidentOpenOn({ occurredOn: '2026-01-01', resolvedOn: null }, '2025-12-31')).toBe(false);
    expect(incidentOpenOn({ occurredOn: '2025-12-31', resolvedOn: null }, '2025-12-31')).toBe(true);
  });
});
