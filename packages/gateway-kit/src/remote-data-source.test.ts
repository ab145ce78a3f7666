import { describe, expect, it } from 'vitest';
import { HttpAnswer } from '@integrity/http-kit';
import { dedupeFromEnv, ForwardingDataSource } from './remote-data-source.js';

const URL_ = 'http://127.0.0.1:1/graphql';

/** A subgraph that answers after a moment, counting what it is sent. */
function sourceWithCounter(dedupe = true) {
  const sent: string[] = [];
  const source = new ForwardingDataSource({ url: URL_, name: 'credit', dedupe });
  source.send = async (_url, init) => {
    sent.push(String(init.body));
    await new Promise((r) => setTimeout(r, 20));
    return new HttpAnswer(
      URL_,
      200,
      [['content-type', 'application/json']],
      JSON.stringify({ data: { n: sent.length } }),
    );
  };
  const call = async (query: string, authorization: string, variables: Record<string, unknown> = {}) => {
    const response = await (source.fetcher as unknown as (url: string, init: RequestInit) => Promise<HttpAnswer>)(
      URL_,
      {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
    );
    return (await response.json()) as { data: { n: number } };
  };
  return { sent, call };
}

describe('sharing identical reads in flight', () => {
  it('sends one request for identical concurrent reads of one caller, each reading its own answer', async () => {
    const { sent, call } = sourceWithCounter();
    const answers = await Promise.all([
      call('{ a }', 'Bearer x'),
      call('{ a }', 'Bearer x'),
      call('{ a }', 'Bearer x'),
    ]);
    expect(sent).toHaveLength(1);
    expect(answers).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    // once answered, the next read goes out again
    await call('{ a }', 'Bearer x');
    expect(sent).toHaveLength(2);
  });

  it('never shares across callers, operations or variables, and never shares a mutation', async () => {
    const { sent, call } = sourceWithCounter();
    await Promise.all([
      call('{ a }', 'Bearer x'),
      call('{ a }', 'Bearer y'),
      call('{ b }', 'Bearer x'),
      call('query ($v: Int) { a(v: $v) }', 'Bearer x', { v: 1 }),
      call('query ($v: Int) { a(v: $v) }', 'Bearer x', { v: 2 }),
      call('mutation { m }', 'Bearer x'),
      call('mutation { m }', 'Bearer x'),
      call('\n  mutation M { m }', 'Bearer x'),
      call('\n  mutation M { m }', 'Bearer x'),
    ]);
    expect(sent).toHaveLength(9);
  });

  it('can be turned off (GATEWAY_DEDUPE=off)', async () => {
    const { sent, call } = sourceWithCounter(false);
    await Promise.all([call('{ a }', 'Bearer x'), call('{ a }', 'Bearer x')]);
    expect(sent).toHaveLength(2);
    expect(dedupeFromEnv({ GATEWAY_DEDUPE: 'off' })).toBe(false);
    expect(dedupeFromEnv({})).toBe(true);
  });
});
