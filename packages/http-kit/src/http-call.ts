import { Agent, request } from 'undici';

/**
 * An answer read whole: the part of a fetch Response that the gateway and the subgraphs read (status, headers, body as
 * text or JSON), without building a WHATWG Response and its streams for every call between our own services. Its
 * text is never consumed, so requests that shared one answer each parse their own copy of it.
 */
export class HttpAnswer {
  private readonly byName: Map<string, string>;
  constructor(
    readonly url: string,
    readonly status: number,
    headers: Iterable<[string, string]>,
    private readonly body: string,
  ) {
    this.byName = new Map([...headers].map(([k, v]) => [k.toLowerCase(), v]));
  }
  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }
  get statusText(): string {
    return String(this.status);
  }
  readonly headers = { get: (name: string): string | null => this.byName.get(name.toLowerCase()) ?? null };
  async text(): Promise<string> {
    return this.body;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.body) as unknown;
  }
}

/** One pool of keep-alive connections per process for every service it calls (undici's Agent, one pool per origin). */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 64 });

/** A header value undici may hand back as several. */
const single = (value: string | string[] | undefined): string =>
  Array.isArray(value) ? value.join(', ') : (value ?? '');

/**
 * The one network call from one of our services to another (gateway to subgraph, subgraph to subgraph or gateway):
 * undici's request on the process's keep-alive connections, without the Response objects and web streams of Node's
 * own fetch (bench/client-ab.ts measures both), read whole into an HttpAnswer. The timeout's AbortSignal bounds the
 * call, body included; a refused connection or a timeout rejects, as fetch does.
 */
export async function sendHttp(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<HttpAnswer> {
  const response = await request(url, {
    method: (init.method ?? 'POST') as 'POST',
    headers: init.headers,
    body: init.body,
    signal: AbortSignal.timeout(timeoutMs),
    dispatcher: agent,
  });
  const text = await response.body.text();
  const headers = Object.entries(response.headers).map(([k, v]): [string, string] => [k, single(v)]);
  return new HttpAnswer(url, response.statusCode, headers, text);
}
