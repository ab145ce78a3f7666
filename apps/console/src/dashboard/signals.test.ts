import { describe, expect, it } from 'vitest';
import { failedDomains, figuresOf, mergeParts, rankByIntegrity, rankDepartments, riskBand, sum } from './signals';

describe('dashboard signals', () => {
  const a = figuresOf({
    id: 'a',
    code: '001',
    name: 'A',
    kind: 'COUNTY_DEPARTMENT',
    activeDishonestyRecordCount: 1,
    overdueCommitmentCount: 0,
    civilServantCount: 10,
    creditFileCoverage: 1,
  })!;
  const b = figuresOf({
    id: 'b',
    code: '002',
    name: 'B',
    kind: 'COUNTY_DEPARTMENT',
    activeDishonestyRecordCount: 0,
    overduePaymentCount: 3,
    civilServantCount: 10,
    creditFileCoverage: 0.5,
  })!;
  const c = figuresOf({ id: 'c', code: '003', name: 'C', kind: 'TOWN_GOVERNMENT' })!;

  it('reads missing figures as null', () => {
    expect(c.activeDishonestyRecordCount).toBeNull();
    expect(figuresOf(null)).toBeNull();
  });

  it('ranks departments with the most signals first', () => {
    expect(rankDepartments([c, a, b]).map((r) => [r.id, r.rank, r.score])).toEqual([
      ['b', 1, 14],
      ['a', 2, 5],
      ['c', 3, 0],
    ]);
  });

  it('sums only figures that arrived', () => {
    expect(sum([a, b, c], 'overduePaymentCount')).toBe(3);
    expect(sum([c], 'overduePaymentCount')).toBeNull();
  });

  it('names the failed subgraphs by their domain, and anything else as other data', () => {
    expect(
      failedDomains([
        { message: 'x', extensions: { serviceName: 'debt' } },
        { message: 'x2', extensions: { serviceName: 'debt' } },
        { message: 'y', path: ['departments', 'items', 0, 'creditFileCoverage'] },
        { message: 'z', extensions: { serviceName: 'nowhere' } },
      ]),
    ).toEqual(['DEBT', null]);
  });

  it('bands debt ratios with inclusive lower bounds', () => {
    expect([1.19, 1.2, 2, 2.99, 3].map(riskBand)).toEqual(['GREEN', 'YELLOW', 'ORANGE', 'ORANGE', 'RED']);
  });

  it('merges per-subgraph fallback answers, leaving a failed subgraph out', () => {
    const merged = mergeParts(
      {
        departments: {
          items: [
            { id: 'a', name: 'A' },
            { id: 'b', name: 'B' },
          ],
        },
        regions: [{ code: '1', name: 'R' }],
      },
      [
        { departments: null, creditCoverage: null },
        undefined,
        { departments: { items: [{ id: 'b', overdueCommitmentCount: 2 }] } },
      ],
      { regions: [{ code: '1', debtRisk: { debtRatio: 1.5, level: 'YELLOW' } }] },
    ) as { departments: { items: Record<string, unknown>[] }; regions: Record<string, unknown>[] };
    expect(merged.departments.items).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', overdueCommitmentCount: 2 },
    ]);
    expect(merged.regions[0]).toEqual({ code: '1', name: 'R', debtRisk: { debtRatio: 1.5, level: 'YELLOW' } });
    expect(mergeParts(undefined, [], undefined)).toBeUndefined();
  });

  it('ranks by the live integrity score, highest first, and by the signals while supervision is silent', () => {
    const rows = rankDepartments([a, b]); // by signals, b (arrears, coverage gap) comes first
    const scores = new Map([
      ['a', { score: 95, grade: 'A' }],
      ['b', { score: 70, grade: 'C' }],
    ]);
    expect(rankByIntegrity(rows, scores).map((r) => [r.id, r.rank, r.integrity?.grade])).toEqual([
      ['a', 1, 'A'],
      ['b', 2, 'C'],
    ]);
    expect(rankByIntegrity(rows, new Map()).map((r) => [r.id, r.integrity])).toEqual([
      ['b', null],
      ['a', null],
    ]);
  });
});
