// Several processes behind one port (GATEWAY_WORKERS, SUBGRAPH_WORKERS): a node:cluster primary forks the
// workers, which share the listening socket (the primary hands connections out round-robin), restarts one
// that dies and drains them all on SIGTERM/SIGINT.
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@integrity/logging';
import { SUBGRAPH_STARTED } from '@integrity/subgraph-kit';

/** A positive whole number of processes from the environment (default 1); anything else refuses the start. */
export function workerCount(name: string, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error(`${name} must be a whole number from 1 to 64, got "${raw}"`);
  return n;
}

/**
 * Why SUBGRAPH_WORKERS=n cannot run here, or null. SQLite is one embedded file: several writer processes
 * would wait on its lock (SQLITE_BUSY) instead of sharing work, so more than one needs MySQL.
 */
export function subgraphWorkersRefusal(n: number, env: NodeJS.ProcessEnv = process.env): string | null {
  if (n <= 1) return null;
  const url = env.DATABASE_URL ?? '';
  if (/^(mysql|mariadb):/.test(url)) return null;
  return `SUBGRAPH_WORKERS=${n} needs DATABASE_URL=mysql://…: several processes writing one embedded SQLite file would queue on its lock; use SUBGRAPH_WORKERS=1 (the default) on SQLite`;
}

/**
 * With several subgraph processes, login lockouts (directory) and the public complaint limit (casework) are
 * counted in each process's memory unless REDIS_URL is set, so an attacker gets n times the attempts.
 */
export const subgraphWorkersRedisWarning = (n: number, env: NodeJS.ProcessEnv = process.env): string | null =>
  n > 1 && !env.REDIS_URL
    ? `SUBGRAPH_WORKERS=${n} without REDIS_URL: login lockouts and the complaint limit are counted per process (${n}× the attempts)`
    : null;

/** SUBGRAPH_WORKERS as this environment allows it: refused (thrown) on SQLite, warned without REDIS_URL. */
export function subgraphWorkerCount(log: Logger, env: NodeJS.ProcessEnv = process.env): number {
  const n = workerCount('SUBGRAPH_WORKERS', env);
  const refusal = subgraphWorkersRefusal(n, env);
  if (refusal) throw new Error(refusal);
  const warning = subgraphWorkersRedisWarning(n, env);
  if (warning) log.warn(warning);
  return n;
}

/** A setting read before anything starts; one that cannot run stops the process, saying why. */
export function settingOrExit<T>(log: Logger, read: () => T): T {
  try {
    return read();
  } catch (error) {
    log.error(`refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
}

export interface WorkerPoolOptions {
  /** The worker's entry file. */
  exec: string;
  args?: string[];
  count: number;
  log: Logger;
  /** Extra environment for the worker in slot `slot` (1-based); a replacement gets its slot's again. */
  envFor?: (slot: number) => NodeJS.ProcessEnv;
  /**
   * Start slot 1 alone and the others once it has started (it migrates and seeds the database first): once it
   * listens, or with `firstStartedMessage` once it sends SUBGRAPH_STARTED (it has also run the start's jobs).
   */
  firstAlone?: boolean;
  /** Whether slot 1 sends SUBGRAPH_STARTED (the kit's runSubgraph) when its start is over; the others wait for it. */
  firstStartedMessage?: boolean;
  /** How long stop() waits for workers to finish their requests before killing them (default 15 s). */
  graceMs?: number;
}

export interface WorkerPool {
  /** The port every worker listens on, once all have started; rejects when one dies while starting. */
  ready: Promise<number>;
  /** Live worker process ids (tests, logs). */
  pids(): number[];
  /** Send each worker `signal` (it drains itself) and wait for all to exit; idempotent. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Restart delay after `deaths` quick deaths in a row of one slot: 0.5 s doubling, at most 30 s. */
export const restartDelayMs = (deaths: number): number => Math.min(30_000, 500 * 2 ** Math.max(0, deaths - 1));
/** A worker that lived this long before dying counts as healthy: its slot's back-off starts again. */
const HEALTHY_MS = 10_000;

/** Fork and supervise the workers (call in the cluster primary only). */
export function superviseWorkers(options: WorkerPoolOptions): WorkerPool {
  cluster.setupPrimary({ exec: options.exec, args: options.args ?? [] });
  const live = new Map<number, Worker>();
  const deaths = new Map<number, number>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping: Promise<void> | null = null;
  let started = 0;
  let port = 0;
  let settle: { resolve(port: number): void; reject(error: Error): void };
  const ready = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
  ready.catch(() => undefined); // the caller awaits it; no unhandled rejection when it only stops

  const fork = (slot: number, first: boolean): void => {
    const worker = cluster.fork({ WORKER_SLOT: String(slot), ...options.envFor?.(slot) });
    const born = Date.now();
    live.set(slot, worker);
    // a subgraph's slot 1 says when its start is over (kit runSubgraph); a gateway worker never does
    let othersForked = false;
    const forkOthers = () => {
      if (othersForked || !first || slot !== 1 || !options.firstAlone) return;
      othersForked = true;
      for (let s = 2; s <= options.count; s += 1) fork(s, true);
    };
    worker.on('message', (m: unknown) => {
      if ((m as { kind?: string } | null)?.kind === SUBGRAPH_STARTED) forkOthers();
    });
    worker.once('listening', (address: AddressInfo) => {
      port ||= address.port;
      if (!first) return options.log.info('worker replaced', { slot, pid: worker.process.pid });
      started += 1;
      if (!options.firstStartedMessage) forkOthers();
      if (started === options.count) settle.resolve(port);
    });
    worker.once('exit', (code, signal) => {
      if (live.get(slot) === worker) live.delete(slot);
      if (stopping) return;
      if (first && started < options.count) {
        settle.reject(new Error(`worker ${slot} exited (${code ?? signal}) while starting`));
        return;
      }
      const quick = Date.now() - born < HEALTHY_MS;
      const n = quick ? (deaths.get(slot) ?? 0) + 1 : 1;
      deaths.set(slot, n);
      const delay = restartDelayMs(n);
      options.log.error('worker died; restarting it', { slot, pid: worker.process.pid, code, signal, delayMs: delay });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopping) fork(slot, false);
      }, delay);
      timers.add(timer);
    });
  };

  if (options.firstAlone) fork(1, true);
  else for (let s = 1; s <= options.count; s += 1) fork(s, true);

  return {
    ready,
    pids: () => [...live.values()].map((w) => w.process.pid!).filter(Boolean),
    stop(signal = 'SIGTERM') {
      stopping ??= (async () => {
        timers.forEach(clearTimeout);
        const workers = [...live.values()];
        const exited = workers.map((w) =>
          w.process.exitCode !== null || w.process.signalCode !== null
            ? Promise.resolve()
            : new Promise<void>((resolve) => w.process.once('exit', () => resolve())),
        );
        for (const w of workers) w.process.kill(signal);
        const kill = setTimeout(() => workers.forEach((w) => w.process.kill('SIGKILL')), options.graceMs ?? 15_000);
        await Promise.all(exited);
        clearTimeout(kill);
      })();
      return stopping;
    },
  };
}

/**
 * A primary's life: forward SIGINT/SIGTERM to the pool and exit once every worker has drained; log the
 * port when all listen; stop the rest and exit 1 when one fails to start.
 */
export async function runPool(pool: WorkerPool, log: Logger, fields: Record<string, unknown> = {}): Promise<void> {
  let code = 0;
  const stop = (signal: NodeJS.Signals) => void pool.stop(signal).then(() => process.exit(code));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  try {
    const port = await pool.ready;
    log.info('listening', { ...fields, port, pids: pool.pids() });
  } catch (error) {
    log.error('could not start', { error: String(error) });
    code = 1;
    stop('SIGTERM');
  }
}
