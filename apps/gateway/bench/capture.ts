/**
 * The "subgraph" target: the very requests the gateway's query plan sends to the subgraphs, captured once
 * from the gateway (it fetches with Node's global fetch) and then sent straight to the subgraphs, in the
 * same waves (a request that started before an earlier one answered runs beside it). What remains between
 * this and the gateway is query planning, the gateway's HTTP hops and the merging of the answers.
 */
interface Captured {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
  started: number;
  ended: number;
}

export async function capturePlan(subgraphUrls: string[], run: () => Promise<unknown>): Promise<Captured[][]> {
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

/** Send the captured waves straight to the subgraphs; any error answer fails the run. */
export function replayPlan(waves: Captured[][]): () => Promise<void> {
  return async () => {
    for (const wave of waves) {
      await Promise.all(
        wave.map(async (entry) => {
          const response = await fetch(entry.url, entry.init);
          const result = (await response.json()) as { errors?: unknown[] };
          if (!response.ok || result.errors?.length)
            throw new Error(`subgraph ${entry.url} answered ${response.status}: ${JSON.stringify(result.errors)}`);
        }),
      );
    }
  };
}
