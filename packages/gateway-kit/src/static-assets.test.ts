import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compressResponses,
  consoleStatic,
  IMMUTABLE,
  isHashedAsset,
  REVALIDATE,
  sendConsoleIndex,
} from './static-assets.js';

describe('console delivery', () => {
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/assets/index-DqptmXha.js"></script>');
    writeFileSync(join(dir, 'assets', 'index-DqptmXha.js'), `console.log(${JSON.stringify('政务诚信'.repeat(2000))});`);
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    const app = express();
    app.use(compressResponses());
    app.get(
      '/graphql',
      (_req, res) =>
        void res.json({ data: { items: Array.from({ length: 500 }, (_, i) => ({ id: i, name: '饶平县' })) } }),
    );
    app.use(consoleStatic(dir));
    app.use((_req, res) => sendConsoleIndex(res, dir));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  it('recognises Vite’s hashed file names only', () => {
    expect(isHashedAsset('/srv/dist/assets/index-DqptmXha.js')).toBe(true);
    expect(isHashedAsset('/srv/dist/assets/exceljs.min-CDmtrTPY.js')).toBe(true);
    expect(isHashedAsset('/srv/dist/index.html')).toBe(false);
    expect(isHashedAsset('/srv/dist/favicon.svg')).toBe(false);
  });

  it('caches hashed assets for a year and compresses them with brotli', async () => {
    const res = await fetch(`${base}/assets/index-DqptmXha.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(await res.text()).toContain('政务诚信');
  });

  it('revalidates index.html and other files on every visit', async () => {
    for (const path of ['/', '/dashboard', '/favicon.svg']) {
      const res = await fetch(base + path, { headers: { accept: 'text/html' } });
      expect(res.headers.get('cache-control')).toBe(REVALIDATE);
    }
  });

  it('gzips GraphQL answers for a client without brotli', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { data: { items: unknown[] } }).data.items).toHaveLength(500);
  });
});
