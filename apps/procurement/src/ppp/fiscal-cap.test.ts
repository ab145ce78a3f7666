import { describe, expect, it } from 'vitest';
import { capOf, withinCap } from './fiscal-cap.js';

describe('PPP fiscal affordability cap', () => {
  it('allows exactly 10% and refuses a fen more', () => {
    const expenditure = 1_000_000_000n; // 10,000,000.00
    expect(withinCap(100_000_000n, expenditure)).toBe(true);
    expect(withinCap(100_000_001n, expenditure)).toBe(false);
    expect(capOf(expenditure)).toBe(100_000_000n);
  });
  it('does not round a cap that is not a whole fen in the obligation’s favour', () => {
    expect(withinCap(100n, 1_005n)).toBe(true);
    expect(withinCap(101n, 1_005n)).toBe(false);
    expect(capOf(1_005n)).toBe(100n);
  });
});
