import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { serviceToken } from '@integrity/auth';
import { createLogger, type Logger } from '@integrity/logging';
import { compactJson, httpErrorHandler, schemaDisclosure, searchParamsAsApolloReadsThem } from '@integrity/http-kit';
import express, { type Request, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { formatGatewayError } from './format-gateway-error.js';
import { limitsFromEnv, operationLimitsMiddleware, type OperationLimits } from './operation-limits.js';
import {
  loadTrustedManifest,
  trustedDocumentsFromEnv,
  trustedDocumentsMiddleware,
  type TrustedDocumentsMode,
} from './trusted-documents.js';
import { passThrough } from './http-proxy.js';
import { readiness } from './readiness.js';
import { responseCache, responseCacheFromEnv, type ResponseCacheOptions } from './response-cache.js';
import { compressResponses, consoleStatic, sendConsoleIndex } from './static-assets.js';
import { dedupeFromEnv, ForwardingDataSource, type GatewayContext } from './remote-data-source.js';
import { disableVendorTelemetry, noVendorReporting, startTracing } from './telemetry.js';
import { securityHeaders } from './security-headers.js';

const GRAPHIQL_DIR = fileURLToPath(new URL('../graphiql', import.meta.url));

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL by name, overriding the URLs composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  /** The console's production build; a placeholder page is served when it is missing. */
  consoleDir?: string;
  log?: Logger;
  /** Operation caps (depth, aliases, cost, tokens, fields); defaults from the environment (MAX_QUERY_*). */
  limits?: OperationLimits;
  /** Deadline of each subgraph call; default SUBGRAPH_TIMEOUT_MS, else 10 s. */
  subgraphTimeoutMs?: number;
  /** Serve GraphiQL on a browser GET of /graphql; default: on unless NODE_ENV=production, GRAPHIQL=true|false decides. */
  graphiql?: boolean;
  /** required: browsers may send only the console's registered operations (default: TRUSTED_DOCUMENTS, else off). */
  trustedDocuments?: TrustedDocumentsMode;
  /** Plain HTTP GET paths a subgraph serves (e.g. an open-data export) that the gateway passes through. */
  httpProxies?: HttpProxy[];
  /** The shared signing secret: with it the gateway sends its own short-lived credential to subgraphs. */
  secret?: string;
  /** The operator's own OTLP/HTTP trace collector; default TRACING_OTLP_ENDPOINT, none when unset. */
  tracingEndpoint?: string;
  /** A short cache of query answers (anonymous, per caller); default GATEWAY_CACHE_*_SECONDS, off when unset. */
  responseCache?: ResponseCacheOptions;
}

export interface HttpProxy {
  /** Exact path on the gateway and on the subgraph, e.g. /ocds/release-package.json. */
  path: string;
  /** Name of the subgraph serving it (as in the supergraph). */
  subgraph: string;
}

/** Subgraph names and URLs as the supergraph lists them (join__Graph), with overrides applied. */
export function subgraphEndpoints(
  supergraphSdl: string,
  overrides: Record<string, string> = {},
): { name: string; url: string }[] {
  const found = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)];
  return found.map(([, name, url]) => ({ name: name!, url: overrides[name!] ?? url! }));
}

function requestLogPlugin(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          log.info('request', {
            requestId: ctx.requestId,
            operationName: operationName ?? null,
            ms: Math.round(performance.now() - started),
            errors: errors?.map((e) => e.extensions?.code ?? 'ERROR') ?? [],
          });
        },
        async didEncounterErrors({ errors }) {
          for (const e of errors)
            if (!e.extensions?.code)
              log.warn('error without code', { requestId: contextValue.requestId, message: e.message });
        },
      };
    },
  };
}

function positiveMs(value: string | undefined, fallback: number, name = 'SUBGRAPH_TIMEOUT_MS'): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive number of milliseconds, got "${value}"`);
  return n;
}

/** GraphiQL: on in development, off with NODE_ENV=production unless GRAPHIQL=true. */
const graphiqlFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  env.GRAPHIQL === 'true' || (env.GRAPHIQL !== 'false' && env.NODE_ENV !== 'production');

const wantsHtml = (req: Request) =>
  req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html';

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Integrity Graph</title></head>
<body style="font-family:sans-serif;max-width:40rem;margin:4rem auto"><h1>Integrity Graph · 政务诚信</h1>
<p>The console has not been built yet. The GraphQL API is at <a href="/graphql">/graphql</a> (GraphiQL in a browser).</p></body></html>`;

/** With trusted documents required, the check against the console build's manifest (refusing to start without one). */
function trustedMiddleware(options: GatewayOptions, maxTokens: number): RequestHandler[] {
  if ((options.trustedDocuments ?? trustedDocumentsFromEnv()) !== 'required') return [];
  const manifest = loadTrustedManifest(options.consoleDir);
  if (!manifest)
    throw new Error(
      'TRUSTED_DOCUMENTS=required needs the console build and its trusted-documents.json (npm run build in apps/console)',
    );
  return [trustedDocumentsMiddleware(manifest, maxTokens)];
}

/** The gateway's HTTP app: /graphql (GraphiQL on a browser GET), /health, /ready, the console at /. */
export async function createGatewayApp(options: GatewayOptions) {
  const log = options.log ?? createLogger('gateway');
  const endpoints = subgraphEndpoints(options.supergraphSdl, options.subgraphUrls);
  const urls = Object.fromEntries(endpoints.map((e) => [e.name, e.url]));
  // the gateway's own service credential, signed once and renewed before it ends (auth's serviceToken)
  const credential = (): string | null => (options.secret ? serviceToken('gateway', options.secret) : null);
  disableVendorTelemetry(); // before the constructor, which otherwise starts Apollo's usage meter
  const tracing = startTracing(options.tracingEndpoint ?? process.env.TRACING_OTLP_ENDPOINT);
  const timeoutMs = options.subgraphTimeoutMs ?? positiveMs(process.env.SUBGRAPH_TIMEOUT_MS, 10_000);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new ForwardingDataSource({ url: urls[name] ?? url!, name, timeoutMs, credential, log, dedupe: dedupeFromEnv() }),
  });
  const limits = options.limits ?? limitsFromEnv();
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: loaded }) => void (apiSchema = loaded));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...schemaDisclosure(),
    includeStacktraceInErrorResponses: false,
    // the process stops the gateway itself, once and after the HTTP drain: Apollo's own signal handlers would
    // stop it first, and a second stop() made while one runs never returns (@apollo/server 5.5)
    stopOnTerminationSignals: false,
    // no automatic persisted queries: a hash-only probe answers PERSISTED_QUERY_NOT_SUPPORTED
    persistedQueries: false,
    formatError: formatGatewayError(log),
    parseOptions: { maxTokens: limits.maxTokens },
    stringifyResult: compactJson,
    // Apollo installs cache control by default: per-field hooks computing hints that nothing here sets or reads
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...noVendorReporting(),
      requestLogPlugin(log),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // GET parameters as Apollo reads them, so the limits check the document it runs (querystring stops at 1000)
  app.set('query parser', searchParamsAsApolloReadsThem);
  app.use(securityHeaders);
  app.use(compressResponses());
  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/health', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/ready', readiness(endpoints, credential));
  for (const proxy of options.httpProxies ?? []) {
    const base = urls[proxy.subgraph];
    if (!base) throw new Error(`httpProxies: no subgraph named ${proxy.subgraph} in the supergraph`);
    app.get(proxy.path, passThrough({ base, subgraph: proxy.subgraph, log }));
  }
  if (options.graphiql ?? graphiqlFromEnv()) {
    app.use('/graphiql', express.static(GRAPHIQL_DIR, { index: false, maxAge: '1h' }));
    app.get('/graphql', (req, res, next) =>
      wantsHtml(req) ? res.sendFile(resolve(GRAPHIQL_DIR, 'index.html')) : next(),
    );
  }
  const trusted = trustedMiddleware(options, limits.maxTokens);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...trusted,
    // before the limits: an answer kept came from a request that passed them, and the same request passes again
    responseCache(options.responseCache ?? responseCacheFromEnv()),
    operationLimitsMiddleware(limits, () => apiSchema),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        authorization: req.headers.authorization,
        requestId: res.locals.requestId as string,
        clientAddress: req.socket.remoteAddress,
      }),
    }),
  );

  const consoleDir =
    options.consoleDir && existsSync(resolve(options.consoleDir, 'index.html')) ? options.consoleDir : null;
  if (consoleDir) app.use(consoleStatic(consoleDir));
  // every other browser path is a console route (client-side routing)
  app.use((req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (consoleDir) return sendConsoleIndex(res, consoleDir);
    res.type('html').send(PLACEHOLDER);
  });
  app.use(httpErrorHandler(log));
  const stop = async () => {
    await apollo.stop();
    await tracing?.shutdown();
  };
  return { app, stop, endpoints };
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Stop accepting connections, let requests in flight finish (closing connections as they fall idle) for up
 * to `graceMs`, then cut whatever is left.
 */
export async function drain(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((r) => server.close(() => r()));
  const idle = setInterval(() => server.closeIdleConnections?.(), 100);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((r) => (timer = setTimeout(r, graceMs)))]);
  clearInterval(idle);
  clearTimeout(timer);
  server.closeAllConnections?.();
  await closed;
}

export async function startGateway(
  options: GatewayOptions & { port: number; host?: string; shutdownGraceMs?: number },
): Promise<RunningGateway> {
  const { app, stop } = await createGatewayApp(options);
  const host = options.host ?? '127.0.0.1';
  const server: Server = await new Promise((resolvePromise, reject) => {
    const s = app.listen(options.port, host, (error?: Error) => (error ? reject(error) : resolvePromise(s))); // Express 5 passes listen errors here too
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    close: async () => {
      await drain(
        server,
        options.shutdownGraceMs ?? positiveMs(process.env.SHUTDOWN_GRACE_MS, 10_000, 'SHUTDOWN_GRACE_MS'),
      );
      await stop();
    },
  };
}
