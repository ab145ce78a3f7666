import { describe, expect, it } from 'vitest';
import { addYuan } from './late-interest-sum';

describe('adding yuan amounts', () => {
  it('is exact to the fen', () => {
    expect(addYuan(['0.10', '0.20'])).toBe('0.30');
    expect(addYuan(['123456789012.99', '0.01'])).toBe('123456789013.00');
    expect(addYuan([])).toBe('0.00');
    expect(addYuan(['5', '0.5'])).toBe('5.50');
  });
});
