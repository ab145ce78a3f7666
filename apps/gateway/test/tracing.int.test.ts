import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { subgraph as directory } from '@integrity/directory';
import { startStack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Tracing is the operator's choice: with TRACING_OTLP_ENDPOINT set, the gateway's spans go to that
// collector (here a local stand-in) and nowhere else.
describe('opt-in OpenTelemetry tracing to the operator’s own collector', () => {
  const received: { path: string; body: string }[] = [];
  let collector: Server;

  beforeAll(async () => {
    collector = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => collector.close(() => r())));

  it('exports the request, plan and fetch spans of a query over OTLP/HTTP when configured', async () => {
    process.env.TRACING_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
    try {
      const stack = await startStack({ subgraphs: [directory], database: 'sqlite' });
      const result = await stack.graphql('{ regions { code name } }');
      expect(result.errors).toBeUndefined();
      await stack.close(); // flushes the batch
    } finally {
      delete process.env.TRACING_OTLP_ENDPOINT;
    }
    const spans = received
      .filter((r) => r.path === '/v1/traces')
      .map((r) => r.body)
      .join('\n');
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.fetch']) expect(spans).toContain(name);
    expect(spans).toContain('integrity-gateway');
  });
});
