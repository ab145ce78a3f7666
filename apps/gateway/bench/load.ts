// `node dist/bench/load.js --url http://127.0.0.1:4000/graphql --body '{"query":"{ … }"}' [--token T]
//  [--concurrency 10] [--duration 10 | --requests N] [--warmup 2]`: a load generator in its own process, so the
// system measured does not share its event loop with the client. Without --body it sends GETs to the URL;
// with --bodies-file (a JSON array of bodies) the n-th request sends the n-th body, so writes stay distinct.
// `concurrency` requests are kept in flight on as many keep-alive connections (an undici Pool); prints
// requests/s, median/p95/p99 latency and errors as one JSON object on stdout.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    body: { type: 'string' },
    'body-file': { type: 'string' },
    'bodies-file': { type: 'string' },
    token: { type: 'string' },
    concurrency: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    requests: { type: 'string' },
    warmup: { type: 'string', default: '0' },
  },
});

const fail = (message: string): never => {
  process.stderr.write(`load: ${message}\n`);
  process.exit(2);
};
const positive = (name: string, raw: string | undefined, allowZero = false): number => {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) fail(`--${name} must be a positive number, got ${raw}`);
  return n;
};

const target = new URL(values.url ?? fail('--url is required'));
const body = values['body-file'] ? readFileSync(values['body-file'], 'utf8') : values.body;
if (body !== undefined) JSON.parse(body); // a malformed body fails here, not as 400s counted as errors
const bodies = values['bodies-file']
  ? (JSON.parse(readFileSync(values['bodies-file'], 'utf8')) as unknown[]).map((b) => JSON.stringify(b))
  : undefined;
if (bodies && !bodies.length) fail('--bodies-file holds no body');
const posting = body !== undefined || bodies !== undefined;
const concurrency = Math.floor(positive('concurrency', values.concurrency));
const durationMs = positive('duration', values.duration) * 1000;
const maxRequests = values.requests ? Math.floor(positive('requests', values.requests)) : Infinity;
const warmupMs = positive('warmup', values.warmup, true) * 1000;

const pool = new Pool(target.origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 30_000 });
const headers: Record<string, string> = {
  accept: 'application/json',
  ...(posting ? { 'content-type': 'application/json' } : {}),
  ...(values.token ? { authorization: `Bearer ${values.token}` } : {}),
};

/** One request: its latency in ms, and what went wrong (a status other than 200, or GraphQL errors). */
async function once(n: number): Promise<{ ms: number; error: string | null }> {
  const started = performance.now();
  try {
    const response = await pool.request({
      path: target.pathname + target.search,
      method: posting ? 'POST' : 'GET',
      headers,
      // past the last body the list starts again: a run longer than the file repeats its writes
      body: bodies ? bodies[n % bodies.length] : body,
    });
    const text = await response.body.text();
    const ms = performance.now() - started;
    if (response.statusCode !== 200) return { ms, error: `HTTP ${response.statusCode}` };
    // parse only what may carry errors: the client's CPU is the server's on a small machine
    if (text.includes('"errors"')) {
      const errors = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors;
      if (errors?.length) return { ms, error: errors[0]?.extensions?.code ?? 'GRAPHQL_ERROR' };
    }
    return { ms, error: null };
  } catch (error) {
    return { ms: performance.now() - started, error: (error as { code?: string }).code ?? String(error) };
  }
}

/** Requests sent so far, warm-up included: the next one's body in --bodies-file. */
let sent = 0;

/** Keep `concurrency` requests in flight until the deadline (or the request budget) is used up. */
async function phase(ms: number, budget: number, record: boolean) {
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const deadline = performance.now() + ms;
  let issued = 0;
  const lane = async () => {
    while (performance.now() < deadline && issued < budget) {
      issued += 1;
      const n = sent;
      sent += 1; // taken before the await: the lanes run interleaved
      const result = await once(n);
      if (!record) continue;
      latencies.push(result.ms);
      if (result.error) errors[result.error] = (errors[result.error] ?? 0) + 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, lane));
  return { latencies, errors, elapsedMs: performance.now() - started };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
const round = (n: number) => Math.round(n * 10) / 10;

if (warmupMs > 0) await phase(warmupMs, Infinity, false);
const { latencies, errors, elapsedMs } = await phase(
  maxRequests === Infinity ? durationMs : Infinity,
  maxRequests,
  true,
);
await pool.close();
const sorted = latencies.sort((a, b) => a - b);
const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({
    url: target.toString(),
    method: posting ? 'POST' : 'GET',
    concurrency,
    seconds: round(elapsedMs / 1000),
    requests: sorted.length,
    errors: errorCount,
    errorKinds: errors,
    rps: round((sorted.length / elapsedMs) * 1000),
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted.at(-1) ?? 0),
    // this process's own CPU (warm-up included): on a small machine it is taken from the system measured
    clientCpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
  })}\n`,
);
