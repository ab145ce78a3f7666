import mysql from 'mysql2/promise';

export type Target = 'limit' | 'subgraph' | 'gateway';
export const TARGETS: Target[] = ['limit', 'subgraph', 'gateway'];
/** One request of a scenario against one target; throws on any error, so a fast failure never looks like speed. */
export type Run = () => Promise<unknown>;

export interface Timing {
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const round = (x: number, digits = 2) => +x.toFixed(digits);

/**
 * Latency one request at a time, the targets interleaved round by round (limit, subgraph, gateway, limit, …)
 * so that whatever else the machine does falls on all three alike. CPU is the whole process's (every
 * subgraph, the gateway and the client run in it) around each request.
 */
export async function timeInterleaved(runs: Record<Target, Run>, rounds: number, warmup: number) {
  const samples = Object.fromEntries(TARGETS.map((t) => [t, [] as number[]])) as Record<Target, number[]>;
  const cpu = Object.fromEntries(TARGETS.map((t) => [t, 0])) as Record<Target, number>;
  for (let i = 0; i < warmup + rounds; i += 1) {
    for (const target of TARGETS) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await runs[target]();
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpuBefore);
      if (i < warmup) continue; // warm caches, JIT and connection pools
      samples[target].push(elapsed);
      cpu[target] += (used.user + used.system) / 1000;
    }
  }
  return Object.fromEntries(
    TARGETS.map((t) => {
      const sorted = samples[t].sort((a, b) => a - b);
      return [
        t,
        {
          medianMs: round(quantile(sorted, 0.5)),
          p95Ms: round(quantile(sorted, 0.95)),
          p99Ms: round(quantile(sorted, 0.99)),
          cpuMsPerRequest: round(cpu[t] / Math.max(1, rounds)),
        },
      ];
    }),
  ) as Record<Target, Timing>;
}

/** Requests per second with `concurrency` callers each sending its next request as soon as the last one answered. */
export async function throughput(run: Run, requests: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        await run();
      }
    }),
  );
  return round(requests / ((performance.now() - started) / 1000), 1);
}

/**
 * SQL statements per request by MariaDB's own count (GLOBAL `Questions`): the server is shared with other
 * work, so the least of several tries is taken, less the calibration (the status query itself). `counted`
 * is the same from the subgraphs' TypeORM logger and the limit's own tally, which nothing else disturbs.
 */
export class StatementMeter {
  private constructor(private readonly connection: mysql.Connection) {}

  static async open(url: URL): Promise<StatementMeter> {
    const connection = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username || 'root'),
      password: decodeURIComponent(url.password),
    });
    return new StatementMeter(connection);
  }

  private async questions(): Promise<number> {
    const [rows] = await this.connection.query("SHOW GLOBAL STATUS LIKE 'Questions'");
    return Number((rows as { Value: string }[])[0]!.Value);
  }

  /** MariaDB's least count over `tries` requests, and the in-process count of the same request. */
  async measure(
    run: Run,
    counted: () => number,
    reset: () => void,
    tries = 3,
  ): Promise<{ server: number; counted: number }> {
    let calibration = Infinity;
    for (let i = 0; i < tries; i += 1) {
      const before = await this.questions();
      calibration = Math.min(calibration, (await this.questions()) - before);
    }
    let server = Infinity;
    let inProcess = Infinity;
    for (let i = 0; i < tries; i += 1) {
      reset();
      const before = await this.questions();
      await run();
      server = Math.min(server, (await this.questions()) - before - calibration);
      inProcess = Math.min(inProcess, counted());
    }
    return { server, counted: inProcess };
  }

  close(): Promise<void> {
    return this.connection.end();
  }
}
