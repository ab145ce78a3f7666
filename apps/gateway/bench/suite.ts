// `npm run bench [-- --scale 1,10] [-- --only dashboard]`: every scenario of issue 16 on MariaDB (MYSQL_TEST_URL,
// fresh igt_ databases dropped afterwards) against its limit (hand-written SQL), the subgraphs called directly
// and the gateway, in one run with interleaved rounds. Writes bench-results.json and docs/PERFORMANCE.md.
// BENCH_RUNS (default 100) sets the timed rounds; a script, never a timed test. BENCH_PROFILE=file.cpuprofile
// records a CPU profile of the measured phase only (not the seeding), for `node dist/bench/profile.js file`.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/paths.js';
import { startProfile } from './profile-session.js';
import { markdownReport } from './report.js';
import { runScenarios, startBenchStack, type BenchResults } from './run.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true },
    'no-write': { type: 'boolean', default: false },
  },
});
const scales = values.scale.split(',').map(Number);
if (scales.some((n) => !(n > 0))) throw new Error(`--scale takes positive numbers: ${values.scale}`);
const runs = Number(process.env.BENCH_RUNS ?? 100);
const command = `${runs !== 100 ? `BENCH_RUNS=${runs} ` : ''}npm run bench -- --scale ${scales.join(',')}`;

const started = performance.now();
let results: BenchResults | undefined;
// one scale after the other, each on its own fresh databases; one table for all
for (const scale of scales) {
  const stack = await startBenchStack(scale);
  const profile = process.env.BENCH_PROFILE ? await startProfile() : null;
  try {
    const run = await runScenarios(stack, {
      scale,
      runs,
      warmup: Math.min(20, runs),
      throughputRequests: Math.max(50, runs * 2),
      concurrency: 10,
      only: values.only,
    });
    results = { machine: run.machine, scenarios: [...(results?.scenarios ?? []), ...run.scenarios] };
  } finally {
    if (profile)
      await profile.stop(process.env.BENCH_PROFILE!.replace(/(\.cpuprofile)?$/, `-scale${scale}.cpuprofile`));
    await stack.close();
  }
}
const markdown = markdownReport(results!, command, (performance.now() - started) / 1000);
process.stdout.write(`${markdown}\n`);
if (!values['no-write']) {
  writeFileSync(resolve(REPO_ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(resolve(REPO_ROOT, 'docs/PERFORMANCE.md'), markdown);
}
