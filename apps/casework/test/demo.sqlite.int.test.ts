// The casework subgraph on SQLite (what `npm start` runs by default): the migrations, the demo seed — cases of
// every kind in every state, some overdue; judgments in every state; a year of hearings — and the figures.
import { subgraph as credit } from '@integrity/credit';
import { subgraph as directory } from '@integrity/directory';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as casework } from '../src/index.js';

describe('casework on SQLite with the demo county', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, credit, casework], database: 'sqlite' });
  }, 180_000);
  afterAll(() => stack?.close());

  it('seeds cases of every kind in every state it can be in, some overdue', async () => {
    const r = await stack.graphql<{
      cases: { total: number; items: { kind: string; status: string; overdue: boolean }[] };
    }>('{ cases(pageSize: 200) { total items { kind status overdue } } }', {}, await stack.login('xfj'));
    expect(r.errors).toBeUndefined();
    const pairs = new Set(r.data!.cases.items.map((c) => `${c.kind}:${c.status}`));
    for (const kind of ['COMPLAINT', 'PETITION', 'HOTLINE'])
      for (const status of ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED', 'OUT_OF_SCOPE'])
        expect(pairs, `${kind} ${status}`).toContain(`${kind}:${status}`);
    for (const kind of ['NPC_SUGGESTION', 'CPPCC_PROPOSAL', 'JUDICIAL_RECOMMENDATION', 'PROCURATORIAL_RECOMMENDATION'])
      for (const status of ['ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED'])
        expect(pairs, `${kind} ${status}`).toContain(`${kind}:${status}`);
    const overdueKinds = new Set(r.data!.cases.items.filter((c) => c.overdue).map((c) => c.kind));
    expect(overdueKinds.size).toBe(7);
  });

  it('seeds judgments in every state and a year of hearings, and answers the figures', async () => {
    const leader = await stack.login('leader');
    const j = await stack.graphql<{ judgments: { items: { status: string; listedOn: string | null }[] } }>(
      '{ judgments(pageSize: 50) { items { status listedOn } } }',
      {},
      leader,
    );
    expect(new Set(j.data!.judgments.items.map((x) => x.status))).toEqual(
      new Set(['PENDING', 'UNFULFILLED', 'FULFILLED']),
    );
    expect(j.data!.judgments.items.filter((x) => x.listedOn)).toHaveLength(1);
    const h = await stack.graphql<{ courtAppearances: { total: number } }>(
      '{ courtAppearances { total } }',
      {},
      leader,
    );
    expect(h.data!.courtAppearances.total).toBe(24);
    const f = await stack.graphql<{
      departments: {
        items: { overdueCaseCount: number; unfulfilledJudgmentCount: number; courtAppearanceRate: number | null }[];
      };
    }>(
      '{ departments(pageSize: 200) { items { overdueCaseCount unfulfilledJudgmentCount courtAppearanceRate } } }',
      {},
      leader,
    );
    expect(f.errors).toBeUndefined();
    const items = f.data!.departments.items;
    expect(items.some((d) => d.overdueCaseCount > 0)).toBe(true);
    expect(items.some((d) => d.unfulfilledJudgmentCount > 0)).toBe(true);
    expect(items.some((d) => d.courtAppearanceRate !== null && d.courtAppearanceRate < 1)).toBe(true);
  });

  it('takes a public complaint on SQLite and refuses its near repeat (the department lane written on demand)', async () => {
    const FILE = 'mutation ($i: FileComplaintInput!) { fileComplaint(input: $i) { trackingNumber } }';
    const content = '镇卫生院收取的检查费用与公示价格不一致，多收了八十元。';
    const first = await stack.graphql<{ fileComplaint: { trackingNumber: string } }>(FILE, {
      i: { category: 'OTHER', content },
    });
    expect(first.errors).toBeUndefined();
    const near = await stack.graphql(FILE, { i: { category: 'OTHER', content: content.replace('八十', '捌拾') } });
    expect(near.errors?.[0]?.extensions).toMatchObject({ reason: 'COMPLAINT_DUPLICATE' });
    const other = await stack.graphql(FILE, {
      i: { category: 'OTHER', content: '村委会换届选举期间有人上门发放购物卡。' },
    });
    expect(other.errors).toBeUndefined();
  });
});
