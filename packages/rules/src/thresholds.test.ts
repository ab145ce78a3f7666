import { describe, expect, it } from 'vitest';
import { RISK_BAND_EDGES, riskBand, riskLevelBy } from './thresholds.js';

describe('debt risk bands', () => {
  it('put each lower bound in its band', () => {
    expect([0, 1.19, 1.2, 1.99, 2, 2.99, 3, 10].map(riskBand)).toEqual([
      'GREEN',
      'GREEN',
      'YELLOW',
      'YELLOW',
      'ORANGE',
      'ORANGE',
      'RED',
      'RED',
    ]);
    expect(RISK_BAND_EDGES).toEqual([1.2, 2, 3]);
  });

  it('decide on the caller’s exact comparison', () => {
    expect(riskLevelBy((percent) => percent <= 200)).toBe('ORANGE');
    expect(riskLevelBy(() => false)).toBe('GREEN');
  });
});
