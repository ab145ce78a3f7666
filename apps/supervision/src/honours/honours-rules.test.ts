import { describe, expect, it } from 'vitest';
import { honoursEligibility } from './honours-rules.js';

describe('honours eligibility', () => {
  it('is barred from one active dishonesty record (any severity), not at none', () => {
    expect(honoursEligibility(0, null)).toEqual({ eligible: true, bars: [] });
    expect(honoursEligibility(1, null)).toMatchObject({
      eligible: false,
      bars: [{ kind: 'DISHONESTY_RECORDS', count: 1, basis: expect.stringContaining('二.（五）') }],
    });
  });

  it('is barred by a published grade D, not by C', () => {
    expect(honoursEligibility(0, { year: 2025, grade: 'C' }).eligible).toBe(true);
    expect(honoursEligibility(0, { year: 2025, grade: 'D' })).toMatchObject({
      eligible: false,
      bars: [{ kind: 'GRADE_D', year: 2025, grade: 'D' }],
    });
    expect(honoursEligibility(2, { year: 2025, grade: 'D' }).bars.map((b) => b.kind)).toEqual([
      'DISHONESTY_RECORDS',
      'GRADE_D',
    ]);
  });
});
