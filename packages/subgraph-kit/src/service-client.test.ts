import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from './context.js';
import { directoryName } from './directory-client.js';
import { AppError } from './errors.js';
import { Loaders } from './loaders.js';
import { createLogger } from '@integrity/logging';
import { queryService } from './service-client.js';

/** Servers that accept the connection and then never answer (or answer headers and stall the body). */
let silent: Server;
let stalling: Server;
const sockets: Socket[] = [];
const urlOf = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
const ctx = {
  subgraph: 'procurement',
  secret: 'x'.repeat(40),
  requestId: 'r1',
  log: createLogger('test'),
  loaders: new Loaders(),
} as unknown as RequestContext;

beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  stalling = createServer((socket) => {
    sockets.push(socket);
    socket.once('data', () =>
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"data":'),
    );
  });
  await Promise.all([silent, stalling].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))));
});
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  for (const s of [silent, stalling]) s.close();
});

const refusal = async (promise: Promise<unknown>) => {
  const started = Date.now();
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return { error: error as AppError, ms: Date.now() - started };
};

describe('service calls time out', () => {
  it('a service that never answers is DEPENDENCY_UNAVAILABLE within the timeout', async () => {
    const { error, ms } = await refusal(
      queryService(ctx, { service: 'credit', url: urlOf(silent), query: '{ x }', timeoutMs: 300 }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', service: 'credit' });
    expect(error.message).not.toContain('127.0.0.1');
    expect(ms).toBeLessThan(2000);
  });

  it('a service that sends headers and then stalls its body times out too', async () => {
    const { error, ms } = await refusal(
      queryService(ctx, { service: 'credit', url: urlOf(stalling), query: '{ x }', timeoutMs: 300 }),
    );
    expect(error.extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE' });
    expect(ms).toBeLessThan(2000);
  });

  it('a directory-name lookup against a directory that never answers: SERVICE_TIMEOUT_MS, then DEPENDENCY_UNAVAILABLE', async () => {
    const saved = { url: process.env.SUBGRAPH_URL_DIRECTORY, timeout: process.env.SERVICE_TIMEOUT_MS };
    process.env.SUBGRAPH_URL_DIRECTORY = urlOf(silent);
    process.env.SERVICE_TIMEOUT_MS = '300';
    try {
      const { error, ms } = await refusal(directoryName(ctx, 'department', 'd1', 'departmentId'));
      expect(error.extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', service: 'directory' });
      expect(ms).toBeLessThan(2000);
    } finally {
      if (saved.url === undefined) delete process.env.SUBGRAPH_URL_DIRECTORY;
      else process.env.SUBGRAPH_URL_DIRECTORY = saved.url;
      if (saved.timeout === undefined) delete process.env.SERVICE_TIMEOUT_MS;
      else process.env.SERVICE_TIMEOUT_MS = saved.timeout;
    }
  });
});
