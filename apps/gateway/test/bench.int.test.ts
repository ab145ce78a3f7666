// Keeps `npm run bench` working (issue 16, item 5): the generator at two tiny scales and one round of every
// scenario against each target on MariaDB. No timing is asserted (CI machines vary); only the results' shape,
// and that each request costs as many SQL statements at the larger scale as at the smaller (flat counts are a
// target of the issue; the in-process count is compared, since MariaDB's own is shared with other work).
import { mysqlStatus, type Stack } from '@integrity/testing';
import { describe, expect, it } from 'vitest';
import { runScenarios, startBenchStack, type ScenarioResult } from '../bench/run.js';

const mysql = await mysqlStatus();
const SCALES = [0.01, 0.02];

async function tinyRun(scale: number): Promise<ScenarioResult[]> {
  let stack: Stack | undefined;
  try {
    stack = await startBenchStack(scale, true);
    const results = await runScenarios(stack, {
      scale,
      runs: 1,
      warmup: 0,
      throughputRequests: 2,
      concurrency: 2,
      quiet: true,
    });
    return results.scenarios;
  } finally {
    await stack?.close();
  }
}

describe.skipIf(!mysql.ok)(`benchmark suite at tiny scales (${mysql.reason})`, () => {
  it('measures every scenario against limit, subgraph and gateway, with statement counts flat across scales', async () => {
    const [small, large] = [await tinyRun(SCALES[0]!), await tinyRun(SCALES[1]!)];
    expect(small).toHaveLength(7 * 3);
    for (const r of small) {
      expect(['limit', 'subgraph', 'gateway']).toContain(r.target);
      // the gateway keeping anonymous answers for 5 s answers the measured requests from memory: no statement
      const cached = r.name.includes('response cache') && r.target === 'gateway';
      for (const field of ['medianMs', 'p95Ms', 'p99Ms', 'rps', 'cpuMsPerRequest'] as const)
        expect(r[field], `${r.name} ${r.target} ${field}`).toBeGreaterThan(0);
      if (cached) expect(r.sqlStatementsCounted).toBe(0);
      else expect(r.sqlStatementsCounted, `${r.name} ${r.target}`).toBeGreaterThan(0);
    }
    const counts = (results: ScenarioResult[]) =>
      Object.fromEntries(results.map((r) => [`${r.name} / ${r.target}`, r.sqlStatementsCounted]));
    expect(counts(large)).toEqual(counts(small));
  }, 120_000);
});
