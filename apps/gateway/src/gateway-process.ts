// One gateway process, configured from the environment: main.ts with GATEWAY_WORKERS=1, and each worker
// (gateway-worker.ts) when there are several.
import { readFileSync } from 'node:fs';
import { secretFromEnv } from '@integrity/auth';
import { startGateway, type RunningGateway } from '@integrity/gateway-kit';
import { createLogger, type Logger } from '@integrity/logging';
import { CONSOLE_DIR, httpProxies, SUPERGRAPH_FILE, subgraphUrlOverrides } from './paths.js';

/** Start the gateway on PORT/HOST with the subgraph URLs given (default: the SUBGRAPH_URL_<NAME> overrides). */
export const startGatewayFromEnv = (
  log: Logger,
  subgraphUrls: Record<string, string> = subgraphUrlOverrides(),
): Promise<RunningGateway> =>
  startGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls,
    consoleDir: process.env.CONSOLE_DIR ?? CONSOLE_DIR,
    httpProxies: httpProxies(),
    // required here too: without it the gateway vouches for no client address, and every caller's login and
    // complaint limits would fall on the gateway's own address (one lockout for the whole county)
    secret: secretFromEnv(),
    port: Number(process.env.PORT ?? 4000),
    host: process.env.HOST ?? '0.0.0.0',
    log,
  });

/**
 * Serve until SIGTERM or SIGINT, then drain and exit 0. The handler stays installed and runs once, so the
 * second signal a cluster worker gets on Ctrl-C (the terminal's, then its primary's) does not cut the drain.
 */
export async function runGatewayProcess(): Promise<void> {
  const slot = process.env.WORKER_SLOT;
  const log = createLogger('gateway', slot ? { worker: Number(slot) } : {});
  let gateway: RunningGateway;
  try {
    gateway = await startGatewayFromEnv(log);
  } catch (error) {
    log.error('could not start', { error });
    process.exit(1);
  }
  log.info('listening', { url: `${gateway.url}/graphql` });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void gateway.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
