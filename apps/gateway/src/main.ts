// The gateway alone (production): subgraphs run elsewhere, reached at the URLs in the supergraph
// or SUBGRAPH_URL_<NAME>.
import { readFileSync } from 'node:fs';
import { startGateway } from '@integrity/gateway-kit';
import { createLogger } from '@integrity/logging';
import { CONSOLE_DIR, httpProxies, SUPERGRAPH_FILE, subgraphUrlOverrides } from './paths.js';

const log = createLogger('gateway');
const gateway = await startGateway({
  supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
  subgraphUrls: subgraphUrlOverrides(),
  consoleDir: process.env.CONSOLE_DIR ?? CONSOLE_DIR,
  httpProxies: httpProxies(),
  secret: process.env.JWT_SECRET,
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '0.0.0.0',
  log,
});
log.info('listening', { url: `${gateway.url}/graphql` });
const stop = async () => {
  await gateway.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
