import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@integrity/subgraph-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { packageHead, streamPackage } from './package-stream.js';
import { releasePackage } from './release.js';

const log = createLogger('test');
const DATE = '2026-03-01T00:00:00.000Z';
let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** A server streaming whatever `chunks()` yields, at a free port. */
async function serve(chunks: () => AsyncIterable<Record<string, unknown>[]>) {
  server = createServer((_req, res) => void streamPackage(res, chunks(), log, DATE));
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const release = (k: number) => ({ ocid: `ocds-x-${k}`, tag: ['tender'], title: '办公设备' });

describe('streamPackage', () => {
  it('writes exactly the bytes of the package built whole, whatever the chunking', async () => {
    const all = [0, 1, 2, 3, 4].map(release);
    const url = await serve(async function* () {
      yield all.slice(0, 2);
      yield [];
      yield all.slice(2);
    });
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe(JSON.stringify(releasePackage(all, DATE)));
  });

  it('writes an empty package as the whole builder would', async () => {
    const url = await serve(async function* () {
      yield* [];
    });
    expect(await (await fetch(url)).text()).toBe(JSON.stringify(releasePackage([], DATE)));
    expect(packageHead(DATE).endsWith('"releases":[')).toBe(true);
  });

  it('answers 500 in JSON when the first chunk fails, before any byte', async () => {
    const url = await serve(() => ({
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('database down')) }),
    }));
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'export failed' });
  });

  it('breaks the response when a later chunk fails, so a truncated package never looks complete', async () => {
    const url = await serve(async function* () {
      yield [release(0)];
      throw new Error('database down');
    });
    // the socket is reset: the client sees an error, before or during the body, never a complete answer
    await expect(fetch(url).then((response) => response.text())).rejects.toThrow();
  });

  it('reads no further than the client takes, and stops when it goes away', async () => {
    let pulled = 0;
    let finished = false;
    const big = Array.from({ length: 200 }, (_, k) => ({ ...release(k), padding: 'x'.repeat(5_000) })); // ~1 MB
    const url = await serve(async function* () {
      try {
        for (;;) {
          pulled += 1;
          yield big;
        }
      } finally {
        finished = true;
      }
    });
    const abort = new AbortController();
    const response = await fetch(url, { signal: abort.signal });
    const reader = response.body!.getReader();
    await reader.read();
    await new Promise((done) => setTimeout(done, 300));
    // the socket's buffers hold a few chunks at most; without back-pressure this would be hundreds
    expect(pulled).toBeLessThan(20);
    abort.abort();
    await new Promise((done) => setTimeout(done, 300));
    expect(finished).toBe(true);
    const after = pulled;
    await new Promise((done) => setTimeout(done, 200));
    expect(pulled).toBe(after);
  });
});
