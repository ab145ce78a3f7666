// Runs INSIDE a network namespace that has only loopback (the egress test starts it with `unshare -n`):
// brings `lo` up, starts the system exactly as a user does (`npm start`, no special environment but a
// throw-away data folder) under `strace -f`, uses it as a leader would, stops it, and prints one JSON line
// with every network destination the whole process tree tried to reach.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/paths.js';
import { destinations } from './connections.js';

const work = mkdtempSync(join(tmpdir(), 'igt-egress-'));
const traceFile = join(work, 'strace.log');
const port = 4000;
const base = `http://127.0.0.1:${port}`;

const lo = spawnSync('ip', ['link', 'set', 'lo', 'up'], { encoding: 'utf8' });
if (lo.status !== 0) throw new Error(`cannot bring loopback up: ${lo.stderr}`);

// What a user's shell would have: drop what the test runner and an outer turbo put into the environment.
const env: NodeJS.ProcessEnv = {};
for (const [key, value] of Object.entries(process.env)) {
  if (!/^(VITEST|TURBO_|NODE_ENV$|JWT_SECRET$|DATA_ENCRYPTION_KEY$|LOG_LEVEL$|PORT$|CI$|npm_)/.test(key))
    env[key] = value;
}
env.DATA_DIR = join(work, 'data');
env.LOG_LEVEL = 'warn';

let output = '';
// --seccomp-bpf stops the traced processes only at the traced calls, so the system runs at nearly full speed.
const child = spawn(
  'strace',
  [
    '-f',
    '--seccomp-bpf',
    '-qq',
    '-e',
    'trace=connect,sendto,sendmsg,sendmmsg',
    '-e',
    'signal=none',
    '-o',
    traceFile,
    'npm',
    'start',
  ],
  { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);
child.stdout!.on('data', (c) => (output += c));
child.stderr!.on('data', (c) => (output += c));

async function post(query: string, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Record<string, unknown>;
}

let ready = false;
let used = false;
try {
  for (let i = 0; i < 960 && !ready && child.exitCode === null; i += 1) {
    try {
      ready = (await fetch(`${base}/ready`, { signal: AbortSignal.timeout(1000) })).ok;
    } catch {
      // not listening yet
    }
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  if (ready) {
    // Use it as a leader would: the console, GraphiQL, a login and a query that touches every subgraph.
    await fetch(`${base}/`);
    await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    const login = (await post('mutation { login(username: "leader", password: "demo-password") { token } }')) as {
      data?: { login?: { token?: string } };
    };
    const token = login.data?.login?.token;
    const figures = await post(
      '{ departments(pageSize: 200) { items { name creditFileCoverage overduePaymentCount overdueCommitmentCount } } regions { code debtRisk(year: 2026) { year } } }',
      token,
    );
    used = !!token && !!(figures as { data?: unknown }).data;
    // Anything that phones home at start-up (resource detectors, first exports) has had its chance by now.
    await new Promise((r) => setTimeout(r, 3000));
  }
} finally {
  if (child.exitCode === null) {
    process.kill(-child.pid!, 'SIGINT');
    const exited = await Promise.race([
      new Promise((r) => child.once('exit', () => r(true))),
      new Promise((r) => setTimeout(() => r(false), 20_000)),
    ]);
    if (!exited) process.kill(-child.pid!, 'SIGKILL');
  }
}
const trace = readFileSync(traceFile, 'utf8');
rmSync(work, { recursive: true, force: true });
process.stdout.write(
  JSON.stringify({ ready, used, destinations: destinations(trace), output: ready ? '' : output.slice(-4000) }) + '\n',
);
