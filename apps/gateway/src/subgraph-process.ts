// `node apps/gateway/dist/src/subgraph-process.js <subgraph>`: one subgraph served by SUBGRAPH_WORKERS
// processes on its one PORT (the launcher runs this when SUBGRAPH_WORKERS > 1; a deployment may too).
//
// Only worker 1 runs the background jobs (outbox deliverer, schedules) and it starts alone, so it migrates
// and seeds the database before the others open it. The jobs would not double-deliver anyway (an outbox
// message is claimed by a conditional UPDATE, a schedule's rows are unique or updated on their version),
// but n sweeps every minute would be n times the work for nothing.
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLogger } from '@integrity/logging';
import { runSubgraph, type SubgraphDefinition } from '@integrity/subgraph-kit';
import { REPO_ROOT, subgraphEntries } from './paths.js';
import { runPool, settingOrExit, subgraphWorkerCount, superviseWorkers } from './workers.js';

const name = process.argv[2] ?? '';
const entry = subgraphEntries().find((e) => e.name === name);
const log = createLogger(name || 'subgraph', { workers: 'primary' });
if (!entry) {
  log.error(
    `usage: subgraph-process.js <${subgraphEntries()
      .map((e) => e.name)
      .join('|')}>`,
  );
  process.exit(1);
}

/** The subgraph's definition, as its own main.ts imports it. */
async function definition(): Promise<SubgraphDefinition> {
  const file = resolve(REPO_ROOT, entry!.workspace, 'dist/src/index.js');
  return ((await import(pathToFileURL(file).href)) as { subgraph: SubgraphDefinition }).subgraph;
}

if (cluster.isWorker) {
  const full = await definition();
  const jobs = process.env.WORKER_SLOT === '1';
  // the kit's shutdown handlers run once per signal name; these keep a repeated signal (the terminal's
  // Ctrl-C, then the primary's) from killing the worker in the middle of its drain
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  // every worker serves the same schema (its outbox's backlog included); worker 1 alone delivers and sweeps
  await runSubgraph(full, { background: jobs });
} else {
  const workers = settingOrExit(log, () => subgraphWorkerCount(log));
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const pool = superviseWorkers({
    exec: process.argv[1]!,
    args: [name],
    count: workers,
    log,
    firstAlone: true,
    // the others start once worker 1 has run the start's jobs: their readiness counts what those enqueued
    firstStartedMessage: true,
    // demo data is seeded by worker 1 alone, before the others start
    envFor: (slot) => (slot === 1 ? {} : { SEED: 'none' }),
  });
  await runPool(pool, log, { workers });
}
