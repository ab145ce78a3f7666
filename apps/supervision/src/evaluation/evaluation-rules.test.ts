import { WEEKENDS_ONLY } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../score/scoring-rules.js';
import { adjustedGrade, evaluationYearAllowed, feedbackDeadline, feedbackOpen } from './evaluation-rules.js';

describe('the annual evaluation', () => {
  it('takes feedback for ten working days after the start, the last one included', () => {
    // Thursday 2026-12-03 + 10 working days (weekends skipped) = Thursday 2026-12-17
    const deadline = feedbackDeadline('2026-12-03', WEEKENDS_ONLY);
    expect(deadline).toBe('2026-12-17');
    expect(feedbackOpen('2026-12-17', deadline)).toBe(true);
    expect(feedbackOpen('2026-12-18', deadline)).toBe(false);
  });

  it('grades an adjusted score by the bands of the snapshot’s rules, on their boundaries', () => {
    expect(adjustedGrade(9000, DEFAULT_RULES)).toBe('A');
    expect(adjustedGrade(8999, DEFAULT_RULES)).toBe('B');
    expect(adjustedGrade(7500, DEFAULT_RULES)).toBe('B');
    expect(adjustedGrade(5999, DEFAULT_RULES)).toBe('D');
  });

  it('opens years from the plan’s to the current one', () => {
    expect(evaluationYearAllowed(2017, '2026-12-03')).toBe(false);
    expect(evaluationYearAllowed(2026, '2026-12-03')).toBe(true);
    expect(evaluationYearAllowed(2027, '2026-12-03')).toBe(false);
  });
});
