import { subgraph as directory } from '@integrity/directory';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';

// The zero-setup path (`npm start` without DATABASE_URL): the same migration, seed and queries on SQLite.
describe('credit on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, credit], database: 'sqlite' });
  });
  afterAll(() => stack?.close());

  it('seeds thousands of civil servants and serves the public list and coverage', async () => {
    const pub = await stack.graphql<{
      publicDishonestyRecords: { total: number; items: { subjectType: string; subjectName: string }[] };
    }>('{ publicDishonestyRecords(pageSize: 200) { total items { subjectType subjectName } } }');
    expect(pub.errors).toBeUndefined();
    expect(pub.data!.publicDishonestyRecords.total).toBeGreaterThan(10);
    for (const r of pub.data!.publicDishonestyRecords.items.filter((i) => i.subjectType === 'CIVIL_SERVANT'))
      expect(r.subjectName).toContain('*');
    const coverage = await stack.graphql<{ creditCoverage: { total: number; ratio: number } }>(
      '{ creditCoverage { total withFile ratio } }',
      {},
      await stack.login('leader'),
    );
    expect(coverage.data!.creditCoverage.total).toBeGreaterThan(2000);
  });

  it('orders the whole list on the server by the chosen column, page after page', async () => {
    const leader = await stack.login('leader');
    const names = async (page: number, pageSize: number, sortDirection: string) => {
      const res = await stack.graphql<{ civilServants: { items: { name: string }[] } }>(
        'query ($p: Int, $n: Int, $d: SortDirection) { civilServants(page: $p, pageSize: $n, sortBy: NAME, sortDirection: $d) { items { name } } }',
        { p: page, n: pageSize, d: sortDirection },
        leader,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.civilServants.items.map((i) => i.name);
    };
    const desc = await names(1, 100, 'DESC');
    // SQLite compares text by code point, as JavaScript's default sort does for these names
    expect(desc).toEqual([...desc].sort().reverse());
    expect([...(await names(1, 50, 'DESC')), ...(await names(2, 50, 'DESC'))]).toEqual(desc);
    const asc = await names(1, 100, 'ASC');
    expect(asc).toEqual([...asc].sort());
    expect(asc[0]! < desc[0]!).toBe(true);
  });

  it('exports the government dishonesty records to the credit platforms, the cursor continuing', async () => {
    process.env.EXCHANGE_SETTLE_MS = '0';
    const fgj = await stack.login('fgj');
    const q = 'query ($s: String) { creditExchangeExport(since: $s, limit: 500) { cursor count content more } }';
    type Batch = { creditExchangeExport: { cursor: string; count: number; content: string; more: boolean } };
    const first = await stack.graphql<Batch>(q, {}, fgj);
    expect(first.errors).toBeUndefined();
    const rows = JSON.parse(first.data!.creditExchangeExport.content) as Record<string, string>[];
    expect(rows.length).toBe(first.data!.creditExchangeExport.count);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r['统一社会信用代码']!.startsWith('11'))).toBe(true);
    let cursor = first.data!.creditExchangeExport.cursor;
    for (let more = first.data!.creditExchangeExport.more; more;) {
      const next = (await stack.graphql<Batch>(q, { s: cursor }, fgj)).data!.creditExchangeExport;
      ({ cursor, more } = next);
    }
    expect((await stack.graphql<Batch>(q, { s: cursor }, fgj)).data!.creditExchangeExport.count).toBe(0);
    delete process.env.EXCHANGE_SETTLE_MS;
  });
});
