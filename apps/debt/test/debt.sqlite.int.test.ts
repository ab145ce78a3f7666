import { subgraph as directory } from '@integrity/directory';
import { today } from '@integrity/subgraph-kit';
import { startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as debt } from '../src/index.js';

// The zero-setup path (`npm start` without DATABASE_URL): the same migration, seed and figures on SQLite.
describe('debt on embedded SQLite', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, debt], database: 'sqlite' });
  });
  afterAll(() => stack?.close());

  it('seeds five years crossing the bands and answers the leader’s risk query', async () => {
    const year = Number(today().slice(0, 4));
    const result = await stack.graphql<{ regions: { name: string; debtRisk: { level: string } | null }[] }>(
      'query ($y: Int!) { regions(parentCode: "445122") { name debtRisk(year: $y) { level } } }',
      { y: year },
      await stack.login('leader'),
    );
    expect(result.errors).toBeUndefined();
    const levels = result.data!.regions.map((r) => r.debtRisk?.level).filter(Boolean);
    expect(levels).toContain('YELLOW');
    expect(levels).toContain('ORANGE');
  });
});
