import { randomUUID } from 'node:crypto';
import { bearerToken, canRead, canWrite, hasRole, TokenError, verifyToken, type Caller, type Domain, type Role } from '@integrity/auth';
import type { DataSource } from 'typeorm';
import { AppError, forbidden, unauthenticated } from './errors.js';
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

export function requireRole(ctx: RequestContext, ...roles: Role[]): Caller {
  const caller = requireCaller(ctx);
  if (!hasRole(caller, ...roles)) throw forbidden(`only ${roles.join(' or ')} may do this`);
  return caller;
}

export function requireRead(ctx: RequestContext, domain: Domain): Caller {
  const caller = requireCaller(ctx);
  if (!canRead(caller, domain)) throw forbidden(`your account may not read ${domain} data`);
  return caller;
}

/** Officers of `domain` for the owning department (or county-wide); everyone else FORBIDDEN. */
export function requireWrite(ctx: RequestContext, domain: Domain, ownerDepartmentId?: string | null): Caller {
  const caller = requireCaller(ctx);
  if (!canWrite(caller, domain, ownerDepartmentId)) {
    throw forbidden(
      ownerDepartmentId && caller.domains.includes(domain) && caller.roles.includes('OFFICER')
        ? `you may write ${domain} data only for your own department`
        : `your account may not write ${domain} data`,
    );
  }
  return caller;
}
