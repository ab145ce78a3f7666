import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseCache, responseCacheFromEnv } from './response-cache.js';

/** A GraphQL handler behind the cache that counts what reaches it and answers an error when asked. */
async function serve(publicSeconds: number, callerSeconds: number) {
  let clock = 1_000_000;
  let reached = 0;
  const app = express();
  app.use(express.json());
  app.post('/graphql', responseCache({ publicSeconds, callerSeconds, now: () => clock }), (req, res) => {
    reached += 1;
    const query = String((req.body as { query: string }).query);
    if (query.includes('broken')) return void res.json({ errors: [{ message: 'no' }], data: null });
    res.json({ data: { n: reached } });
  });
  const server = await new Promise<ReturnType<typeof app.listen>>((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const ask = async (query: string, authorization?: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { cache: response.headers.get('x-response-cache'), body: (await response.json()) as unknown };
  };
  return {
    ask,
    reached: () => reached,
    tick: (ms: number) => (clock += ms),
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('the gateway’s response cache', () => {
  let s: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => (s = await serve(5, 0)));
  afterAll(() => s.close());

  it('answers the same anonymous query from memory until its seconds run out, each variable set apart', async () => {
    expect(await s.ask('{ publicList }')).toEqual({ cache: 'MISS', body: { data: { n: 1 } } });
    expect(await s.ask('{ publicList }')).toEqual({ cache: 'HIT', body: { data: { n: 1 } } });
    expect((await s.ask('{ publicList }', undefined, { page: 2 })).cache).toBe('MISS');
    s.tick(4_999);
    expect((await s.ask('{ publicList }')).cache).toBe('HIT');
    s.tick(1);
    expect(await s.ask('{ publicList }')).toEqual({ cache: 'MISS', body: { data: { n: 3 } } });
    expect(s.reached()).toBe(3);
  });

  it('never keeps a mutation, an answer with errors, or a signed-in caller’s answer when that is off', async () => {
    const before = s.reached();
    await s.ask('mutation { fileComplaint }');
    expect((await s.ask('mutation { fileComplaint }')).cache).toBeNull();
    await s.ask('{ broken }');
    expect((await s.ask('{ broken }')).cache).toBe('MISS');
    await s.ask('{ dashboard }', 'Bearer a');
    expect((await s.ask('{ dashboard }', 'Bearer a')).cache).toBeNull();
    // a document with a query and a mutation, no operation named: not a query for certain
    expect((await s.ask('query A { x } mutation B { y }')).cache).toBeNull();
    expect(s.reached() - before).toBe(7);
  });

  it('keeps a signed-in caller’s answer for that Authorization alone when configured', async () => {
    const c = await serve(0, 5);
    try {
      await c.ask('{ dashboard }', 'Bearer a');
      expect((await c.ask('{ dashboard }', 'Bearer a')).cache).toBe('HIT');
      expect((await c.ask('{ dashboard }', 'Bearer b')).cache).toBe('MISS');
      expect((await c.ask('{ dashboard }')).cache).toBeNull();
      expect(c.reached()).toBe(3);
    } finally {
      await c.close();
    }
  });

  it('is off unless configured, and bounded to five minutes', () => {
    expect(responseCacheFromEnv({})).toEqual({ publicSeconds: 0, callerSeconds: 0 });
    expect(responseCacheFromEnv({ GATEWAY_CACHE_PUBLIC_SECONDS: '5', GATEWAY_CACHE_CALLER_SECONDS: '9999' })).toEqual({
      publicSeconds: 5,
      callerSeconds: 300,
    });
  });
});
