import { serviceToken } from '@integrity/auth';
import { sendHttp, type HttpAnswer } from '@integrity/http-kit';
import type { RequestContext } from './context.js';
import { AppError } from './errors.js';

/** Where a subgraph reaches another: SUBGRAPH_URL_<NAME>, else the local default port. */
export function subgraphUrl(name: string, defaultPort: number): string {
  return process.env[`SUBGRAPH_URL_${name.toUpperCase()}`] ?? `http://127.0.0.1:${defaultPort}/graphql`;
}

/** How long a call to another service may take in all, headers and body (SERVICE_TIMEOUT_MS, default 3000). */
export const serviceTimeoutMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const ms = Number(env.SERVICE_TIMEOUT_MS);
  return Number.isFinite(ms) && ms > 0 ? ms : 3000;
};

/**
 * Who calls: a request's context, or a background job's own (an outbox deliverer, a scheduled sweep), which has
 * no user but signs the same service credential.
 */
export type ServiceCaller = Pick<RequestContext, 'subgraph' | 'secret' | 'requestId' | 'log'>;

/** Where the gateway answers, for a subgraph that reads other domains' figures through federation (GATEWAY_URL). */
export const gatewayUrl = (env: NodeJS.ProcessEnv = process.env): string =>
  env.GATEWAY_URL ?? `http://127.0.0.1:${env.GATEWAY_PORT ?? 4000}/graphql`;

export interface ServiceQuery {
  /** The other subgraph's name (for messages) and URL. */
  service: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  timeoutMs?: number;
}

/**
 * Call another subgraph directly with this subgraph's own short-lived service credential (never
 * only the user's token), passing the request id on. Anything short of a clean answer — no
 * connection, a timeout, a 5xx, GraphQL errors — is DEPENDENCY_UNAVAILABLE: callers must refuse
 * rather than go on unchecked.
 */
export async function queryService<T>(ctx: ServiceCaller, request: ServiceQuery): Promise<T> {
  let response: HttpAnswer;
  try {
    // the timeout bounds the whole exchange: a server that sends headers and then stalls the body times out too
    response = await sendHttp(
      request.url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${serviceToken(ctx.subgraph, ctx.secret)}`,
          'x-request-id': ctx.requestId,
        },
        body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
      },
      request.timeoutMs ?? serviceTimeoutMs(),
    );
  } catch (error) {
    ctx.log.warn('dependency unreachable', { service: request.service, error: String(error) });
    throw new AppError(
      'DEPENDENCY_UNAVAILABLE',
      'DEPENDENCY_DOWN',
      `the ${request.service} service cannot be reached; try again later`,
      { service: request.service, params: { service: request.service } },
    );
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!response.ok || !body?.data || body.errors?.length) {
    ctx.log.warn('dependency failed', { service: request.service, status: response.status, errors: body?.errors });
    throw new AppError(
      'DEPENDENCY_UNAVAILABLE',
      'DEPENDENCY_DOWN',
      `the ${request.service} service did not answer properly; try again later`,
      { service: request.service, params: { service: request.service } },
    );
  }
  return body.data;
}

/**
 * Ask the gateway with this subgraph's service credential: the way a subgraph reads figures that other
 * domains own (through federation, never their tables). Failures are DEPENDENCY_UNAVAILABLE like queryService.
 */
export function queryGateway<T>(
  ctx: ServiceCaller,
  request: { query: string; variables?: Record<string, unknown>; timeoutMs?: number },
): Promise<T> {
  return queryService<T>(ctx, { service: 'gateway', url: gatewayUrl(), ...request });
}
