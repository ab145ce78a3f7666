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

  it('seeds the county’s bonds and the towns’ arrears and answers the leader’s risk query', async () => {
    const year = Number(today().slice(0, 4));
    const result = await stack.graphql<{
      regions: { name: string; debtRisk: { level: string | null; arrears: string | null } | null }[];
    }>(
      'query ($y: Int!) { regions(parentCode: "445100") { name debtRisk(year: $y) { level arrears } } }',
      { y: year },
      await stack.login('leader'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.regions.find((r) => r.name === '饶平县')!.debtRisk!.level).toBe('YELLOW');
    const towns = await stack.graphql<{
      regions: { debtRisk: { level: string | null; arrears: string | null } | null }[];
    }>(
      'query ($y: Int!) { regions(parentCode: "445122") { debtRisk(year: $y) { level arrears } } }',
      { y: year },
      await stack.login('leader'),
    );
    // every town files its arrears plan (a nil one without arrears); four have arrears
    expect(towns.data!.regions.every((r) => r.debtRisk)).toBe(true);
    expect(towns.data!.regions.filter((r) => Number(r.debtRisk!.arrears) > 0).length).toBe(4);
    expect(towns.data!.regions.every((r) => r.debtRisk!.level === null)).toBe(true);
  });
});
