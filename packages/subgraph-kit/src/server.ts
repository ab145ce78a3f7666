import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { bearerToken, secretFromEnv, verifyToken } from '@integrity/auth';
import express from 'express';
import type { DataSource } from 'typeorm';
import { SubgraphMetaEntity, AuditEntryEntity } from './audit/audit.entity.js';
import { KitTables1732406400000 } from './audit/kit-tables.migration.js';
import { createContext, type RequestContext } from './context.js';
import { databaseTarget, openDataSource, type DatabaseTarget } from './datasource.js';
import { formatSubgraphError } from './format-error.js';
import { requestLogPlugin } from './request-log.js';
import { createLogger, type Logger } from '@integrity/logging';
import { buildFederatedSchema } from './schema.js';
import type { SqlCounter } from './sql-counter.js';
import type { SubgraphDefinition } from './subgraph.js';

export interface PrepareOptions {
  target: DatabaseTarget;
  /** Seed demo data into an empty database. */
  seed: boolean;
  demoPassword: string;
  log?: Logger;
}

/** Open and migrate the subgraph's database; seed demo data once, when asked. */
export async function prepareDatabase(definition: SubgraphDefinition, options: PrepareOptions): Promise<{ dataSource: DataSource; counter: SqlCounter }> {
  const { dataSource, counter } = await openDataSource({
    target: options.target,
    entities: [AuditEntryEntity, SubgraphMetaEntity, ...definition.entities],
    migrations: [KitTables1732406400000, ...definition.migrations],
    log: options.log,
  });
  if (options.seed && definition.seed) {
    const meta = dataSource.getRepository(SubgraphMetaEntity);
    if (!(await meta.findOneBy({ key: 'demo_seeded' }))) {
      await definition.seed(dataSource, { demoPassword: options.demoPassword });
      await meta.save({ key: 'demo_seeded', value: new Date().toISOString() });
      options.log?.info('demo data seeded');
    }
  }
  return { dataSource, counter };
}

/**
 * With SUBGRAPH_ONLY_VIA_GATEWAY=true a subgraph answers GraphQL only to the gateway (its credential in
 * x-gateway-credential) and to other subgraphs (a service credential as the bearer token), so a user's
 * token alone cannot reach it around the gateway's limits. /health and /ready stay open for probes.
 */
function onlyViaGateway(secret: string, log: Logger): express.RequestHandler {
  return (req, res, next) => {
    if (process.env.SUBGRAPH_ONLY_VIA_GATEWAY !== 'true') return next();
    const service = (token: string | undefined) => {
      try {
        return token ? verifyToken(token, secret) : null;
      } catch {
        return null;
      }
    };
    const gateway = service(req.headers['x-gateway-credential'] as string | undefined);
    const bearer = service(bearerToken(req.headers.authorization) ?? undefined);
    if ((gateway?.kind === 'service' && gateway.id === 'gateway') || bearer?.kind === 'service') return next();
    log.warn('refused a call that did not come through the gateway', { requestId: req.headers['x-request-id'] });
    res.status(403).json({ errors: [{ message: 'this service answers only the gateway', extensions: { code: 'FORBIDDEN' } }] });
  };
}

export interface SubgraphAppOptions {
  dataSource: DataSource;
  secret: string;
  log: Logger;
}

/** The subgraph's HTTP app: POST /graphql, GET /health (process up), GET /ready (database answers). */
export async function createSubgraphApp(definition: SubgraphDefinition, options: SubgraphAppOptions) {
  const schema = await buildFederatedSchema(definition);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatSubgraphError(options.log),
    // no Apollo Studio here: no inline traces to leak timing, no landing page that loads a CDN
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), requestLogPlugin()],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => void res.json({ status: 'ok', subgraph: definition.name }));
  app.get('/ready', async (_req, res) => {
    try {
      await options.dataSource.query('SELECT 1');
      res.json({ status: 'ready', subgraph: definition.name });
    } catch (error) {
      options.log.warn('not ready', { error });
      res.status(503).json({ status: 'database unavailable', subgraph: definition.name });
    }
  });
  definition.httpRoutes?.(app, { dataSource: options.dataSource, log: options.log, secret: options.secret });
  app.use(
    '/graphql',
    onlyViaGateway(options.secret, options.log),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({
          authorization: req.headers.authorization,
          requestId: req.headers['x-request-id'] as string | undefined,
          dataSource: options.dataSource,
          log: options.log,
          secret: options.secret,
          subgraph: definition.name,
        }),
    }),
  );
  return { app, stop: () => apollo.stop() };
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  dataSource: DataSource;
  counter: SqlCounter;
  close(): Promise<void>;
}

export interface StartOptions extends Omit<PrepareOptions, 'log'> {
  port: number;
  host?: string;
  secret: string;
  log?: Logger;
}

/** Prepare the database and listen. Port 0 picks a free port (tests). */
export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<RunningSubgraph> {
  const log = options.log ?? createLogger(definition.name);
  const { dataSource, counter } = await prepareDatabase(definition, { ...options, log });
  const { app, stop } = await createSubgraphApp(definition, { dataSource, secret: options.secret, log });
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(s))); // Express 5 passes listen errors here too
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    name: definition.name,
    url: `http://${host}:${port}/graphql`,
    port,
    dataSource,
    counter,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await stop();
      await dataSource.destroy();
    },
  };
}

/** A subgraph's `main.ts`: configuration from the environment, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const log = createLogger(definition.name);
  try {
    const running = await startSubgraph(definition, {
      port: Number(process.env.PORT ?? definition.port),
      host: process.env.HOST ?? '127.0.0.1',
      secret: secretFromEnv(),
      target: databaseTarget(definition.name, process.env.DATABASE_URL, process.env.DATA_DIR),
      seed: (process.env.SEED ?? 'demo') !== 'none',
      demoPassword: process.env.DEMO_PASSWORD ?? 'demo-password',
      log,
    });
    log.info('listening', { url: running.url });
    const shutdown = async (signal: string) => {
      log.info('stopping', { signal });
      await running.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    log.error('could not start', { error });
    process.exit(1);
  }
}
