import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_DIR } from '../src/paths.js';

const MAIN = resolve(GATEWAY_DIR, 'dist/src/main.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The primary's children: its gateway workers. */
const workerPids = (primary: ChildProcess): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(primary.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
};

// The production gateway (main.ts) with GATEWAY_WORKERS=2: no subgraph is needed for /health and `{ __typename }`.
describe('GATEWAY_WORKERS=2: two gateway processes behind one port', () => {
  let primary: ChildProcess | undefined;
  let output = '';

  afterAll(() => {
    for (const pid of primary ? workerPids(primary) : []) process.kill(pid, 'SIGKILL');
    if (primary?.exitCode === null) primary.kill('SIGKILL');
  });

  it('serves through one port, replaces a killed worker, and drains every worker on SIGTERM', async () => {
    primary = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        // outside NODE_ENV=test Apollo Server adds its own signal handlers: the drain must work with them around
        NODE_ENV: 'development',
        GATEWAY_WORKERS: '2',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        JWT_SECRET: randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    primary.stdout!.on('data', (chunk) => (output += chunk));
    primary.stderr!.on('data', (chunk) => (output += chunk));
    const exit = new Promise<number | null>((r) => primary!.once('exit', (code) => r(code)));

    let port = 0;
    // up to 60 s: on a loaded machine three Node processes loading the gateway took more than 12 s to say so
    for (let i = 0; i < 600 && !port; i += 1) {
      port = Number(/"workers":2,"port":(\d+)/.exec(output)?.[1] ?? 0);
      if (!port) await sleep(100);
    }
    if (!port) throw new Error(`the gateway did not start:\n${output}`);
    const url = `http://127.0.0.1:${port}`;
    const typename = async () =>
      (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      ).json()) as { data?: { __typename: string } };

    const before = workerPids(primary);
    expect(before).toHaveLength(2);
    // fresh connections are dealt to the workers in turn; every one is answered
    for (let i = 0; i < 4; i += 1) expect((await typename()).data?.__typename).toBe('Query');

    process.kill(before[0]!, 'SIGKILL');
    let after: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      after = workerPids(primary);
      if (after.length === 2 && !after.includes(before[0]!) && /worker replaced/.test(output)) break;
      await sleep(100);
    }
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[0]);
    expect(after).toContain(before[1]);
    expect(output).toMatch(/worker died; restarting it/);
    for (let i = 0; i < 4; i += 1) expect((await typename()).data?.__typename).toBe('Query');

    primary.kill('SIGTERM');
    expect(await Promise.race([exit, sleep(10_000).then(() => 'still running')])).toBe(0);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(after.filter(alive)).toEqual([]);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  }, 90_000);
});
