import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from '@integrity/logging';
import { GraphQLError } from 'graphql';
import { sendHttp, type HttpAnswer } from '@integrity/http-kit';

/** What the gateway knows of the incoming request, handed on to every subgraph call. */
export interface GatewayContext {
  authorization?: string;
  requestId: string;
  /** The socket address the request came from; subgraphs believe it only beside the gateway credential. */
  clientAddress?: string;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** A subgraph request body that reads (mutations are never shared: each must run). */
const isRead = (body: string) => !/"query":"(?:\\[nrt]|\s)*mutation\b/.test(body);

/**
 * The gateway's one network call to a subgraph: http-kit's sendHttp (undici on the process's keep-alive connections,
 * read whole into an HttpAnswer). The benchmark replays plans with it.
 */
export function sendToSubgraph(url: string, init: RequestInit, timeoutMs: number): Promise<HttpAnswer> {
  return sendHttp(
    url,
    { method: init.method, headers: init.headers as Record<string, string>, body: init.body as string },
    timeoutMs,
  );
}

/** GATEWAY_DEDUPE=off turns the sharing of identical in-flight reads off (on by default). */
export const dedupeFromEnv = (env: NodeJS.ProcessEnv = process.env): boolean =>
  !['off', 'false', '0'].includes((env.GATEWAY_DEDUPE ?? '').toLowerCase());

/** Codes a subgraph's refusal keeps when it comes back with an HTTP error status. */
const PASSED_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/**
 * Passes the caller's Authorization header and the request id on to subgraphs: identity is
 * verified again in each subgraph, and one request id ties the log lines of every process together.
 * Every call has a deadline; a subgraph that does not answer in time, cannot be reached or answers with
 * an HTTP error becomes a coded error naming the service, never its address or its response body.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** The subgraph's name as the supergraph knows it (what clients may be told). */
  name = 'a';
  /** The gateway's own credential, so subgraphs that accept only the gateway can tell it is the caller. */
  credential?: () => string | null;
  /** Deadline of one subgraph call, response body included. */
  timeoutMs = 10_000;
  log?: Logger;
  /** Share identical reads in flight: same caller (Authorization), same operation and variables. */
  dedupe = true;
  private readonly inFlight = new Map<string, Promise<HttpAnswer>>();
  /** The one network call (sendToSubgraph); a method, so that the benchmark can record the calls a plan makes. */
  send(url: string, init: RequestInit): Promise<HttpAnswer> {
    return sendToSubgraph(url, init, this.timeoutMs);
  }

  constructor(config: {
    url: string;
    name: string;
    timeoutMs?: number;
    credential?: () => string | null;
    log?: Logger;
    dedupe?: boolean;
  }) {
    super({ url: config.url });
    this.name = config.name;
    if (config.timeoutMs) this.timeoutMs = config.timeoutMs;
    this.credential = config.credential;
    this.log = config.log;
    if (config.dedupe !== undefined) this.dedupe = config.dedupe;
    this.fetcher = ((url: string, init: RequestInit) => this.fetchShared(url, init)) as unknown as Fetcher;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!request.http) return;
    const credential = this.credential?.();
    if (credential) request.http.headers.set('x-gateway-credential', credential);
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
    if (context?.clientAddress) request.http.headers.set('x-client-address', context.clientAddress);
  }

  /**
   * Identical reads in flight are sent once (every leader opening the dashboard at nine asks the same): a request
   * joins one already on its way when the caller's Authorization, the subgraph and the body (operation and
   * variables) are the same, so nobody is ever answered what another identity would be. Each parses its own copy.
   */
  private async fetchShared(url: string, init: RequestInit): Promise<HttpAnswer> {
    const body = typeof init.body === 'string' ? init.body : null;
    if (!this.dedupe || !body || !isRead(body)) return this.send(url, init);
    const authorization = (init.headers as Record<string, string> | undefined)?.authorization ?? '';
    const key = `${authorization}\n${url}\n${body}`;
    let answer = this.inFlight.get(key);
    if (!answer) {
      answer = this.send(url, init).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, answer);
    }
    // read whole and never consumed, so every caller that shared it reads the same text
    return answer;
  }

  /** An HTTP error status: the subgraph's own coded refusal when it sent one (a 400 for a bad variable), else a code by status. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body: unknown = await response.text().then(
      (text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return null;
        }
      },
      () => null,
    );
    const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null)
      ?.errors?.[0];
    const code = first?.extensions?.code;
    if (typeof code === 'string' && PASSED_CODES.has(code) && typeof first?.message === 'string') {
      const field = first.extensions?.field;
      return new GraphQLError(first.message, {
        extensions: { code, ...(typeof field === 'string' ? { field } : {}), serviceName: this.name },
      });
    }
    this.log?.warn('subgraph answered an HTTP error', { service: this.name, status: response.status });
    if (response.status === 401)
      return new GraphQLError('log in to do this', { extensions: { code: 'UNAUTHENTICATED', serviceName: this.name } });
    if (response.status === 403)
      return new GraphQLError('your role does not allow this', {
        extensions: { code: 'FORBIDDEN', serviceName: this.name },
      });
    if (response.status < 500)
      return new GraphQLError(`the ${this.name} service refused the request as malformed`, {
        extensions: { code: 'BAD_USER_INPUT', serviceName: this.name },
      });
    return new GraphQLError(`the ${this.name} service failed; the administrators have the details in the log`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', serviceName: this.name },
    });
  }

  /** A call that failed without an answer (refused connection, deadline passed): DEPENDENCY_UNAVAILABLE naming the service. */
  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError) throw error;
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    this.log?.warn(timedOut ? 'subgraph timed out' : 'subgraph unreachable', {
      service: this.name,
      url: this.url,
      timeoutMs: this.timeoutMs,
      error: String(error),
    });
    throw new GraphQLError(
      timedOut
        ? `the ${this.name} service did not answer within ${this.timeoutMs} ms; its fields are missing from this answer`
        : `the ${this.name} service cannot be reached; its fields are missing from this answer`,
      { extensions: { code: 'DEPENDENCY_UNAVAILABLE', serviceName: this.name } },
    );
  }
}
