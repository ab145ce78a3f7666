import { serviceToken } from '@integrity/auth';
import { sendHttp } from '@integrity/http-kit';
import DataLoader from 'dataloader';
import { AppError } from './errors.js';
import type { Logger } from '@integrity/logging';
import { serviceTimeoutMs, subgraphUrl } from './service-client.js';

/** Of these session ids, the ones still live (not logged out, not expired, user unchanged and active). */
export type SessionLookup = (sessionIds: readonly string[]) => Promise<Set<string>>;

/** How long a session's answer is trusted before the directory is asked again (SESSION_CHECK_SECONDS, default 5). */
export const sessionCheckMs = (env: NodeJS.ProcessEnv = process.env): number => {
  const seconds = Number(env.SESSION_CHECK_SECONDS ?? 5);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 5000;
};

/** The path on the directory subgraph that answers session lookups for the other subgraphs. */
export const SESSION_LOOKUP_PATH = '/internal/sessions';

/**
 * Checks that a user token's session is still live. Answers are cached per process for a few seconds
 * (revocation takes effect within that time) and the ids asked for in the same tick go to the
 * directory in one call, so a busy subgraph asks at most once per session per cache period.
 */
/** The cache's expiry of a session this process ended: never (an ended session never comes back). */
const ENDED = Number.POSITIVE_INFINITY;

export class SessionGuard {
  private readonly cache = new Map<string, { live: boolean; until: number }>();
  private readonly pending = new Map<string, Promise<boolean>>();
  private readonly loader: DataLoader<string, boolean>;

  constructor(
    lookup: SessionLookup,
    private readonly ttlMs = sessionCheckMs(),
  ) {
    this.loader = new DataLoader<string, boolean>(
      async (ids) => {
        const live = await lookup(ids);
        return ids.map((id) => live.has(id));
      },
      { cache: false, maxBatchSize: 500 },
    );
  }

  async isLive(sessionId: string): Promise<boolean> {
    const now = Date.now();
    const hit = this.cache.get(sessionId);
    if (hit && hit.until > now) return hit.live;
    // requests arriving while a lookup of the same session is on its way wait for that one
    let pending = this.pending.get(sessionId);
    if (!pending) {
      pending = this.loader.load(sessionId).finally(() => this.pending.delete(sessionId));
      this.pending.set(sessionId, pending);
    }
    const live = await pending;
    // ended here while the lookup was on its way (read before the logout committed): it stays ended
    if (this.cache.get(sessionId)?.until === ENDED) return false;
    if (this.cache.size > 50_000) this.cache.clear(); // bounded: a flood of forged-but-signed ids cannot grow it forever
    this.cache.set(sessionId, { live, until: Date.now() + this.ttlMs });
    return live;
  }

  /**
   * A session this process has just ended (the directory's logout): refused from now on, also by a lookup already
   * on its way. An ended session never comes back, so it is held dead for good.
   */
  forget(sessionId: string): void {
    this.cache.set(sessionId, { live: false, until: ENDED });
  }
}

/**
 * Session lookups of a subgraph that does not own sessions: a POST to the directory's lookup path with
 * this subgraph's service credential, bounded by the timeout of every call to another service (SERVICE_TIMEOUT_MS;
 * it had its own fixed 2 s). Any failure is DEPENDENCY_UNAVAILABLE: a session that cannot be checked is not accepted.
 */
export function remoteSessionLookup(
  service: string,
  secret: string,
  log: Logger,
  timeoutMs = serviceTimeoutMs(),
): SessionLookup {
  return async (ids) => {
    const url = new URL(SESSION_LOOKUP_PATH, subgraphUrl('directory', 4001)).toString();
    try {
      const response = await sendHttp(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${serviceToken(service, secret)}` },
          body: JSON.stringify({ ids }),
        },
        timeoutMs,
      );
      const body = (await response.json()) as { live?: unknown };
      if (!response.ok || !Array.isArray(body.live)) throw new Error(`status ${response.status}`);
      return new Set(body.live.filter((id): id is string => typeof id === 'string'));
    } catch (error) {
      log.warn('session check failed', { error: String(error) });
      throw new AppError(
        'DEPENDENCY_UNAVAILABLE',
        'DEPENDENCY_DOWN',
        'the directory service cannot confirm your session; try again later',
        { service: 'directory' },
      );
    }
  };
}
