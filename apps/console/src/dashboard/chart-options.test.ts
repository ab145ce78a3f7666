import { describe, expect, it } from 'vitest';
import { riskOption, type RegionRisk } from './chart-options';

const region = (n: number, debtRatio: number | null): RegionRisk => ({
  code: `44${n}`,
  name: `区划${n}`,
  level: 'COUNTY',
  debtRisk: { debtRatio, level: 'YELLOW' },
});
const t = ((key: string) => key) as never;

describe('the debt ratio chart', () => {
  it('draws only regions with a ratio, and nothing when none has one', () => {
    expect(riskOption([region(1, null)], t)).toBeNull();
    const option = riskOption([region(1, 1.485), region(2, null)], t)!;
    expect((option.xAxis as { data: string[] }).data).toEqual(['区划1']);
  });

  it('keeps a county alone one upright, narrow bar; many regions get slanted names', () => {
    const one = riskOption([region(1, 1.485)], t)!;
    expect((one.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(0);
    expect((one.series as { barMaxWidth: number }[])[0]!.barMaxWidth).toBeLessThanOrEqual(96);
    const many = riskOption(
      Array.from({ length: 8 }, (_, n) => region(n, 0.5)),
      t,
    )!;
    expect((many.xAxis as { axisLabel: { rotate: number } }).axisLabel.rotate).toBe(45);
  });
});
