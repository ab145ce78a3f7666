/**
 * The access rules, as pure functions over a Caller: one place, shared by every subgraph (which
 * enforces them) and the console (which only uses them to decide what to show).
 */
import type { Caller, Domain, Role } from './roles.js';

export type { Caller, Domain, Role } from './roles.js';

export const hasRole = (caller: Caller | null, ...roles: Role[]): boolean =>
  !!caller && caller.roles.some((r) => roles.includes(r));

/** Leaders, supervisors and admins read everything; an officer reads the domains they work in. */
export function canRead(caller: Caller | null, domain: Domain): boolean {
  if (!caller) return false;
  if (caller.kind === 'service') return true;
  if (hasRole(caller, 'LEADER', 'SUPERVISOR', 'ADMIN')) return true;
  return caller.roles.includes('OFFICER') && caller.domains.includes(domain);
}

/**
 * May this caller write `domain` data owned by `ownerDepartmentId`?
 * Only officers write domain data; an officer writes for their own department unless their
 * department acts county-wide in that domain. DIRECTORY data is the administrators'.
 */
export function canWrite(caller: Caller | null, domain: Domain, ownerDepartmentId?: string | null): boolean {
  if (!caller || caller.kind !== 'user') return false;
  if (domain === 'DIRECTORY') return hasRole(caller, 'ADMIN');
  if (!caller.roles.includes('OFFICER') || !caller.domains.includes(domain)) return false;
  if (caller.countyWide.includes(domain)) return true;
  return ownerDepartmentId === undefined || ownerDepartmentId === caller.departmentId;
}

/** Whether the caller writes a domain at all (for menus and for "create" buttons). */
export const writesDomain = (caller: Caller | null, domain: Domain): boolean => canWrite(caller, domain);

/** Whether the caller acts county-wide in a domain (otherwise only for their own department). */
export const actsCountyWide = (caller: Caller | null, domain: Domain): boolean =>
  canWrite(caller, domain) && !!caller?.countyWide.includes(domain);
