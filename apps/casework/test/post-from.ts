import { request } from 'node:http';
import type { GraphQLResult } from '@integrity/testing';

/** POST to the gateway from a given loopback address (127.0.0.x): what the gateway sees as the client. */
export function postFrom<T>(
  url: string,
  from: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
) {
  const body = JSON.stringify({ query, variables });
  return new Promise<GraphQLResult<T>>((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text) as GraphQLResult<T>));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
