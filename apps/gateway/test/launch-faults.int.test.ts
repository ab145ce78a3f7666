import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_DIR, REPO_ROOT, subgraphEntries } from '../src/paths.js';

const LAUNCH = resolve(GATEWAY_DIR, 'dist/src/launch.js');

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function run(file: string, env: NodeJS.ProcessEnv): Run {
  let output = '';
  const child = spawn(process.execPath, [file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exit };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
  ]);

const baseEnv = (dataDir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.JWT_SECRET;
  delete env.DATA_ENCRYPTION_KEY;
  delete env.SEED;
  const base = 20000 + Math.floor(Math.random() * 20000);
  subgraphEntries().forEach(
    (s, i) => (env[`SUBGRAPH_URL_${s.name.toUpperCase()}`] = `http://127.0.0.1:${base + i}/graphql`),
  );
  return env;
};

describe('production defaults and launcher faults', () => {
  const dirs: string[] = [];
  const children: ChildProcess[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'igt-launch-faults-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('with NODE_ENV=production the launcher generates no secrets: it refuses to start, naming what is missing', async () => {
    const env = { ...baseEnv(tempDir()), NODE_ENV: 'production' };
    const launcher = run(LAUNCH, env);
    children.push(launcher.child);
    expect(await within(launcher.exit, 20_000)).toBe(1);
    expect(launcher.output()).toMatch(/JWT_SECRET and DATA_ENCRYPTION_KEY must be set/);
    const onlyKey = run(LAUNCH, { ...env, JWT_SECRET: randomBytes(32).toString('hex') });
    children.push(onlyKey.child);
    expect(await within(onlyKey.exit, 20_000)).toBe(1);
    expect(onlyKey.output()).toMatch(/refusing to start: DATA_ENCRYPTION_KEY must be set/);
  });

  it('credit refuses to start with a missing or malformed encryption key, saying so, instead of reporting ready', async () => {
    const credit = resolve(REPO_ROOT, 'apps/credit/dist/src/main.js');
    const env: NodeJS.ProcessEnv = {
      ...baseEnv(tempDir()),
      JWT_SECRET: randomBytes(32).toString('hex'),
      PORT: '0',
      DATA_ENCRYPTION_KEY: 'not-hex',
    };
    const malformed = run(credit, env);
    children.push(malformed.child);
    expect(await within(malformed.exit, 30_000)).toBe(1);
    expect(malformed.output()).toMatch(/DATA_ENCRYPTION_KEY must be set to 64 hex characters/);
    delete env.DATA_ENCRYPTION_KEY;
    const missing = run(credit, env);
    children.push(missing.child);
    expect(await within(missing.exit, 30_000)).toBe(1);
    expect(missing.output()).toMatch(/DATA_ENCRYPTION_KEY/);
  });

  it('in production seeds no demo users; a subgraph that dies makes the launcher stop the rest and exit non-zero', async () => {
    const env = {
      ...baseEnv(tempDir()),
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    };
    const launcher = run(LAUNCH, env);
    children.push(launcher.child);
    let url = '';
    for (let i = 0; i < 360 && !url && launcher.child.exitCode === null; i += 1) {
      const match = /GraphiQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(launcher.output());
      if (match) url = `http://127.0.0.1:${match[1]}`;
      else await new Promise((r) => setTimeout(r, 250));
    }
    if (!url) throw new Error(`launcher did not start:\n${launcher.output()}`);
    expect(launcher.output()).toMatch(/No demo data/);
    const login = (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "demo-password") { token } }' }),
      })
    ).json()) as { errors?: { extensions: { code: string } }[] };
    expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');

    const subgraphPids = execFileSync('pgrep', ['-P', String(launcher.child.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(Number);
    expect(subgraphPids.length).toBe(subgraphEntries().length);
    process.kill(subgraphPids[1]!, 'SIGKILL');
    expect(await within(launcher.exit, 15_000)).toBe(1);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    for (const pid of subgraphPids) expect(() => process.kill(pid, 0)).toThrow();
  }, 120_000);
});
