import { describe, expect, it } from 'vitest';
import { generateSchedule } from './schedule.js';

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('repayment schedule', () => {
  it('pays a bond’s interest yearly and its principal at maturity', () => {
    const s = generateSchedule({
      kind: 'GENERAL_BOND',
      principal: 100_000_000n,
      rateUnits: 32_500,
      issuedOn: '2022-03-15',
      maturesOn: '2027-03-15',
    });
    expect(s.map((p) => p.dueDate)).toEqual(['2023-03-15', '2024-03-15', '2025-03-15', '2026-03-15', '2027-03-15']);
    expect(s.every((p) => p.interest === 3_250_000n)).toBe(true); // 1,000,000.00 × 3.25% = 32,500.00
    expect(s.map((p) => p.principal)).toEqual([0n, 0n, 0n, 0n, 100_000_000n]);
  });

  it('amortises a loan in equal principal with interest on what is outstanding, summing exactly', () => {
    const s = generateSchedule({
      kind: 'LOAN',
      principal: 1_000_000_01n,
      rateUnits: 45_000,
      issuedOn: '2024-01-01',
      maturesOn: '2027-01-01',
    });
    expect(s).toHaveLength(3);
    expect(sum(s.map((p) => p.principal))).toBe(1_000_000_01n);
    expect(s[0]!.principal).toBe(33_333_333n);
    expect(s[2]!.principal).toBe(33_333_335n);
    expect(s[0]!.interest).toBe(4_500_000n); // 1,000,000.01 × 4.5% = 45,000.00045 → 45,000.00
    expect(s[1]!.interest).toBe(3_000_000n); // 666,666.68 × 4.5% = 30,000.0006 → 30,000.00
  });

  it('accrues a short final period by days', () => {
    const s = generateSchedule({
      kind: 'SPECIAL_BOND',
      principal: 36_500_000n,
      rateUnits: 100_000,
      issuedOn: '2025-01-01',
      maturesOn: '2026-02-01',
    });
    expect(s.map((p) => p.dueDate)).toEqual(['2026-01-01', '2026-02-01']);
    expect(s[1]!.interest).toBe(310_000n); // 365,000.00 × 10% × 31/365 = 3,100.00
    expect(s[1]!.principal).toBe(36_500_000n);
  });

  it('schedules OTHER debt like a bond', () => {
    const s = generateSchedule({
      kind: 'OTHER',
      principal: 5_000_000n,
      rateUnits: 50_000,
      issuedOn: '2024-07-01',
      maturesOn: '2026-07-01',
    });
    expect(s.map((p) => [p.dueDate, p.principal, p.interest])).toEqual([
      ['2025-07-01', 0n, 250_000n],
      ['2026-07-01', 5_000_000n, 250_000n],
    ]);
  });

  it('stays exact on hundreds of billions of fen', () => {
    const principal = 876_543_210_987_65n; // 876,543,210,987.65 yuan
    const s = generateSchedule({
      kind: 'LOAN',
      principal,
      rateUnits: 31_234,
      issuedOn: '2020-01-01',
      maturesOn: '2027-01-01',
    });
    expect(sum(s.map((p) => p.principal))).toBe(principal);
    // 876,543,210,987.65 × 3.1234% = 27,377,950,651.9887… → 27,377,950,651.99 (half up, to the fen)
    expect(s[0]!.interest).toBe(2_737_795_065_199n);
  });
});
