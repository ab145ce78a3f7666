import { signToken, type Caller } from '@integrity/auth';
import {
  AppError,
  recordAudit,
  requireCaller,
  rowLock,
  transaction,
  unauthenticated,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { DepartmentEntity } from '../department/department.entity.js';
import { openSession, revokeSession } from '../session/session.service.js';
import { decoyHash, verifyPassword } from '../user/password.js';
import { UserEntity } from '../user/user.entity.js';
import { USERNAME_PATTERN } from '../user/username.js';
import { throttleOf } from './login-throttle.js';

/** Session length in seconds (SESSION_TTL_SECONDS, default 8 hours). */
const sessionTtl = (): number => Number(process.env.SESSION_TTL_SECONDS ?? 8 * 3600);

const rateLimited = (seconds: number) =>
  new AppError('RATE_LIMITED', 'RATE_LIMITED', `too many failed logins; try again in ${seconds} s`, {
    retryAfter: seconds,
    params: { retryAfter: seconds },
  });

/** The throttle's store (Redis) is down: refuse logins rather than let them through uncounted. */
async function counted<T>(ctx: RequestContext, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    ctx.log.error('login throttle unavailable', { error: String(error) });
    throw new AppError('DEPENDENCY_UNAVAILABLE', 'DEPENDENCY_DOWN', 'login is unavailable right now; try again later', {
      service: 'throttle',
    });
  }
}

/**
 * Check the password and sign a token for a new session, carrying the caller's roles, domains,
 * department and the domains that department acts county-wide in. One message for every failure, so
 * it never says which usernames exist. Failures are throttled per username and per client address;
 * while either is locked out nothing is checked and the answer is RATE_LIMITED with retryAfter.
 */
export async function login(ctx: RequestContext, username: string, password: string) {
  const attempt = await counted(ctx, throttleOf(ctx.dataSource).attempt(username, ctx.clientAddress));
  if (attempt.retryAfter > 0) {
    ctx.log.warn('login refused: locked out', { username, address: ctx.clientAddress, retryAfter: attempt.retryAfter });
    throw rateLimited(attempt.retryAfter);
  }
  // the attempt counts as a failure from here on unless the password proves right
  let user: UserEntity | null;
  let valid: boolean;
  try {
    // a name no account can have is no account, checked like one (the same time, the same answer)
    user = USERNAME_PATTERN.test(username)
      ? await ctx.dataSource.getRepository(UserEntity).findOneBy({ username })
      : null;
    valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  } catch (error) {
    await attempt.withdrawn().catch(() => undefined);
    throw error;
  }
  if (!user || !valid || !user.active) {
    ctx.log.warn('login refused', { username, address: ctx.clientAddress });
    throw unauthenticated('wrong username or password, or the account is disabled', 'WRONG_CREDENTIALS');
  }
  await counted(ctx, attempt.succeeded());
  const ttl = sessionTtl();
  // the department is read locked (FOR UPDATE on MySQL), as a change of it takes it, in the transaction that opens
  // the session: a change committed first is what the token says; one made meanwhile waits for this session and then
  // ends it with the department's others. Read before the session, a change could slip in between and the new
  // session would carry the region and county-wide domains the department no longer has.
  const { department, session } = await transaction(ctx, async (m) => ({
    department: user.departmentId
      ? await m.findOne(DepartmentEntity, { where: { id: user.departmentId }, ...rowLock(m) })
      : null,
    session: await openSession(m, user, ttl),
  }));
  const caller: Caller = {
    kind: 'user',
    id: user.id,
    username: user.username,
    roles: user.roles,
    domains: user.domains,
    departmentId: user.departmentId,
    regionCode: department?.regionCode ?? null,
    countyWide: (department?.countyWideDomains ?? []).filter((d) => user.domains.includes(d)),
  };
  return { token: signToken(caller, ctx.secret, ttl, session.id), expiresAt: session.expiresAt, user };
}

/**
 * End the caller's session: the directory refuses its token at once, every other subgraph within
 * SESSION_CHECK_SECONDS (each caches a session's answer that long).
 */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const caller = requireCaller(ctx);
  if (caller.kind !== 'user' || !ctx.sessionId) throw unauthenticated('only a logged-in user can log out');
  const sessionId = ctx.sessionId;
  await ctx.dataSource.transaction(async (m) => {
    if (await revokeSession(m, sessionId)) {
      await recordAudit(m, ctx, {
        action: 'session.logout',
        entityType: 'Session',
        entityId: sessionId,
        after: { userId: caller.id },
      });
    }
  });
  ctx.sessions?.forget(sessionId);
  return true;
}

/** The logged-in user, null without a token; an expired, forged or ended session is UNAUTHENTICATED. */
export async function me(ctx: RequestContext): Promise<UserEntity | null> {
  if (!ctx.caller && !ctx.authError) return null;
  const caller = requireCaller(ctx);
  if (caller.kind !== 'user') return null;
  return ctx.dataSource.getRepository(UserEntity).findOneBy({ id: caller.id, active: true });
}
