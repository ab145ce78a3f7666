import { describe, expect, it } from 'vitest';
import { honoursEligibility } from './honours-rules.js';

const none = { DISHONESTY_RECORDS: 0, OVERDUE_PAYMENTS: 0, PROCUREMENT_BREACHES: 0, BREACHED_COMMITMENTS: 0 };

describe('honours eligibility', () => {
  it('is barred from one active dishonesty record (any severity), not at none', () => {
    expect(honoursEligibility(none, null)).toEqual({ eligible: true, bars: [] });
    expect(honoursEligibility({ ...none, DISHONESTY_RECORDS: 1 }, null)).toMatchObject({
      eligible: false,
      bars: [{ kind: 'DISHONESTY_RECORDS', count: 1, basis: expect.stringContaining('二.（五）') }],
    });
  });

  it('is barred by a published grade D, not by C', () => {
    expect(honoursEligibility(none, { year: 2025, grade: 'C' }).eligible).toBe(true);
    expect(honoursEligibility(none, { year: 2025, grade: 'D' })).toMatchObject({
      eligible: false,
      bars: [{ kind: 'GRADE_D', year: 2025, grade: 'D' }],
    });
    expect(
      honoursEligibility({ ...none, DISHONESTY_RECORDS: 2 }, { year: 2025, grade: 'D' }).bars.map((b) => b.kind),
    ).toEqual(['DISHONESTY_RECORDS', 'GRADE_D']);
  });

  it('reads every domain: an overdue payment, a procurement breach or a breached commitment bars, each with its clause', () => {
    const barred = honoursEligibility(
      { DISHONESTY_RECORDS: 0, OVERDUE_PAYMENTS: 1, PROCUREMENT_BREACHES: 2, BREACHED_COMMITMENTS: 1 },
      null,
    );
    expect(barred.eligible).toBe(false);
    expect(barred.bars.map((b) => [b.kind, b.count])).toEqual([
      ['OVERDUE_PAYMENTS', 1],
      ['PROCUREMENT_BREACHES', 2],
      ['BREACHED_COMMITMENTS', 1],
    ]);
    expect(barred.bars.every((b) => b.basis.startsWith('饶府〔2018〕35号'))).toBe(true);
  });
});
