import type { Express, Request } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '@integrity/logging';
import type { RequestContext } from './context.js';
import type { SessionLookup } from './session-guard.js';
import type { OutboxHandlers } from './outbox/outbox-deliverer.js';
import type { ServiceCaller } from './service-client.js';

/** What a scheduled job gets: the data source, and a caller that signs the subgraph's service credential. */
export interface JobContext extends ServiceCaller {
  dataSource: DataSource;
}

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(job: JobContext): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;

/** `__resolveReference` per entity type; batch through `ctx.loaders`. */
export type ReferenceResolvers = Record<
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  { __resolveReference: (reference: any, ctx: RequestContext) => unknown }
>;

export interface SeedOptions {
  /** Password for the demo users. */
  demoPassword: string;
}

/**
 * Everything the kit needs to build, store and serve one subgraph. An app's `src/index.ts` exports
 * one of these; `main.ts`, the schema emitter and the test harness all start from it.
 */
export interface SubgraphDefinition {
  /** Short lowercase name: the database suffix, the supergraph's subgraph name. */
  name: string;
  /** Port it listens on when started alone (PORT overrides). */
  port: number;
  resolvers: [Class, ...Class[]];
  /** `{ Department: { __resolveReference } }`: how this subgraph finds its entities by key. */
  references?: ReferenceResolvers;
  /** Types the schema must contain even though no resolver returns them directly. */
  orphanedTypes?: Class[];
  entities: Class[];
  migrations: Class[];
  /**
   * Plain HTTP routes beside /graphql (an open-data download, a report's PDF), mounted before it. `context`
   * verifies the request's token and session as /graphql does, for routes that need a caller.
   */
  httpRoutes?: (
    app: Express,
    deps: { dataSource: DataSource; log: Logger; secret: string; context: (req: Request) => Promise<RequestContext> },
  ) => void;
  /**
   * GET paths (Express patterns) of httpRoutes that the gateway passes through with the Authorization header:
   * open-data exports, and routes that check their caller themselves.
   */
  publicHttpPaths?: string[];
  /**
   * Only the subgraph that owns login sessions (directory): which session ids are live, from its own
   * tables. Every other subgraph asks that one over HTTP (SessionGuard, cached for a few seconds).
   */
  sessions?: (dataSource: DataSource) => SessionLookup;
  /**
   * Checks the environment before anything opens or listens (e.g. a key the subgraph cannot work
   * without); throws a message naming the variable, so a misconfigured service never reports ready.
   */
  preflight?: () => void;
  /**
   * How this subgraph's outbox messages reach their receivers, by topic. With any, a deliverer runs beside
   * the server (polling OUTBOX_POLL_MS) and stops with it.
   */
  outbox?: OutboxHandlers;
  /**
   * Work the subgraph does on its own every `everyMs` (e.g. marking orders overdue). Its state lives in
   * the subgraph's tables, so it survives restarts; nothing outside the system (no cron) is needed.
   */
  schedules?: ScheduledJob[];
  /** Demo data for an empty database; must be idempotent. */
  seed?: (dataSource: DataSource, options: SeedOptions) => Promise<void>;
}

export const defineSubgraph = (definition: SubgraphDefinition): SubgraphDefinition => definition;
