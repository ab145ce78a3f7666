import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signServiceToken, signToken, type Caller } from '@integrity/auth';
import { composeSupergraph, startGateway, type RunningGateway } from '@integrity/gateway-kit';
import {
  dropMySqlDatabase,
  startSubgraph,
  subgraphSdl,
  createLogger,
  type DatabaseTarget,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '@integrity/subgraph-kit';
import { mysqlTestUrl } from './mysql.js';

export interface StackOptions {
  subgraphs: SubgraphDefinition[];
  /** mysql (default): fresh databases on MYSQL_TEST_URL, dropped on close; sqlite: files in a temp folder. */
  database?: 'mysql' | 'sqlite';
  /** Seed each subgraph's demo data (default true). */
  seed?: boolean;
  /** Serve this supergraph (e.g. the committed one) instead of composing the given subgraphs afresh. */
  supergraphSdl?: string;
  /** A console build for the gateway to serve at / (browser tests). */
  consoleDir?: string;
  /** required: browsers may send only the console build's registered operations (TRUSTED_DOCUMENTS). */
  trustedDocuments?: 'off' | 'required';
}

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Stack {
  /** Gateway base URL (http://127.0.0.1:port). */
  url: string;
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  secret: string;
  /** POST a GraphQL operation to the gateway, optionally with a bearer token. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  /** Log in through the gateway as a demo user and return the token. */
  login(username: string, password?: string): Promise<string>;
  /**
   * A token for an arbitrary caller, signed with this stack's secret. It names no login session, so a
   * subgraph accepts it only for a service caller; for users it tests what forged or stale tokens get.
   */
  tokenFor(caller: Caller, ttlSeconds?: number): string;
  /** The credential a subgraph calls another with (an outbox delivering, a money step checking credit). */
  serviceToken(service: string): string;
  /** Create a user through the gateway as the demo admin and log in as it: a real session's token. */
  newUserToken(user: {
    username: string;
    roles: string[];
    domains?: string[];
    departmentId?: string | null;
  }): Promise<string>;
  /** Total SQL statements sent by every subgraph since the last reset. */
  sqlCount(): number;
  resetSqlCount(): void;
  /** Stop one subgraph (its database stays): what a receiver being down looks like. */
  stopSubgraph(name: string): Promise<void>;
  /** Start it again on the same port and database. */
  restartSubgraph(name: string): Promise<RunningSubgraph>;
  /**
   * Drain a subgraph's outbox until every message with this key (or of this topic) is delivered; throws after
   * `timeoutMs`. The subgraph's own deliverer polls too, so a test asserts what is delivered, never how many
   * messages one drain sent.
   */
  delivered(subgraph: string, match: { key?: string; topic?: string }, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Start subgraphs (each on its own fresh database) and a gateway in this process, on free ports. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const secret = randomBytes(32).toString('hex');
  // field encryption (e.g. resident ID numbers) needs a key from the environment, as in production
  process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString('hex');
  const database = options.database ?? 'mysql';
  const prefix = `igt_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const sqliteDir = database === 'sqlite' ? mkdtempSync(join(tmpdir(), 'igt-')) : null;
  const targets: DatabaseTarget[] = [];
  const running: RunningSubgraph[] = [];
  const log = createLogger('test');
  let gateway: RunningGateway | undefined;

  const close = async () => {
    await gateway?.close();
    for (const s of running) await s.close().catch(() => undefined);
    for (const t of targets) if (t.kind === 'mysql') await dropMySqlDatabase(t).catch(() => undefined);
    if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  };

  try {
    for (const definition of options.subgraphs) {
      const target: DatabaseTarget =
        database === 'mysql'
          ? { kind: 'mysql', url: new URL(mysqlTestUrl()), database: `${prefix}_${definition.name}` }
          : { kind: 'sqlite', file: join(sqliteDir!, `${definition.name}.sqlite`) };
      targets.push(target);
      const started = await startSubgraph(definition, {
        port: 0,
        target,
        secret,
        seed: options.seed ?? true,
        demoPassword: 'demo-password',
        log: log.child({ subgraph: definition.name }),
      });
      running.push(started);
      // subgraphs that call each other directly (queryService) find this one here
      process.env[`SUBGRAPH_URL_${definition.name.toUpperCase()}`] = started.url;
    }
    const supergraphSdl =
      options.supergraphSdl ??
      composeSupergraph(
        await Promise.all(
          options.subgraphs.map(async (d, i) => ({ name: d.name, url: running[i]!.url, sdl: await subgraphSdl(d) })),
        ),
      ).supergraphSdl;
    gateway = await startGateway({
      supergraphSdl,
      port: 0,
      subgraphUrls: Object.fromEntries(running.map((s) => [s.name, s.url])),
      consoleDir: options.consoleDir,
      trustedDocuments: options.trustedDocuments ?? 'off',
      secret,
      httpProxies: options.subgraphs.flatMap((d) =>
        (d.publicHttpPaths ?? []).map((path) => ({ path, subgraph: d.name })),
      ),
      log: log.child({ subgraph: 'gateway' }),
    });
    // facts waiting in outboxes at start (demo breaches) reach credit before any test reads a figure
    for (const s of running) await s.outbox?.drain();
    // subgraphs that read other domains' figures through federation (queryGateway) find the gateway here
    process.env.GATEWAY_URL = `${gateway.url}/graphql`;
  } catch (error) {
    await close();
    throw error;
  }

  const gw = gateway;
  const graphql: Stack['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as never;
  };

  const login: Stack['login'] = async (username, password = 'demo-password') => {
    const result = await graphql<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };

  return {
    url: gw.url,
    gateway: gw,
    get subgraphs() {
      return Object.fromEntries(running.map((s) => [s.name, s]));
    },
    secret,
    graphql,
    login,
    tokenFor: (caller, ttl) => signToken(caller, secret, ttl),
    serviceToken: (service) => signServiceToken(service, secret),
    async newUserToken(user) {
      const admin = await login('admin');
      const created = await graphql(
        'mutation ($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            username: user.username,
            displayName: user.username,
            password: 'long-enough-pw',
            roles: user.roles,
            domains: user.domains ?? [],
            departmentId: user.departmentId ?? null,
          },
        },
        admin,
      );
      if (created.errors) throw new Error(`could not create ${user.username}: ${JSON.stringify(created.errors)}`);
      return login(user.username, 'long-enough-pw');
    },
    sqlCount: () => running.reduce((n, s) => n + s.counter.count, 0),
    resetSqlCount: () => running.forEach((s) => s.counter.reset()),
    async stopSubgraph(name) {
      const s = running.find((r) => r.name === name);
      if (!s) throw new Error(`no subgraph ${name}`);
      await s.close();
    },
    async delivered(name, match, timeoutMs = 15_000) {
      const s = running.find((r) => r.name === name);
      if (!s?.outbox) throw new Error(`no subgraph ${name} with an outbox`);
      const [column, value] = match.key !== undefined ? ['dedupe_key', match.key] : ['topic', match.topic];
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await s.outbox.drain();
        const rows = (await s.dataSource.query(`SELECT delivered_at FROM outbox_message WHERE ${column} = ?`, [
          value,
        ])) as { delivered_at: string | null }[];
        if (rows.length && rows.every((r) => r.delivered_at !== null)) return;
        if (Date.now() > deadline) throw new Error(`${name}: ${column} ${value} not delivered in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async restartSubgraph(name) {
      const i = running.findIndex((r) => r.name === name);
      if (i < 0) throw new Error(`no subgraph ${name}`);
      running[i] = await startSubgraph(options.subgraphs[i]!, {
        port: running[i]!.port,
        target: targets[i]!,
        secret,
        seed: false,
        demoPassword: 'demo-password',
        log: log.child({ subgraph: name }),
      });
      return running[i]!;
    },
    close,
  };
}

/** The first error's code, for terse assertions. */
export const errorCode = (result: GraphQLResult): unknown => result.errors?.[0]?.extensions?.code;
