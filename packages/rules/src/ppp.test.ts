import { describe, expect, it } from 'vitest';
import { abovePppWarningLine, pppLineCrossed, pppLineOf, pppTakesObligations, withinPppCap } from './ppp.js';

const expenditure = 100_000_000n; // ¥1,000,000.00 in fen

describe('PPP fiscal lines (财金〔2019〕10号)', () => {
  it('warns above 7% (超过7%): a fen more than the line, not the line itself', () => {
    expect(abovePppWarningLine(7_000_001n, expenditure)).toBe(true);
    expect(abovePppWarningLine(7_000_000n, expenditure)).toBe(false);
    expect(pppLineOf(expenditure, 7)).toBe(7_000_000n);
  });
  it('names the line crossed, exactly', () => {
    expect(pppLineCrossed(7_000_000n, expenditure)).toBeNull();
    expect(pppLineCrossed(7_000_001n, expenditure)).toBe('PPP_CAP_NEAR');
    expect(pppLineCrossed(10_000_000n, expenditure)).toBe('PPP_CAP_NEAR');
    expect(pppLineCrossed(10_000_001n, expenditure)).toBe('PPP_CAP_EXCEEDED');
  });
  it('allows exactly 10% and refuses a fen more', () => {
    expect(withinPppCap(10_000_000n, expenditure)).toBe(true);
    expect(withinPppCap(10_000_001n, expenditure)).toBe(false);
  });
  it('takes obligations only for projects begun before the 2023 mechanism', () => {
    expect(pppTakesObligations('PRE_2023')).toBe(true);
    expect(pppTakesObligations('NEW_2023')).toBe(false);
  });
});
