// The whole system as `npm start` runs it (dist/src/launch.js: each subgraph its own process, or cluster of
// processes), started on its own ports against databases already prepared, for scale-out.ts.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GATEWAY_DIR, subgraphEntries } from '../src/paths.js';

export interface LaunchedConfig {
  name: string;
  gatewayWorkers: number;
  subgraphWorkers: number;
  /** The gateway's base URL (http://127.0.0.1:port). */
  url: string;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Every process under `root` (the launcher's subgraphs, their workers, the gateway's workers). */
export function descendants(root: number): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const [pid, ppid] of rows)
      if (ppid === parent) {
        found.push(pid);
        queue.push(pid);
      }
  }
  return found;
}

/** CPU seconds (user + system) the processes have used so far, from /proc; a process gone counts 0. */
export function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      // exited
    }
  }
  return ticks / 100; // USER_HZ
}

/** MariaDB's (or MySQL's) server process, when it runs on this machine. */
export function databasePid(): number | null {
  for (const name of ['mariadbd', 'mysqld'])
    try {
      return Number(execFileSync('pgrep', ['-x', '-o', name], { encoding: 'utf8' }).trim());
    } catch {
      // not this one
    }
  return null;
}

/** Processes the launcher runs besides itself: a primary per subgraph with its workers, and the gateway's. */
export const expectedProcesses = (gateway: number, subgraph: number): number => {
  const n = subgraphEntries().length;
  return n * (subgraph > 1 ? 1 + subgraph : 1) + (gateway > 1 ? gateway : 0);
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Start the launcher with GATEWAY_WORKERS / SUBGRAPH_WORKERS on ports base..base+n, and wait until its banner
 * is out and every worker process exists.
 */
export async function launchConfig(options: {
  name: string;
  gatewayWorkers: number;
  subgraphWorkers: number;
  basePort: number;
  env: NodeJS.ProcessEnv;
}): Promise<LaunchedConfig> {
  const entries = subgraphEntries();
  const gatewayPort = options.basePort + entries.length;
  const env: NodeJS.ProcessEnv = {
    ...options.env,
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    GATEWAY_WORKERS: String(options.gatewayWorkers),
    SUBGRAPH_WORKERS: String(options.subgraphWorkers),
  };
  entries.forEach(
    (s, i) => (env[`SUBGRAPH_URL_${s.name.toUpperCase()}`] = `http://127.0.0.1:${options.basePort + i}/graphql`),
  );
  const child = spawn(process.execPath, [resolve(GATEWAY_DIR, 'dist/src/launch.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const expected = expectedProcesses(options.gatewayWorkers, options.subgraphWorkers);
  for (let i = 0; i < 1200; i += 1) {
    if (child.exitCode !== null) break;
    if (/GraphiQL:/.test(output) && descendants(child.pid!).length >= expected)
      return {
        ...options,
        url: `http://127.0.0.1:${gatewayPort}`,
        child,
        output: () => output,
        stop,
      };
    await sleep(250);
  }
  await stop();
  throw new Error(`${options.name} did not start:\n${output.slice(-4000)}`);
}
