import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DOMAINS, ROLES, type Caller, type Domain, type Role } from '@integrity/rules';

const ISSUER = 'integrity-graph';
const ALGORITHM = 'HS256';

export class TokenError extends Error {
  constructor(
    message: string,
    readonly reason: 'expired' | 'invalid',
  ) {
    super(message);
  }
}

/** The JWT secret comes from the environment only; it is never committed. */
export function secretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.JWT_SECRET;
  if (!secret || secret.length < 32) {
    throw new Error('JWT_SECRET must be set to at least 32 characters (the launcher makes one for local runs)');
  }
  return secret;
}

/**
 * The secret as a KeyObject, made once per secret: given a string, jsonwebtoken first tries to parse it as a
 * PEM key on every call, signing and verifying alike, measured at 6–7% of a subgraph's CPU (issue 16).
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

interface Claims {
  sub: string;
  kind: Caller['kind'];
  usr: string;
  roles: Role[];
  domains: Domain[];
  dep: string | null;
  reg: string | null;
  cw: Domain[];
  /** The login session this token belongs to (user tokens only); checked against the directory on use. */
  sid?: string;
  exp?: number;
}

/**
 * Sign a caller's identity. `ttlSeconds` bounds the token (default 8 hours, a working day); `sessionId`
 * names the directory's session row a user token belongs to, so logging out or changing the user ends it.
 */
export function signToken(caller: Caller, secret: string, ttlSeconds = 8 * 3600, sessionId?: string): string {
  const claims: Claims = {
    sub: caller.id,
    kind: caller.kind,
    usr: caller.username,
    roles: caller.roles,
    domains: caller.domains,
    dep: caller.departmentId,
    reg: caller.regionCode,
    cw: caller.countyWide,
    ...(sessionId ? { sid: sessionId } : {}),
  };
  return jwt.sign(claims, keyOf(secret), { algorithm: ALGORITHM, expiresIn: ttlSeconds, issuer: ISSUER });
}

/** How long a service credential lasts. */
const SERVICE_TOKEN_SECONDS = 300;

/**
 * A subgraph's own credential for calling another subgraph (e.g. procurement asking credit for a
 * supplier check): short-lived and marked as a service, so it never passes for a user.
 */
export function signServiceToken(service: string, secret: string, ttlSeconds = SERVICE_TOKEN_SECONDS): string {
  return signToken(
    {
      kind: 'service',
      id: service,
      username: `service:${service}`,
      roles: [],
      domains: [],
      departmentId: null,
      regionCode: null,
      countyWide: [],
    },
    secret,
    ttlSeconds,
  );
}

/** Renewed with a minute of its life left, so that none expires on its way or while its request waits. */
const SERVICE_TOKEN_RENEW_SECONDS = 60;
const serviceTokens = new Map<string, { token: string; renewAt: number }>();

/**
 * The service credential for a call, signed once and reused until a minute before it ends: a subgraph calls others
 * on many requests (a supplier's credit check, a department's name), and signing each time was a measurable part of
 * a write's CPU (issue 16). It names the service only, so one token serves every call the service makes.
 */
export function serviceToken(service: string, secret: string, now = Date.now()): string {
  const key = `${service}\u0000${secret}`;
  const kept = serviceTokens.get(key);
  if (kept && now < kept.renewAt) return kept.token;
  const token = signServiceToken(service, secret);
  serviceTokens.set(key, { token, renewAt: now + (SERVICE_TOKEN_SECONDS - SERVICE_TOKEN_RENEW_SECONDS) * 1000 });
  return token;
}

/** A verified token: who it speaks for, and the session it belongs to (null when it names none). */
export interface VerifiedToken {
  caller: Caller;
  sessionId: string | null;
  /** Expiry, seconds since the epoch: every accepted token has one. */
  expiresAt: number;
}

export function verifyToken(token: string, secret: string): Caller {
  return verifyTokenClaims(token, secret).caller;
}

/** Verify signature, issuer and expiry; a token without `exp` is refused (it would never end). */
export function verifyTokenClaims(token: string, secret: string): VerifiedToken {
  let decoded: unknown;
  try {
    decoded = jwt.verify(token, keyOf(secret), { algorithms: [ALGORITHM], issuer: ISSUER });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError)
      throw new TokenError('the session has expired; log in again', 'expired');
    throw new TokenError('the token is not valid', 'invalid');
  }
  const c = decoded as Partial<Claims>;
  if (typeof c.sub !== 'string' || (c.kind !== 'user' && c.kind !== 'service') || typeof c.usr !== 'string') {
    throw new TokenError('the token is not valid', 'invalid');
  }
  if (typeof c.exp !== 'number') throw new TokenError('the token has no expiry; log in again', 'invalid');
  const only = <T extends string>(values: unknown, allowed: readonly T[]): T[] =>
    Array.isArray(values) ? values.filter((v): v is T => allowed.includes(v as T)) : [];
  const caller: Caller = {
    kind: c.kind,
    id: c.sub,
    username: c.usr,
    roles: only(c.roles, ROLES),
    domains: only(c.domains, DOMAINS),
    departmentId: typeof c.dep === 'string' ? c.dep : null,
    regionCode: typeof c.reg === 'string' ? c.reg : null,
    countyWide: only(c.cw, DOMAINS),
  };
  return { caller, sessionId: typeof c.sid === 'string' ? c.sid : null, expiresAt: c.exp };
}

/** Read `Authorization: Bearer <token>`; anything else is no token at all. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}
