import { subgraph as directory } from '@integrity/directory';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as investment } from '../src/index.js';

// The zero-setup path (`npm start` without DATABASE_URL): the same migration, seed and status SQL on SQLite.
describe('investment on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, investment], database: 'sqlite' });
  });
  afterAll(() => stack?.close());

  it('seeds commitments in every status and computes the department figures', async () => {
    const leader = await stack.login('leader');
    const statuses = await Promise.all(
      ['PENDING', 'PARTIALLY_FULFILLED', 'FULFILLED', 'OVERDUE', 'BREACHED', 'WAIVED'].map(async (status) => {
        const r = await stack.graphql<{ commitments: { total: number } }>(
          'query ($s: CommitmentStatus) { commitments(status: $s) { total } }',
          { s: status },
          leader,
        );
        return r.data!.commitments.total;
      }),
    );
    expect(statuses.every((n) => n > 0)).toBe(true);
    const figures = await stack.graphql<{ departments: { items: { overdueCommitmentCount: number }[] } }>(
      '{ departments(kind: TOWN_GOVERNMENT, pageSize: 30) { items { overdueCommitmentCount commitmentFulfilmentRate } } }',
      {},
      leader,
    );
    expect(figures.errors).toBeUndefined();
    expect(figures.data!.departments.items.some((d) => d.overdueCommitmentCount > 0)).toBe(true);
  });
});
