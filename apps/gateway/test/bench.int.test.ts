// Keeps `npm run bench` working (issue 16, item 5): the generator at two tiny scales and one round of every
// scenario against each target on MariaDB. No timing is asserted (CI machines vary); only the results' shape,
// and that each request costs as many SQL statements at the larger scale as at the smaller (flat counts are a
// target of the issue; the in-process count is compared, since MariaDB's own is shared with other work).
import { mysqlStatus, type Stack } from '@integrity/testing';
import { describe, expect, it } from 'vitest';
import { runScenarios, startBenchStack, type ScenarioResult } from '../bench/run.js';

const mysql = await mysqlStatus();
const SCALES = [0.01, 0.02];
const generated: { cases: number; judgments: number; hearings: number }[] = [];

/** Generated cases, judgments and hearings read back whole through the gateway, as the casework office sees them. */
async function readCasework(stack: Stack): Promise<{ cases: number; judgments: number; hearings: number }> {
  const answer = await stack.graphql<{
    cases: { total: number; items: { kind: string; deadline: string | null; trackingNumber: string | null }[] };
    judgments: { total: number };
    courtAppearances: { total: number };
  }>(
    `{ cases(pageSize: 200) { total items { id kind status title category receivedOn deadline overdue calendarMissing
         trackingNumber department { name } concernedDepartment { name } coHandlers { name } outcome delegateSatisfaction } }
       judgments(pageSize: 200) { total items { id caseNumber amount fulfilledAmount department { name } } }
       courtAppearances(pageSize: 200) { total items { id caseNumber headAppeared position rank } } }`,
    {},
    await stack.login('xfj'),
  );
  if (answer.errors?.length) throw new Error(JSON.stringify(answer.errors));
  const d = answer.data!;
  return { cases: d.cases.total, judgments: d.judgments.total, hearings: d.courtAppearances.total };
}

async function tinyRun(scale: number): Promise<ScenarioResult[]> {
  let stack: Stack | undefined;
  try {
    stack = await startBenchStack(scale, true);
    generated.push(await readCasework(stack));
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
    expect(small).toHaveLength(8 * 3);
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
    // casework's share grew with the scale (2,000 cases, 40 judgments and 80 hearings a county) and reads back
    const [few, more] = generated;
    expect(more!.cases - few!.cases).toBe(20);
    expect(more!.judgments - few!.judgments).toBe(1);
    expect(more!.hearings - few!.hearings).toBe(1);
  }, 120_000);
});
