// The gateway alone (production): subgraphs run elsewhere, reached at the URLs in the supergraph
// or SUBGRAPH_URL_<NAME>. GATEWAY_WORKERS=n (default 1) serves the one PORT from n processes.
import { fileURLToPath } from 'node:url';
import { createLogger } from '@integrity/logging';
import { runGatewayProcess } from './gateway-process.js';
import { runPool, settingOrExit, superviseWorkers, workerCount } from './workers.js';

const log = createLogger('gateway');
const workers = settingOrExit(log, () => workerCount('GATEWAY_WORKERS'));

if (workers === 1) {
  await runGatewayProcess();
} else {
  // the kit sets this in each worker too; set here so no process of the pool ever starts without it
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const pool = superviseWorkers({
    exec: fileURLToPath(new URL('./gateway-worker.js', import.meta.url)),
    count: workers,
    log,
  });
  await runPool(pool, log, { workers });
}
