import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from './context.js';
import { directoryName } from './directory-client.js';
import { AppError } from './errors.js';
import { Loaders } from './loaders.js';
import { verifyTokenClaims } from '@integrity/auth';
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

describe('service calls answer', () => {
  /** A service that answers every request with `status` and `body`, keeping what it was sent. */
  async function answering(status: number, body: string) {
    const seen: { authorization?: string; requestId?: string; body: string }[] = [];
    const server = createHttpServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        seen.push({
          authorization: req.headers.authorization,
          requestId: req.headers['x-request-id'] as string,
          body: text,
        });
        res.writeHead(status, { 'content-type': 'application/json' }).end(body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    return {
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
      seen,
      close: () => server.close(),
    };
  }

  it("returns the data, sent with the service's own credential and the request id", async () => {
    const service = await answering(200, '{"data":{"x":1}}');
    try {
      const call = () =>
        queryService<{ x: number }>(ctx, { service: 'credit', url: service.url, query: '{ x }', variables: { a: 1 } });
      expect(await call()).toEqual({ x: 1 });
      await call();
      const [first, second] = service.seen;
      expect(JSON.parse(first!.body)).toEqual({ query: '{ x }', variables: { a: 1 } });
      expect(first!.requestId).toBe('r1');
      const token = first!.authorization!.replace(/^Bearer /, '');
      expect(verifyTokenClaims(token, ctx.secret).caller).toMatchObject({ kind: 'service', id: 'procurement' });
      // the credential is kept between calls, not signed for each
      expect(second!.authorization).toBe(first!.authorization);
    } finally {
      service.close();
    }
  });

  it.each([
    [500, '{"errors":[{"message":"boom"}]}'],
    [200, '{"data":null,"errors":[{"message":"refused"}]}'],
    [200, 'not json'],
  ])('an answer %i %s is DEPENDENCY_UNAVAILABLE', async (status, body) => {
    const service = await answering(status, body);
    try {
      const { error } = await refusal(queryService(ctx, { service: 'credit', url: service.url, query: '{ x }' }));
      expect(error.extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', service: 'credit' });
    } finally {
      service.close();
    }
  });
});
