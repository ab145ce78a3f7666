import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OutboxMessageEntity, openDataSource } from '@integrity/subgraph-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_DIR, subgraphEntries } from '../src/paths.js';

// What `npm start` runs: every subgraph as its own process on SQLite, the gateway in front, local secrets.
describe('the launcher (npm start) on SQLite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'igt-launch-'));
  const base = 20000 + Math.floor(Math.random() * 20000);
  let launcher: ChildProcess;
  let url = '';
  let output = '';

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    };
    delete env.JWT_SECRET;
    delete env.DATA_ENCRYPTION_KEY;
    subgraphEntries().forEach(
      (s, i) => (env[`SUBGRAPH_URL_${s.name.toUpperCase()}`] = `http://127.0.0.1:${base + i}/graphql`),
    );
    launcher = spawn(process.execPath, [resolve(GATEWAY_DIR, 'dist/src/launch.js')], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    launcher.stdout!.on('data', (chunk) => (output += chunk));
    launcher.stderr!.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 480 && !url; i += 1) {
      const match = /GraphiQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (match) url = `http://127.0.0.1:${match[1]}`;
      else await new Promise((r) => setTimeout(r, 250));
    }
    if (!url) throw new Error(`launcher did not start:\n${output}`);
  }, 150_000);

  afterAll(async () => {
    if (launcher?.exitCode === null) {
      launcher.kill('SIGINT');
      await new Promise((r) => launcher.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  // the subgraphs start together, so the demo's facts for credit are first sent before credit listens; each
  // subgraph's /ready waits for them (startup-backlog.ts), else the county opened half-told for a few seconds
  it('opens once what the subgraphs held for each other at start has been delivered', async () => {
    const counts = { delivered: 0, due: 0 };
    for (const { name } of subgraphEntries()) {
      const { dataSource } = await openDataSource({
        target: { kind: 'sqlite', file: join(dataDir, `${name}.sqlite`) },
        entities: [OutboxMessageEntity],
        migrations: [],
      });
      try {
        const rows = await dataSource.getRepository(OutboxMessageEntity).find();
        const now = new Date().toISOString();
        counts.delivered += rows.filter((m) => m.deliveredAt).length;
        // due, or tried and failed (waiting for a retry): either is a fact still on its way
        counts.due += rows.filter((m) => !m.deliveredAt && (m.nextAttemptAt <= now || m.attempts > 0)).length;
      } finally {
        await dataSource.destroy();
      }
    }
    expect(counts.delivered).toBeGreaterThan(0); // the demo has facts to tell: breaches, overdue commitments
    expect(counts.due).toBe(0);
  });

  it('starts every subgraph, seeds demo data and answers the contract query as leader', async () => {
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    const post = async (query: string, token?: string) =>
      (await (
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data: Record<string, never> };
    const login = await post('mutation { login(username: "leader", password: "demo-password") { token } }');
    const token = (login.data.login as { token: string }).token;
    const result = await post('{ departments { items { name region { name } } total } }', token);
    expect((result.data.departments as { total: number }).total).toBeGreaterThanOrEqual(50);
  });

  it('keeps generated secrets in the data folder, readable by the owner only', () => {
    expect(statSync(join(dataDir, 'local-secrets.json')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'directory.sqlite')).size).toBeGreaterThan(0);
  });

  it('stops every process on Ctrl-C (SIGINT)', async () => {
    launcher.kill('SIGINT');
    const code = await new Promise((r) => launcher.once('exit', r));
    expect(code).toBe(0);
    await expect(fetch(`http://127.0.0.1:${base}/health`)).rejects.toThrow();
  });
});
