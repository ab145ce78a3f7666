import { randomUUID } from 'node:crypto';
import { bearerToken, TokenError, verifyToken, type Caller } from '@integrity/auth';
import type { DataSource } from 'typeorm';
import { AppError, unauthenticated } from './errors.js';
import { Loaders } from './loaders.js';
import type { Logger } from '@integrity/logging';

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
}

export interface ContextInput {
  authorization?: string | null;
  requestId?: string | null;
  dataSource: DataSource;
  log: Logger;
  secret: string;
  subgraph: string;
}

export function createContext(input: ContextInput): RequestContext {
  const requestId = input.requestId && /^[\w.-]{1,100}$/.test(input.requestId) ? input.requestId : randomUUID();
  let caller: Caller | null = null;
  let authError: AppError | null = null;
  const token = bearerToken(input.authorization);
  if (token) {
    try {
      caller = verifyToken(token, input.secret);
    } catch (error) {
      authError = unauthenticated(error instanceof TokenError ? (error as TokenError).message : 'the token is not valid', 'SESSION_INVALID');
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
  };
}

/** The verified caller, or UNAUTHENTICATED (saying "expired" when that is why). */
export function requireCaller(ctx: RequestContext): Caller {
  if (ctx.caller) return ctx.caller;
  throw ctx.authError ?? unauthenticated();
}
