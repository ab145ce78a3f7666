/**
 * The "subgraph" target: the very requests the gateway's query plan sends to the subgraphs, captured once
 * from the gateway (it fetches with Node's global fetch) and then sent straight to the subgraphs, in the
 * same waves (a request that started before an earlier one answered runs beside it). What remains between
 * this and the gateway is query planning, the gateway's HTTP hops and the merging of the answers.
 * The captured headers carry the gateway's service credential, which lives 300 s, so the plan is captured
 * again before it expires (a scale-10 scenario outlasts it).
 */
interface Captured {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
  started: number;
  ended: number;
}

/** Recapture well inside the credential's 300 s (the gateway itself renews it after 240 s); BENCH_RECAPTURE_MS to try it. */
const RECAPTURE_AFTER_MS = Number(process.env.BENCH_RECAPTURE_MS ?? 180_000);

/** Replays go around the capture's patched fetch, so a recapture never records a replay's requests. */
const directFetch = globalThis.fetch;

async function capturePlan(subgraphUrls: string[], run: () => Promise<unknown>): Promise<Captured[][]> {
  const captured: Captured[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!subgraphUrls.includes(url)) return original(input, init);
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      if (key !== 'content-length') headers[key] = value;
    });
    const entry: Captured = {
      url,
      init: { method: 'POST', headers, body: String(init?.body ?? '') },
      started: performance.now(),
      ended: Infinity,
    };
    captured.push(entry);
    const response = await original(input, init);
    const body = await response.text();
    entry.ended = performance.now();
    return new Response(body, { status: response.status, headers: response.headers });
  };
  try {
    await run();
  } finally {
    globalThis.fetch = original;
  }
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
  let capturedAt = performance.now();
  let recapture: Promise<void> | undefined;
  return async () => {
    if (performance.now() - capturedAt > RECAPTURE_AFTER_MS) {
      recapture ??= capturePlan(subgraphUrls, run)
        .then((fresh) => {
          waves = fresh;
          capturedAt = performance.now();
        })
        .finally(() => (recapture = undefined));
      await recapture;
    }
    for (const wave of waves) {
      await Promise.all(
        wave.map(async (entry) => {
          const response = await directFetch(entry.url, entry.init);
          const result = (await response.json()) as { errors?: unknown[] };
          if (!response.ok || result.errors?.length)
            throw new Error(`subgraph ${entry.url} answered ${response.status}: ${JSON.stringify(result.errors)}`);
        }),
      );
    }
  };
}
