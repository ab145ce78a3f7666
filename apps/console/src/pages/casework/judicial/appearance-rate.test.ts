import { describe, expect, it } from 'vitest';
import { appearanceRates } from './appearance-rate';

const a = { id: 'a', name: '县财政局' };
const b = { id: 'b', name: '饶洋镇人民政府' };

describe('the head-appearance rate per body', () => {
  it('is appeared ÷ hearings per department, lowest first', () => {
    const rates = appearanceRates([
      { headAppeared: true, department: a },
      { headAppeared: true, department: a },
      { headAppeared: false, department: b },
      { headAppeared: true, department: b },
      { headAppeared: false, department: b },
    ]);
    expect(rates.map((r) => [r.name, r.hearings, r.appeared])).toEqual([
      ['饶洋镇人民政府', 3, 1],
      ['县财政局', 2, 2],
    ]);
    expect(rates[0]!.rate).toBeCloseTo(1 / 3);
    expect(rates[1]!.rate).toBe(1);
  });
  it('lists no department without hearings', () => {
    expect(appearanceRates([])).toEqual([]);
  });
});
