import { signToken, type Caller } from '@integrity/auth';
import { requireCaller, unauthenticated, type RequestContext } from '@integrity/subgraph-kit';
import { DepartmentEntity } from '../department/department.entity.js';
import { decoyHash, verifyPassword } from '../user/password.js';
import { UserEntity } from '../user/user.entity.js';

/** Session length in seconds (SESSION_TTL_SECONDS, default 8 hours). */
const sessionTtl = (): number => Number(process.env.SESSION_TTL_SECONDS ?? 8 * 3600);

/**
 * Check the password and sign a token carrying the caller's roles, domains, department and the
 * domains that department acts county-wide in. One message for every failure, so it never says
 * which usernames exist.
 */
export async function login(ctx: RequestContext, username: string, password: string) {
  const user = await ctx.dataSource.getRepository(UserEntity).findOneBy({ username });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !valid || !user.active) {
    ctx.log.warn('login refused', { username });
    throw unauthenticated('wrong username or password, or the account is disabled', 'WRONG_CREDENTIALS');
  }
  const department = user.departmentId ? await ctx.dataSource.getRepository(DepartmentEntity).findOneBy({ id: user.departmentId }) : null;
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
  const ttl = sessionTtl();
  return { token: signToken(caller, ctx.secret, ttl), expiresAt: new Date(Date.now() + ttl * 1000).toISOString(), user };
}

/** The logged-in user, null without a token; an expired or forged token is UNAUTHENTICATED. */
export async function me(ctx: RequestContext): Promise<UserEntity | null> {
  if (!ctx.caller && !ctx.authError) return null;
  const caller = requireCaller(ctx);
  if (caller.kind !== 'user') return null;
  return ctx.dataSource.getRepository(UserEntity).findOneBy({ id: caller.id, active: true });
}
