/**
 * Authorization, in two steps and two places only:
 * 1. what an operation requires of its caller is declared on the resolver method, `@Allow(allow.write('CREDIT'))`,
 *    and checked by type-graphql's auth middleware, which runs before the arguments are converted and
 *    validated: someone who may not call an operation learns nothing about its input rules;
 * 2. whether this caller may touch this object (their own department or town) is checked by the service,
 *    once the object is known, through `requireOwner`.
 */
import {
  actsCountyWide,
  allow,
  canWrite,
  isTownCode,
  needsCaller,
  permits,
  type Caller,
  type Domain,
  type Permission,
  type Role,
} from '@integrity/rules';
import { Authorized, getMetadataStorage, type AuthChecker } from 'type-graphql';
import { requireCaller, type RequestContext } from './context.js';
import { forbidden } from './errors.js';

/** Declare who may call an operation (any one of the permissions). */
export const Allow = (...permissions: [Permission, ...Permission[]]): MethodDecorator & PropertyDecorator =>
  Authorized<Permission>(...permissions);

const describe = (p: Permission): string => {
  switch (p.kind) {
    case 'public':
      return 'anyone';
    case 'signedIn':
      return 'signed-in users';
    case 'role':
      return p.roles.join(' or ');
    case 'read':
      return `readers of ${p.domain} data`;
    case 'write':
      return `${p.domain} officers`;
    case 'countyWide':
      return `${p.domain} officers acting county-wide`;
    case 'service':
      return `the ${p.services.join(', ')} service`;
  }
};

/** Throws UNAUTHENTICATED without a valid caller, FORBIDDEN when none of the permissions holds. */
export function requirePermission(ctx: RequestContext, permissions: readonly Permission[]): Caller | null {
  if (!needsCaller(permissions)) return ctx.caller;
  const caller = requireCaller(ctx);
  if (permissions.some((p) => permits(caller, p))) return caller;
  const countyWide = permissions.every((p) => p.kind === 'countyWide');
  throw forbidden(
    `only ${permissions.map(describe).join(', ')} may do this`,
    countyWide ? 'COUNTY_WIDE_ONLY' : 'NOT_PERMITTED',
  );
}

/**
 * The same check where a declaration cannot stand: reads done by field resolvers and entity references
 * that several operations reach. Prefer `@Allow` on the operation.
 */
export const requireRead = (ctx: RequestContext, domain: Domain): Caller =>
  requirePermission(ctx, [allow.read(domain)])!;
export const requireRole = (ctx: RequestContext, ...roles: Role[]): Caller =>
  requirePermission(ctx, [allow.roles(...roles)])!;

/** type-graphql's hook for `@Allow`/`@Authorized`: refuses by throwing the contract's coded error itself. */
export const authChecker: AuthChecker<RequestContext, Permission> = ({ context }, permissions) => {
  requirePermission(context, permissions);
  return true;
};

/**
 * The one object-level check: may the caller write `domain` data owned by this department (and, for a
 * town government's officer, concerning this town)? Officers acting county-wide in the domain may;
 * others only for their own department, and a town's officer only for its own town.
 */
export function requireOwner(
  ctx: RequestContext,
  domain: Domain,
  owner: { departmentId?: string | null; townCode?: string | null },
): Caller {
  const caller = requireCaller(ctx);
  if (!canWrite(caller, domain, owner.departmentId)) {
    throw forbidden(
      canWrite(caller, domain)
        ? `you may write ${domain} data only for your own department`
        : `your account may not write ${domain} data`,
      canWrite(caller, domain) ? 'OWN_DEPARTMENT_ONLY' : 'NOT_PERMITTED',
    );
  }
  if (
    owner.townCode &&
    !actsCountyWide(caller, domain) &&
    caller.regionCode &&
    isTownCode(caller.regionCode) &&
    caller.regionCode !== owner.townCode
  ) {
    throw forbidden(`a town's officer writes ${domain} data for its own town only`, 'OWN_TOWN_ONLY');
  }
  return caller;
}

/**
 * The queries and mutations among `resolvers` that declare no `@Allow`: every operation says who may call it
 * (a subgraph's test asserts this list is empty, so a new operation cannot forget).
 */
// type-graphql keeps resolver classes as plain constructors
type ResolverClass = abstract new (...args: never[]) => unknown;

export function undeclaredOperations(resolvers: readonly { prototype: unknown }[]): string[] {
  const storage = getMetadataStorage();
  const declared = (target: object, name: string) =>
    storage.authorizedFields.some((a) => a.target === target && a.fieldName === name) ||
    storage.authorizedResolver.some((a) => a.target === target);
  return [...storage.queries, ...storage.mutations]
    .filter((r) => resolvers.some((c) => c === r.target || c.prototype instanceof (r.target as ResolverClass)))
    .filter((r) => !declared(r.target, r.methodName))
    .map((r) => r.schemaName)
    .sort();
}
