// `npm start`: the whole system on one machine. Each subgraph runs as its own process (as in
// production), on SQLite under ./data unless DATABASE_URL points at MySQL; the gateway serves
// GraphQL, GraphiQL and the console on PORT (4000). Ctrl-C stops everything. GATEWAY_WORKERS=n and
// SUBGRAPH_WORKERS=n (MySQL only) serve each port from n processes (workers.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@integrity/logging';
import { seedDemoFromEnv } from '@integrity/subgraph-kit';
import { REPO_ROOT, subgraphEntries, subgraphUrlOverrides } from './paths.js';
import { startGatewayFromEnv } from './gateway-process.js';
import { settingOrExit, subgraphWorkerCount, superviseWorkers, workerCount } from './workers.js';

const log = createLogger('launcher');
const children: ChildProcess[] = [];
let stopping = false;

/**
 * Secrets come from the environment. For a local run without them, make them once and keep them in
 * the git-ignored data folder (mode 0600) beside the databases they protect, so encrypted fields
 * stay readable and logins survive a restart. Deployments set them in the environment instead: with
 * NODE_ENV=production nothing is generated and a missing one refuses the start, naming it.
 */
function localSecrets(): void {
  const needed = ['JWT_SECRET', 'DATA_ENCRYPTION_KEY'].filter((k) => !process.env[k]);
  if (!needed.length) return;
  if (process.env.NODE_ENV === 'production') {
    log.error(
      `refusing to start: ${needed.join(' and ')} must be set in the environment (NODE_ENV=production generates no secrets)`,
      { missing: needed },
    );
    process.exit(1);
  }
  const dir = process.env.DATA_DIR ?? resolve(REPO_ROOT, 'data');
  const file = resolve(dir, 'local-secrets.json');
  mkdirSync(dir, { recursive: true });
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const key of needed) {
    stored[key] ??= randomBytes(32).toString('hex');
    process.env[key] = stored[key];
  }
  writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  log.warn('secrets not in the environment: using local ones kept in data/local-secrets.json', { keys: needed });
}
localSecrets();

// GATEWAY_WORKERS and SUBGRAPH_WORKERS, checked before anything starts
const workers = settingOrExit(log, () => ({
  gateway: workerCount('GATEWAY_WORKERS'),
  subgraph: subgraphWorkerCount(log),
}));
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** A child has exited once it has an exit code or was ended by a signal (then exitCode stays null). */
const exited = (c: ChildProcess) => c.exitCode !== null || c.signalCode !== null;

let closeGateway: (() => Promise<void>) | null = null;

/** Stop the gateway (so /health stops answering) and every child, then exit; never waits more than 10 s. */
async function stop(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => undefined);
  stopping = true;
  setTimeout(() => {
    for (const child of children) if (!exited(child)) child.kill('SIGKILL');
    process.exit(code);
  }, 10_000).unref();
  await closeGateway?.().catch(() => undefined);
  for (const child of children) if (!exited(child)) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (exited(c) ? null : new Promise((r) => c.once('exit', r)))));
  process.exit(code);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

async function waitReady(name: string, url: string, child: ChildProcess): Promise<void> {
  const ready = url.replace(/\/graphql$/, '/ready');
  for (let i = 0; i < 600; i += 1) {
    if (exited(child)) throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) while starting`);
    try {
      if ((await fetch(ready, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${ready}`);
}

try {
  const overrides = subgraphUrlOverrides();
  const entries = subgraphEntries().map((e) => ({ ...e, url: overrides[e.name] ?? e.url }));
  await Promise.all(
    entries.map(async ({ name, url, workspace }) => {
      // one process runs the subgraph's own main; several, a cluster primary in front of them
      const args =
        workers.subgraph > 1
          ? [here('./subgraph-process.js'), name]
          : [resolve(REPO_ROOT, workspace, 'dist/src/main.js')];
      const child = spawn(process.execPath, args, {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          PORT: new URL(url).port,
          DATA_DIR: process.env.DATA_DIR ?? resolve(REPO_ROOT, 'data'),
          // supervision reads other domains' figures through the gateway started below
          GATEWAY_URL: process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.PORT ?? 4000}/graphql`,
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      children.push(child);
      child.once('exit', (code, signal) => {
        if (!stopping) {
          log.error('subgraph stopped unexpectedly; stopping everything', { subgraph: name, code, signal });
          void stop(1);
        }
      });
      await waitReady(name, url, child);
    }),
  );
  const subgraphUrls = Object.fromEntries(entries.map((e) => [e.name, e.url]));
  let gatewayPort: number;
  if (workers.gateway === 1) {
    const gateway = await startGatewayFromEnv(createLogger('gateway'), subgraphUrls);
    closeGateway = gateway.close;
    gatewayPort = gateway.port;
  } else {
    process.env.APOLLO_TELEMETRY_DISABLED = 'true';
    const pool = superviseWorkers({
      exec: here('./gateway-worker.js'),
      count: workers.gateway,
      log,
      // the workers read the subgraphs' URLs as a production gateway does
      envFor: () =>
        Object.fromEntries(Object.entries(subgraphUrls).map(([n, url]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, url])),
    });
    closeGateway = () => pool.stop('SIGTERM');
    gatewayPort = await pool.ready;
  }
  process.stdout.write(
    [
      '',
      `  Integrity Graph is running (${entries.length} subgraphs, ${process.env.DATABASE_URL ? 'MySQL' : 'SQLite under ./data'}${workers.gateway > 1 || workers.subgraph > 1 ? `; ${workers.gateway} gateway and ${workers.subgraph} per subgraph processes` : ''}).`,
      `  Console:   http://localhost:${gatewayPort}/`,
      `  GraphiQL:  http://localhost:${gatewayPort}/graphql`,
      seedDemoFromEnv()
        ? `  Demo users: admin, leader, supervisor, rsj, fgj, czj, jxj, hgz, xfj — password ${process.env.DEMO_PASSWORD ? '$DEMO_PASSWORD' : 'demo-password'}`
        : '  No demo data (SEED=demo seeds it).',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n') + '\n',
  );
} catch (error) {
  log.error('could not start', { error });
  await stop(1);
}
