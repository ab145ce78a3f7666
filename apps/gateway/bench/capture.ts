import { ForwardingDataSource, sendToSubgraph } from '@integrity/gateway-kit';

/**
 * The "subgraph" target: the very requests the gateway's query plan sends to the subgraphs, captured once
 * from the gateway (recorded at its one network call, ForwardingDataSource.send) and then sent straight to the subgraphs, in the
 * same waves (a request that started before an earlier one answered runs beside it). What remains between
 * this and the gateway is query planning, the gateway's HTTP hops and the merging of the answers.
 * The captured headers carry the gateway's service credential, which lives 300 s (and the gateway reuses it for
 * up to 240 s, so a capture may hold one with a minute left): the plan is captured again 30 s before the first
 * captured token expires, once the requests in flight have ended (a subgraph's own onward fetches would otherwise
 * be recorded into the new plan).
 */
interface Captured {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
  started: number;
  ended: number;
}

/** BENCH_RECAPTURE_MS recaptures at least that often, to try the path; the tokens' expiry decides otherwise. */
const RECAPTURE_AFTER_MS = Number(process.env.BENCH_RECAPTURE_MS ?? Infinity);

/** 30 s before the earliest `exp` of the bearer tokens and gateway credentials in the captured headers. */
function renewalDue(waves: Captured[][]): number {
  let earliest = Infinity;
  for (const entry of waves.flat())
    for (const [name, value] of Object.entries(entry.init.headers)) {
      if (name !== 'x-gateway-credential' && name !== 'authorization') continue;
      const payload = value.replace(/^Bearer /, '').split('.')[1];
      if (!payload) continue;
      const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number }).exp;
      if (exp) earliest = Math.min(earliest, exp * 1000 - 30_000);
    }
  return earliest;
}

/** Replays are sent as the gateway sends (sendToSubgraph), around the capture's patched method. */
const REPLAY_TIMEOUT_MS = 30_000;

async function capturePlan(subgraphUrls: string[], run: () => Promise<unknown>): Promise<Captured[][]> {
  const captured: Captured[] = [];
  // the gateway's one network call, recorded for the time of the capture
  const original = ForwardingDataSource.prototype.send;
  ForwardingDataSource.prototype.send = async function (this: ForwardingDataSource, url: string, init: RequestInit) {
    if (!subgraphUrls.includes(url)) return original.call(this, url, init);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      if (key !== 'content-length') headers[key] = value;
    });
    const entry: Captured = {
      url,
      init: { method: 'POST', headers, body: String(init.body ?? '') },
      started: performance.now(),
      ended: Infinity,
    };
    captured.push(entry);
    const answer = await original.call(this, url, init);
    entry.ended = performance.now();
    return answer;
  };
  try {
    await run();
  } finally {
    ForwardingDataSource.prototype.send = original;
  }
  if (!captured.length) throw new Error('the capture recorded no subgraph request (was the answer cached?)');
  const waves: Captured[][] = [];
  for (const entry of captured) {
    const wave = waves[waves.length - 1];
    if (wave && wave.every((earlier) => earlier.ended > entry.started)) wave.push(entry);
    else waves.push([entry]);
  }
  return waves;
}

/**
 * Capture the plan of `run` (a gateway request) and return a run that sends it straight to the subgraphs,
 * capturing afresh when the capture is old; any error answer fails the run.
 */
export async function planReplay(subgraphUrls: string[], run: () => Promise<unknown>): Promise<() => Promise<void>> {
  let waves = await capturePlan(subgraphUrls, run);
  let capturedAt = Date.now();
  let renewAt = renewalDue(waves);
  let recapture: Promise<void> | undefined;
  let inflight = 0;
  let idle: (() => void) | undefined;
  return async () => {
    if (!recapture && (Date.now() >= renewAt || Date.now() - capturedAt >= RECAPTURE_AFTER_MS))
      recapture = (async () => {
        while (inflight > 0) await new Promise<void>((resolve) => (idle = resolve));
        waves = await capturePlan(subgraphUrls, run);
        capturedAt = Date.now();
        renewAt = renewalDue(waves);
      })().finally(() => (recapture = undefined));
    if (recapture) await recapture;
    inflight += 1;
    try {
      for (const wave of waves) {
        await Promise.all(
          wave.map(async (entry) => {
            const answer = await sendToSubgraph(entry.url, entry.init, REPLAY_TIMEOUT_MS);
            const result = (await answer.json()) as { errors?: unknown[] };
            if (answer.status !== 200 || result.errors?.length)
              throw new Error(`subgraph ${entry.url} answered ${answer.status}: ${JSON.stringify(result.errors)}`);
          }),
        );
      }
    } finally {
      inflight -= 1;
      if (inflight === 0) idle?.();
    }
  };
}
