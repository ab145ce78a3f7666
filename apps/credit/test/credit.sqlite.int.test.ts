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
});
