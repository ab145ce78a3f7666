import { describe, expect, it } from 'vitest';
import { outstanding } from './outstanding';

describe('what is left to pay on a judgment', () => {
  it('subtracts exactly in fen', () => {
    expect(outstanding('1200000.00', '300000.00')).toBe('900000.00');
    expect(outstanding('0.3', '0.1')).toBe('0.20');
    expect(outstanding('80000', '0')).toBe('80000.00');
  });
  it('is never below zero', () => {
    expect(outstanding('100.00', '100.00')).toBe('0.00');
    expect(outstanding('100.00', '150.00')).toBe('0.00');
  });
});
