import { describe, expect, it } from 'vitest';
import { riskBandAreas, riskColor } from './risk-bands';

describe('debt-risk bands on charts', () => {
  it('shades 0–120%, 120–200%, 200–300% and 300% up to the top, from the shared edges', () => {
    expect(riskBandAreas(4).map(([from, to]) => [from.yAxis, to.yAxis])).toEqual([
      [0, 1.2],
      [1.2, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(riskBandAreas(4)[0]![0].itemStyle.color).toBe('rgba(46,125,50,0.06)');
  });

  it('colours a level from the shared table, grey without one', () => {
    expect(riskColor('RED')).toBe('#b71c1c');
    expect(riskColor(null)).toBe('#999');
  });
});
