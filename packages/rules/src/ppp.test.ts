import { describe, expect, it } from 'vitest';
import {
  abovePppWarningLine,
  pppBeganBeforeNewMechanism,
  PPP_MECHANISM_LINE,
  pppLineCrossed,
  pppLineOf,
  pppCompletionDateMissing,
  pppTakesObligations,
  withinPppCap,
} from './ppp.js';

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
    expect(pppTakesObligations({ mechanism: 'PRE_2023', procurementCompletedOn: '2023-01-31' })).toBe(true);
    expect(pppTakesObligations({ mechanism: 'PRE_2023', procurementCompletedOn: '2023-02-01' })).toBe(false);
    expect(pppTakesObligations({ mechanism: 'NEW_2023', procurementCompletedOn: '2020-05-01' })).toBe(false);
  });
  it('takes none for a PRE_2023 project recorded without its date, and asks for the date', () => {
    expect(pppTakesObligations({ mechanism: 'PRE_2023', procurementCompletedOn: null })).toBe(false);
    expect(pppCompletionDateMissing({ mechanism: 'PRE_2023', procurementCompletedOn: null })).toBe(true);
    expect(pppCompletionDateMissing({ mechanism: 'PRE_2023', procurementCompletedOn: '2020-05-01' })).toBe(false);
    expect(pppCompletionDateMissing({ mechanism: 'NEW_2023', procurementCompletedOn: null })).toBe(false);
  });
});

describe('the 2023 mechanism by date (国办函〔2023〕115号)', () => {
  it('keeps the earlier rules for a partner procurement completed on 31 January 2023, not on 1 February', () => {
    expect(PPP_MECHANISM_LINE.completedBefore).toBe('2023-02-01');
    expect(pppBeganBeforeNewMechanism('2023-01-31')).toBe(true);
    expect(pppBeganBeforeNewMechanism('2023-02-01')).toBe(false);
  });
  it('does not take a project without the date as one of the earlier rules', () => {
    expect(pppBeganBeforeNewMechanism(null)).toBe(false);
    expect(pppBeganBeforeNewMechanism(undefined)).toBe(false);
  });
});
