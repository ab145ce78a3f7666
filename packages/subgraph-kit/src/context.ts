import { randomUUID } from 'node:crypto';
import { bearerToken, TokenError, verifyTokenClaims, type Caller } from '@integrity/auth';
import type { DataSource } from 'typeorm';
import { AppError, unauthenticated } from './errors.js';
import { Loaders } from './loaders.js';
import type { Logger } from '@integrity/logging';
import type { SessionGuard } from './session-guard.js';

/** What every resolver receives: who is calling, this request's loaders, and the data source. */
export interface RequestContext {
  caller: Caller | null;
  /** Why a token that was sent could not be accepted (expired, forged); raised only where login is needed. */
  authError: AppError | null;
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  log: Logger;
  /** For signing this subgraph's own service credential when it calls another subgraph. */
  secret: string;
  subgraph: string;
  /** The login session of a user token (checked live); null for services and anonymous callers. */
  sessionId: string | null;
  /** The end user's network address: from the gateway when it vouches for it, else the socket's. */
  clientAddress: string | null;
  /** This process's cache of live sessions: the subgraph that ends a session forgets it here at once. */
  sessions: SessionGuard | null;
}

export interface ContextInput {
  authorization?: string | null;
  requestId?: string | null;
  dataSource: DataSource;
  log: Logger;
  secret: string;
  subgraph: string;
  clientAddress?: string | null;
  /** Without a guard no user token is accepted: every user token must name a live session. */
  sessions?: SessionGuard;
}

const SESSION_ENDED = 'the session has ended (logged out, or the account was changed or disabled); log in again';

/**
 * Verify the bearer token and, for a user, that its session is still live in the directory (cached for
 * SESSION_CHECK_SECONDS). This runs in every subgraph for every request, so no path around the gateway
 * skips it. A token that fails leaves the caller anonymous with the reason kept for requireCaller.
 */
export async function createContext(input: ContextInput): Promise<RequestContext> {
  const requestId = input.requestId && /^[\w.-]{1,100}$/.test(input.requestId) ? input.requestId : randomUUID();
  let caller: Caller | null = null;
  let authError: AppError | null = null;
  let sessionId: string | null = null;
  const token = bearerToken(input.authorization);
  if (token) {
    try {
      const verified = verifyTokenClaims(token, input.secret);
      if (verified.caller.kind === 'user') {
        if (!verified.sessionId || !input.sessions || !(await input.sessions.isLive(verified.sessionId)))
          throw unauthenticated(SESSION_ENDED);
        sessionId = verified.sessionId;
      }
      caller = verified.caller;
    } catch (error) {
      authError =
        error instanceof AppError
          ? error
          : unauthenticated(
              error instanceof TokenError ? (error as TokenError).message : 'the token is not valid',
              'SESSION_INVALID',
            );
    }
  }
  return {
    caller,
    authError,
    requestId,
    dataSource: input.dataSource,
    loaders: new Loaders(),
    log: input.log.child({ requestId, user: caller?.username }),
    secret: input.secret,
    subgraph: input.subgraph,
    sessionId,
    clientAddress: input.clientAddress ?? null,
    sessions: input.sessions ?? null,
  };
}

/** The verified caller, or UNAUTHENTICATED (saying "expired" when that is why). */
export function requireCaller(ctx: RequestContext): Caller {
  if (ctx.caller) return ctx.caller;
  throw ctx.authError ?? unauthenticated();
}
