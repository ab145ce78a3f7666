import { subgraph as directory } from '@integrity/directory';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as procurement } from '../src/index.js';

// The zero-setup path (`npm start` without DATABASE_URL): the same migration, seed and queries on SQLite.
describe('procurement on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, procurement], database: 'sqlite' });
  });
  afterAll(() => stack?.close());

  it('seeds projects in every state with overdue payments, and exports OCDS', async () => {
    const leader = await stack.login('leader');
    const statuses = await stack.graphql<{ procurementProjects: { total: number } }>(
      '{ procurementProjects(status: IN_PERFORMANCE) { total } }',
      {},
      leader,
    );
    expect(statuses.data!.procurementProjects.total).toBeGreaterThan(10);
    const overdue = await stack.graphql<{ overduePayments: unknown[] }>(
      '{ overduePayments { id amount dueDate } }',
      {},
      leader,
    );
    expect(overdue.data!.overduePayments.length).toBeGreaterThan(0);
    const pkg = (await (await fetch(`${stack.url}/ocds/release-package.json`)).json()) as { releases: unknown[] };
    expect(pkg.releases.length).toBeGreaterThan(200);
  });
});
