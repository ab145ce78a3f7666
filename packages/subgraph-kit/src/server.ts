import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { bearerToken, secretFromEnv, verifyToken } from '@integrity/auth';
import express from 'express';
import type { DataSource } from 'typeorm';
import { SubgraphMetaEntity, AuditEntryEntity } from './audit/audit.entity.js';
import { KitAuditWiden1764748800100 } from './audit/audit-widen.migration.js';
import { KitTables1732406400000 } from './audit/kit-tables.migration.js';
import { KitAuditIndexes1764748800300 } from './audit/audit-indexes.migration.js';
import { KitOutbox1764748800200 } from './outbox/outbox.migration.js';
import { OutboxMessageEntity } from './outbox/outbox.entity.js';
import { outboxWaiting, startOutboxDeliverer, type OutboxDeliverer } from './outbox/outbox-deliverer.js';
import { startupBacklog } from './outbox/startup-backlog.js';
import { createContext, type RequestContext } from './context.js';
import { databaseTarget, openDataSource, type DatabaseTarget } from './datasource.js';
import { formatSubgraphError } from './format-error.js';
import {
  compactJson,
  httpErrorHandler,
  limitsFromEnv,
  operationLimitsMiddleware,
  schemaDisclosure,
  searchParamsAsApolloReadsThem,
  type OperationLimits,
} from '@integrity/http-kit';
import { anonymousNotFoundPlugin, refuseLoneSurrogates } from './input-guard.js';
import { requestLogPlugin } from './request-log.js';
import { remoteSessionLookup, SESSION_LOOKUP_PATH, SessionGuard, type SessionLookup } from './session-guard.js';
import { createLogger, type Logger } from '@integrity/logging';
import { buildFederatedSchema } from './schema.js';
import { runInBackground } from './background.js';
import type { SqlCounter } from './sql-counter.js';
import type { JobContext, SubgraphDefinition } from './subgraph.js';

export interface PrepareOptions {
  target: DatabaseTarget;
  /** Seed demo data into an empty database. */
  seed: boolean;
  demoPassword: string;
  log?: Logger;
}

/** Open and migrate the subgraph's database; seed demo data once, when asked. */
export async function prepareDatabase(
  definition: SubgraphDefinition,
  options: PrepareOptions,
): Promise<{ dataSource: DataSource; counter: SqlCounter }> {
  const { dataSource, counter } = await openDataSource({
    target: options.target,
    entities: [AuditEntryEntity, SubgraphMetaEntity, OutboxMessageEntity, ...definition.entities],
    migrations: [
      KitTables1732406400000,
      ...definition.migrations,
      KitAuditWiden1764748800100,
      KitOutbox1764748800200,
      KitAuditIndexes1764748800300,
    ],
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

const verifiedOrNull = (token: string | undefined, secret: string) => {
  try {
    return token ? verifyToken(token, secret) : null;
  } catch {
    return null;
  }
};

/** Whether the request carries the gateway's own valid credential (x-gateway-credential). */
function fromGateway(req: express.Request, secret: string): boolean {
  const gateway = verifiedOrNull(req.headers['x-gateway-credential'] as string | undefined, secret);
  return gateway?.kind === 'service' && gateway.id === 'gateway';
}

/**
 * The end user's address. The gateway forwards the socket address it saw in x-client-address; that
 * header is believed only beside the gateway's valid credential (anyone else could write it), otherwise
 * the address is this socket's own.
 */
function clientAddressOf(req: express.Request, secret: string): string | null {
  const forwarded = req.headers['x-client-address'];
  if (typeof forwarded === 'string' && /^[0-9a-fA-F:.]{2,45}$/.test(forwarded) && fromGateway(req, secret))
    return forwarded;
  return req.socket.remoteAddress ?? null;
}

/** The subgraph that owns sessions (directory) answers the others' lookups; only service credentials may ask. */
function sessionLookupRoute(app: express.Express, lookup: SessionLookup, secret: string, log: Logger): void {
  app.post(SESSION_LOOKUP_PATH, express.json({ limit: '64kb' }), async (req, res) => {
    const caller = verifiedOrNull(bearerToken(req.headers.authorization) ?? undefined, secret);
    if (caller?.kind !== 'service') return void res.status(403).json({ error: 'FORBIDDEN' });
    const ids: unknown = (req.body as { ids?: unknown } | undefined)?.ids;
    if (!Array.isArray(ids) || ids.length > 500 || !ids.every((id) => typeof id === 'string' && id.length <= 64)) {
      return void res.status(400).json({ error: 'BAD_USER_INPUT' });
    }
    try {
      res.json({ live: [...(await lookup(ids as string[]))] });
    } catch (error) {
      log.error('session lookup failed', { error });
      res.status(503).json({ error: 'DEPENDENCY_UNAVAILABLE' });
    }
  });
}

/**
 * With SUBGRAPH_ONLY_VIA_GATEWAY=true a subgraph answers GraphQL only to the gateway (its credential in
 * x-gateway-credential) and to other subgraphs (a service credential as the bearer token), so a user's
 * token alone cannot reach it around the gateway's limits. /health and /ready stay open for probes.
 */
function onlyViaGateway(secret: string, log: Logger): express.RequestHandler {
  return (req, res, next) => {
    if (process.env.SUBGRAPH_ONLY_VIA_GATEWAY !== 'true') return next();
    const bearer = verifiedOrNull(bearerToken(req.headers.authorization) ?? undefined, secret);
    if (fromGateway(req, secret) || bearer?.kind === 'service') return next();
    log.warn('refused a call that did not come through the gateway', { requestId: req.headers['x-request-id'] });
    res
      .status(403)
      .json({ errors: [{ message: 'this service answers only the gateway', extensions: { code: 'FORBIDDEN' } }] });
  };
}

export interface SubgraphAppOptions {
  dataSource: DataSource;
  secret: string;
  log: Logger;
  /** The same operation caps as the gateway's, so a direct call cannot walk around them; defaults from the environment. */
  limits?: OperationLimits;
  /** Why the subgraph is not ready although its database answers (its start is not over: startup-backlog.ts), or null. */
  notReadyBecause?: () => Promise<string | null>;
}

/** The subgraph's HTTP app: POST /graphql, GET /health (process up), GET /ready (database answers, start over). */
export async function createSubgraphApp(definition: SubgraphDefinition, options: SubgraphAppOptions) {
  const schema = await buildFederatedSchema(definition);
  const limits = options.limits ?? limitsFromEnv();
  const apollo = new ApolloServer<RequestContext>({
    schema,
    ...schemaDisclosure(),
    includeStacktraceInErrorResponses: false,
    // the process stops the server itself, after the HTTP drain (Apollo's own signal handlers would not wait)
    stopOnTerminationSignals: false,
    formatError: formatSubgraphError(options.log),
    parseOptions: { maxTokens: limits.maxTokens },
    stringifyResult: compactJson,
    // no Apollo Studio here: no inline traces to leak timing, no landing page that loads a CDN, and
    // usage and schema reporting off even if APOLLO_KEY is ever set: nothing leaves the county
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // installed by default, it wraps every field resolver to compute cache hints nothing here sets or reads
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin(),
      anonymousNotFoundPlugin(),
    ],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // GET parameters as Apollo reads them, so the limits check the document it runs (querystring stops at 1000)
  app.set('query parser', searchParamsAsApolloReadsThem);
  app.get('/health', (_req, res) => void res.json({ status: 'ok', subgraph: definition.name }));
  app.get('/ready', async (_req, res) => {
    try {
      await options.dataSource.query('SELECT 1');
      const pending = await options.notReadyBecause?.();
      if (pending) return void res.status(503).json({ status: pending, subgraph: definition.name });
      res.json({ status: 'ready', subgraph: definition.name });
    } catch (error) {
      options.log.warn('not ready', { error });
      res.status(503).json({ status: 'database unavailable', subgraph: definition.name });
    }
  });
  const ownLookup = definition.sessions?.(options.dataSource);
  if (ownLookup) sessionLookupRoute(app, ownLookup, options.secret, options.log);
  const sessions = new SessionGuard(ownLookup ?? remoteSessionLookup(definition.name, options.secret, options.log));
  const contextOf = (req: express.Request) =>
    createContext({
      authorization: req.headers.authorization,
      requestId: req.headers['x-request-id'] as string | undefined,
      dataSource: options.dataSource,
      log: options.log,
      secret: options.secret,
      subgraph: definition.name,
      clientAddress: clientAddressOf(req, options.secret),
      sessions,
    });
  definition.httpRoutes?.(app, {
    dataSource: options.dataSource,
    log: options.log,
    secret: options.secret,
    context: contextOf,
  });
  app.use(
    '/graphql',
    onlyViaGateway(options.secret, options.log),
    express.json({ limit: '1mb' }),
    refuseLoneSurrogates(),
    operationLimitsMiddleware(limits, () => schema),
    expressMiddleware(apollo, { context: async ({ req }) => contextOf(req) }),
  );
  app.use(httpErrorHandler(options.log));
  return { app, stop: () => apollo.stop() };
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  dataSource: DataSource;
  counter: SqlCounter;
  /** The outbox deliverer, when the subgraph sends anything (tests drain it instead of waiting a poll). */
  outbox: OutboxDeliverer | null;
  close(): Promise<void>;
}

export interface StartOptions extends Omit<PrepareOptions, 'log'> {
  port: number;
  host?: string;
  secret: string;
  log?: Logger;
  /** Run the outbox deliverer and the scheduled jobs (default true; a cluster's workers but one say false). */
  background?: boolean;
}

/** Run the definition's scheduled jobs, one run of each at a time; a failed run is logged and tried next time. */
function startSchedules(
  definition: SubgraphDefinition,
  base: Omit<JobContext, 'requestId'>,
): { runOnce(): Promise<void>; stop(): Promise<void> } {
  const running = new Set<Promise<void>>();
  const jobContext = (name: string): JobContext => ({ ...base, requestId: `job-${name}-${randomUUID()}` });
  const timers = (definition.schedules ?? []).map((job) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy) return;
      busy = true;
      const run = runInBackground(job.name, () => job.run(jobContext(job.name)))
        .catch((error) => base.log.warn('scheduled job failed', { job: job.name, error: String(error) }))
        .finally(() => {
          busy = false;
          running.delete(run);
        });
      running.add(run);
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    // once at start, so what is already due (an order past its deadline) is handled before the first request
    async runOnce() {
      for (const job of definition.schedules ?? [])
        await runInBackground(job.name, () => job.run(jobContext(job.name))).catch((error) =>
          base.log.warn('scheduled job failed', { job: job.name, error: String(error) }),
        );
    },
    async stop() {
      timers.forEach(clearInterval);
      await Promise.all(running);
    },
  };
}

/** Prepare the database and listen. Port 0 picks a free port (tests). */
export async function startSubgraph(definition: SubgraphDefinition, options: StartOptions): Promise<RunningSubgraph> {
  definition.preflight?.();
  const log = options.log ?? createLogger(definition.name);
  const { dataSource, counter } = await prepareDatabase(definition, { ...options, log });
  // every process of the subgraph counts the shared outbox; only one that delivers kicks its deliverer
  let deliverer: OutboxDeliverer | null = null;
  const start = startupBacklog(
    {
      waiting: (until) => outboxWaiting(dataSource, until),
      get deliverer() {
        return deliverer; // set once the server listens
      },
    },
    log,
  );
  const { app, stop } = await createSubgraphApp(definition, {
    dataSource,
    secret: options.secret,
    log,
    notReadyBecause: () => start.check(),
  });
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolve(s))); // Express 5 passes listen errors here too
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const background = options.background ?? true;
  const outbox = (deliverer =
    definition.outbox && background
      ? startOutboxDeliverer({
          dataSource,
          subgraph: definition.name,
          secret: options.secret,
          log: log.child({ component: 'outbox' }),
          handlers: definition.outbox,
        })
      : null);
  const jobs = startSchedules(background ? definition : { ...definition, schedules: [] }, {
    dataSource,
    secret: options.secret,
    subgraph: definition.name,
    log,
  });
  await jobs.runOnce();
  start.jobsDone();
  // deliver what is waiting now rather than after the first poll; /ready waits for it, a bounded while
  outbox?.kick();
  return {
    name: definition.name,
    url: `http://${host}:${port}/graphql`,
    port,
    dataSource,
    counter,
    outbox,
    close: async () => {
      await jobs.stop();
      await outbox?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await stop();
      await dataSource.destroy();
    },
  };
}

/**
 * Whether to seed the demo county: SEED=demo or SEED=none decide; without SEED, yes in development and
 * never with NODE_ENV=production (demo users with a known password must not appear in production by default).
 */
export function seedDemoFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED) return env.SEED === 'demo';
  return env.NODE_ENV !== 'production';
}

/** What a subgraph process tells a parent listening (a cluster primary) when its start is over. */
export const SUBGRAPH_STARTED = 'subgraph-started';

/** A subgraph's `main.ts`: configuration from the environment, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraph(
  definition: SubgraphDefinition,
  options: { background?: boolean } = {},
): Promise<void> {
  const log = createLogger(definition.name);
  try {
    const running = await startSubgraph(definition, {
      background: options.background,
      port: Number(process.env.PORT ?? definition.port),
      host: process.env.HOST ?? '127.0.0.1',
      secret: secretFromEnv(),
      target: databaseTarget(definition.name, process.env.DATABASE_URL, process.env.DATA_DIR),
      seed: seedDemoFromEnv(),
      demoPassword: process.env.DEMO_PASSWORD ?? 'demo-password',
      log,
    });
    log.info('listening', { url: running.url });
    // a cluster's primary starts the other workers now: the start's jobs have run (apps/gateway workers.ts)
    process.send?.({ kind: SUBGRAPH_STARTED });
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
