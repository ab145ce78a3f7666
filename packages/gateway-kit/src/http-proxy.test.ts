import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@integrity/logging';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { passThrough } from './http-proxy.js';

const servers: Server[] = [];
const listen = (server: Server) =>
  new Promise<string>((resolve) => {
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
});

/** A gateway passing /export through to `base`, with short limits for the test. */
const gateway = (base: string, idleTimeoutMs = 2_000) => {
  const app = express();
  app.get('/export', passThrough({ base, subgraph: 'procurement', log: createLogger('test'), idleTimeoutMs }));
  return listen(createServer(app));
};

describe('passThrough', () => {
  it('streams: the first chunk reaches the client while the subgraph is still writing', async () => {
    let finish: (() => void) | undefined;
    const upstream = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-disposition': 'attachment' });
        res.write('{"releases":[');
        finish = () => res.end(']}');
      }),
    );
    const answer = await fetch(`${await gateway(upstream)}/export`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe('attachment');
    const reader = answer.body!.getReader();
    // had the gateway buffered the body, this read would wait for ever: the subgraph has not finished
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('{"releases":[');
    finish!();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe(']}');
  });

  it('answers 502 when the subgraph is down, and cuts the response off when it falls silent mid-body', async () => {
    const down = await fetch(`${await gateway('http://127.0.0.1:9/')}/export`);
    expect(down.status).toBe(502);
    expect(await down.json()).toMatchObject({ error: 'DEPENDENCY_UNAVAILABLE' });

    const silent = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"releases":['); // and nothing more
      }),
    );
    const answer = await fetch(`${await gateway(silent, 200)}/export`);
    expect(answer.status).toBe(200);
    // a truncated body is an error to the client, never a short whole one
    await expect(answer.text()).rejects.toThrow();
  });

  it('stops the subgraph’s request when the client goes away', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((r) => (upstreamClosed = r));
    let writer: ServerResponse | undefined;
    const upstream = await listen(
      createServer((_req, res) => {
        writer = res;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('[');
        res.on('close', () => upstreamClosed());
      }),
    );
    const client = new AbortController();
    const answer = await fetch(`${await gateway(upstream)}/export`, { signal: client.signal });
    await answer.body!.getReader().read();
    client.abort();
    await closed;
    expect(writer!.writableEnded).toBe(false);
  });
});
