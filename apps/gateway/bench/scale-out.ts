// `node dist/bench/scale-out.js [--seconds 10] [--rounds 2] [--scale 1]`: the system as `npm start` runs it,
// on fresh MariaDB databases (MYSQL_TEST_URL; dropped afterwards) holding the demo county plus `scale`
// generated counties, three times at once: A = 1 gateway + 1 process per subgraph, B = GATEWAY_WORKERS=2 +
// SUBGRAPH_WORKERS=2, C = A with the gateway's 5 s public response cache (measured for the cached public list
// only). The load generator (load.ts, its own process) runs each scenario against A and B in turn, alternating
// which goes first, and a markdown table is printed; the write mix sends distinct writes (a body file per run)
// and its requests/s are writes/s. A script, never a timed test.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { subgraph as supervision } from '@integrity/supervision';
import { databaseTarget, dropMySqlDatabase, prepareDatabase, today } from '@integrity/subgraph-kit';
import { mysqlTestUrl } from '@integrity/testing';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { generateScale } from '../scale/generate.js';
import { GATEWAY_DIR } from '../src/paths.js';
import { cpuSeconds, databasePid, descendants, launchConfig, type LaunchedConfig } from './scale-out-stack.js';
import { LimitDb } from './limit-db.js';
import { loadFixtures, scenarios, type Fixtures } from './scenarios.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
  },
});
const say = (line: string) => process.stderr.write(`scale-out: ${line}\n`);
const definitions = [directory, credit, procurement, investment, debt, supervision, casework];
const prefix = `igt_so_${Date.now().toString(36)}_${randomBytes(2).toString('hex')}`;
const databaseUrl = Object.assign(new URL(mysqlTestUrl()), { pathname: `/${prefix}` }).toString();
const targets = definitions.map(
  (d) => databaseTarget(d.name, databaseUrl) as Extract<ReturnType<typeof databaseTarget>, { kind: 'mysql' }>,
);
const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex') };
Object.assign(process.env, secrets); // the seeds encrypt ID numbers with the key the processes will read them with

/**
 * Migrate, seed the demo county and add the generated counties, in this process, before anything starts; then
 * pick the rows the write mix writes to, as the in-process suite does.
 */
async function prepare(scale: number): Promise<Fixtures> {
  const opened: Record<string, DataSource> = {};
  try {
    for (const [i, definition] of definitions.entries())
      opened[definition.name] = (
        await prepareDatabase(definition, { target: targets[i]!, seed: true, demoPassword: 'demo-password' })
      ).dataSource;
    await generateScale(opened, { scale, quiet: true });
    const db = new LimitDb(opened);
    try {
      return await loadFixtures(db, today());
    } finally {
      await db.close();
    }
  } finally {
    for (const ds of Object.values(opened)) await ds.destroy();
  }
}

/** Wait (at most a minute) until no outbox holds a message due now: the generated facts have reached credit. */
async function outboxesSettled(): Promise<number> {
  const url = new URL(databaseUrl);
  const db = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: url.username });
  try {
    let waiting = 0;
    for (let i = 0; i < 60; i += 1) {
      waiting = 0;
      for (const t of targets) {
        const [rows] = await db.query(
          `SELECT COUNT(*) AS n FROM \`${t.database}\`.outbox_message
             WHERE delivered_at IS NULL AND attempts = 0 AND next_attempt_at <= ?`,
          [new Date().toISOString()],
        );
        waiting += Number((rows as { n: number }[])[0]!.n);
      }
      if (!waiting) return 0;
      await new Promise((r) => setTimeout(r, 1000));
    }
    return waiting;
  } finally {
    await db.end();
  }
}

interface LoadResult {
  rps: number;
  medianMs: number;
  p95Ms: number;
  requests: number;
  errors: number;
  errorKinds: Record<string, number>;
  clientCpuMs: number;
  /** Shares of the machine's CPU time (all cores) over the run, in %: the configuration's processes, MariaDB. */
  systemCpu: number;
  databaseCpu: number;
  clientCpu: number;
}

/** One run of the load generator in its own process: one body every time, or a file of bodies in turn. */
function load(url: string, body: { body: string } | { file: string }, token?: string): Promise<LoadResult> {
  const args = [resolve(GATEWAY_DIR, 'dist/bench/load.js'), '--url', `${url}/graphql`];
  args.push(...('file' in body ? ['--bodies-file', body.file] : ['--body', body.body]));
  args.push('--concurrency', values.concurrency, '--duration', values.seconds, '--warmup', values.warmup);
  if (token) args.push('--token', token);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  return new Promise((resolvePromise, reject) =>
    child.once('exit', (code) =>
      code === 0 ? resolvePromise(JSON.parse(out) as LoadResult) : reject(new Error(`load.js exited ${code}`)),
    ),
  );
}

async function login(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!) { login(username: $u, password: "demo-password") { token } }',
      variables: { u: username },
    }),
  });
  const result = (await response.json()) as { data?: { login?: { token: string } }; errors?: unknown };
  if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

const started = performance.now();
const configs: LaunchedConfig[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'igt-scale-out-'));
const cleanUp = async () => {
  for (const config of configs) await config.stop();
  for (const target of targets) await dropMySqlDatabase(target).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
};
// the launchers are processes of their own: an interrupted run stops them and drops its databases too
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
try {
  say(`preparing ${prefix}_* (demo county + scale ${values.scale})`);
  const fixtures = await prepare(Number(values.scale));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...secrets,
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn', // a log line per request would be measured too
    APOLLO_TELEMETRY_DISABLED: 'true',
  };
  const base = 21000 + Math.floor(Math.random() * 20000);
  for (const [name, g, s, offset, cache] of [
    ['A', 1, 1, 0, 0],
    ['B', 2, 2, 10, 0],
    ['C', 1, 1, 20, 5],
  ] as const) {
    say(`starting ${name}: GATEWAY_WORKERS=${g} SUBGRAPH_WORKERS=${s} GATEWAY_CACHE_PUBLIC_SECONDS=${cache}`);
    configs.push(
      await launchConfig({
        name,
        gatewayWorkers: g,
        subgraphWorkers: s,
        basePort: base + offset,
        env: { ...env, GATEWAY_CACHE_PUBLIC_SECONDS: String(cache) },
      }),
    );
  }
  /** A and B for every scenario; C, A with the public response cache, for the cached public list alone. */
  const configsFor = (scenario: { publicCacheSeconds?: number }) =>
    configs.filter((c) => (scenario.publicCacheSeconds ? c.name === 'C' : c.name !== 'C'));
  const waiting = await outboxesSettled();
  if (waiting) say(`${waiting} outbox messages still waiting after a minute; measuring anyway`);
  const picked = scenarios(fixtures).filter((s) =>
    [
      'public disclosure list (no token)',
      'public disclosure list (no token, 5 s response cache)',
      'leaders dashboard',
      'write mix (add record, submit bid, record payment)',
    ].includes(s.name),
  );
  const tokens = new Map<string, string>();
  for (const user of new Set(picked.flatMap((s) => (s.user ? [s.user] : []))))
    tokens.set(user, await login(configs[0]!.url, user));
  // each write run its own writes, none sent twice: as many as the fastest run could send, with room to spare
  let written = 0;
  const writesPerRun = Math.ceil((Number(values.seconds) + Number(values.warmup)) * 2_000);
  const bodyOf = (scenario: (typeof picked)[number]) => {
    if (!scenario.writeSubgraph) return { body: JSON.stringify(scenario.operation(1)) };
    const file = join(dataDir, `writes-${written}.json`);
    writeFileSync(
      file,
      JSON.stringify(Array.from({ length: writesPerRun }, (_, k) => scenario.operation(written + k))),
    );
    written += writesPerRun;
    return { file };
  };
  const results = new Map<string, LoadResult[]>();
  const dbPid = databasePid();
  const loadBefore = loadavg()[0]!;
  for (let round = 0; round < Number(values.rounds); round += 1)
    for (const scenario of picked) {
      const order = round % 2 === 0 ? configsFor(scenario) : [...configsFor(scenario)].reverse();
      for (const config of order) {
        const body = bodyOf(scenario); // written before the clocks start
        const pids = [config.child.pid!, ...descendants(config.child.pid!)];
        const [system, database, wall] = [cpuSeconds(pids), cpuSeconds(dbPid ? [dbPid] : []), performance.now()];
        const run = await load(config.url, body, scenario.user ? tokens.get(scenario.user) : undefined);
        const machine = ((performance.now() - wall) / 1000) * cpus().length;
        const share = (seconds: number) => Math.round((seconds / machine) * 100);
        const result = {
          ...run,
          systemCpu: share(cpuSeconds(pids) - system),
          databaseCpu: share(cpuSeconds(dbPid ? [dbPid] : []) - database),
          clientCpu: share(run.clientCpuMs / 1000),
        };
        const key = `${scenario.name}|${config.name}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        say(`round ${round + 1} ${scenario.name} ${config.name}: ${result.rps} req/s, ${result.errors} errors`);
      }
    }
  const rows = picked.flatMap((scenario) =>
    configsFor(scenario).map((config) => {
      const runs = results.get(`${scenario.name}|${config.name}`)!;
      // C against A of the same list uncached
      const a = results.get(`${scenario.name.replace(', 5 s response cache', '')}|A`)!;
      const processes = `${config.gatewayWorkers} gateway + ${config.subgraphWorkers}/subgraph${config.name === 'C' ? ', 5 s cache' : ''}`;
      return `| ${scenario.name} | ${config.name}: ${processes} | ${runs
        .map((r) => r.rps)
        .join(' / ')} | **${mean(runs.map((r) => r.rps))}** | ${mean(runs.map((r) => r.medianMs))} | ${mean(
        runs.map((r) => r.p95Ms),
      )} | ${runs.reduce((n, r) => n + r.errors, 0)} | ${
        config.name === 'A' ? '1.00' : (mean(runs.map((r) => r.rps)) / mean(a.map((r) => r.rps))).toFixed(2)
      } | ${mean(runs.map((r) => r.systemCpu))} / ${mean(runs.map((r) => r.databaseCpu))} / ${mean(runs.map((r) => r.clientCpu))} |`;
    }),
  );
  process.stdout.write(
    [
      `Scale-out, ${values.rounds} rounds × ${values.seconds} s per scenario and configuration (after ${values.warmup} s warm-up), concurrency ${values.concurrency}, A and B alternating (C: the cached list, against A's uncached); demo county + scale ${values.scale}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${Math.round((performance.now() - started) / 1000)} s in all.`,
      '',
      '| scenario | processes | req/s per round | req/s (mean) | median ms | p95 ms | errors | vs A | CPU % of machine: system / MariaDB / load generator |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
} finally {
  await cleanUp();
}
