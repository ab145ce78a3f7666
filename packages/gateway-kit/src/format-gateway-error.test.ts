import { createLogger } from '@integrity/logging';
import { describe, expect, it } from 'vitest';
import { formatGatewayError, withoutAddresses } from './format-gateway-error.js';
import { ForwardingDataSource } from './remote-data-source.js';

const format = formatGatewayError(createLogger('test'));

describe('errors leaving the gateway', () => {
  it('drop a subgraph’s address, response body and stack, and hide unexpected messages', () => {
    const leaked = format({
      message: '400: Bad Request',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        response: { url: 'http://127.0.0.1:4702/graphql', body: { secret: 1 } },
        stacktrace: ['at x (/work/a.js:1:1)'],
      },
    });
    expect(JSON.stringify(leaked)).not.toMatch(/127\.0\.0\.1|secret|stacktrace|\/work\//);
    expect(leaked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('keep contract codes, relabel limit refusals as BAD_USER_INPUT and scrub addresses from messages', () => {
    expect(
      format({ message: 'too deep', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'maxDepth' } }).extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
    expect(format({ message: 'x', extensions: { code: 'CONFLICT', id: '1' } }).extensions).toEqual({
      code: 'CONFLICT',
      id: '1',
    });
    expect(
      withoutAddresses('request to http://127.0.0.1:4702/graphql failed; 10.0.0.5:80 and localhost:4001 too'),
    ).toBe('request to (a service) failed; (a service) and (a service) too');
  });

  it('turn a subgraph’s HTTP error into its own coded refusal, or a code by status, never its body', async () => {
    const source = new ForwardingDataSource({ url: 'http://127.0.0.1:1/graphql', name: 'credit' });
    const coded = await source.errorFromResponse(
      new Response(
        JSON.stringify({
          errors: [
            {
              message: 'Variable "$input" got invalid value "2026-02-30" at "input.decisionDate"',
              extensions: { code: 'BAD_USER_INPUT', field: 'decisionDate' },
            },
          ],
        }),
        {
          status: 400,
          headers: { 'content-type': 'application/json' },
        },
      ) as never,
    );
    expect(coded.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'decisionDate', serviceName: 'credit' });
    const bare = await source.errorFromResponse(
      new Response('<html>bad request at 127.0.0.1</html>', { status: 400 }) as never,
    );
    expect(bare.extensions).toEqual({ code: 'BAD_USER_INPUT', serviceName: 'credit' });
    expect(bare.message).not.toMatch(/127|html/);
    expect((await source.errorFromResponse(new Response('boom', { status: 502 }) as never)).extensions).toEqual({
      code: 'DEPENDENCY_UNAVAILABLE',
      serviceName: 'credit',
    });
  });
});
