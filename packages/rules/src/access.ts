/**
 * The access rules, as pure functions over a Caller: one place, shared by every subgraph (which
 * enforces them) and the console (which only uses them to decide what to show).
 */
import type { Caller, Domain, Role } from './roles.js';

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

/**
 * Whether the caller acts county-wide in a domain (otherwise only for their own department): the one
 * definition of "a county-wide officer of X" (县人社局 and 县发改局 for CREDIT, 县财政局 for DEBT, …).
 */
export const actsCountyWide = (caller: Caller | null, domain: Domain): boolean =>
  canWrite(caller, domain) && !!caller?.countyWide.includes(domain);

/**
 * Who sees every department's supervision matters (rectification orders, inspections, task reports, warnings):
 * leaders, supervisors, administrators, and SUPERVISION officers acting county-wide — not an officer given
 * SUPERVISION for their own department only.
 */
export const overseesEveryDepartment = (caller: Caller | null): boolean =>
  hasRole(caller, 'LEADER', 'SUPERVISOR', 'ADMIN') || actsCountyWide(caller, 'SUPERVISION');

/**
 * What an operation requires of its caller, declared once beside the operation and checked before its
 * arguments are read. Object-level rules (this officer's own department or town) are checked later,
 * by the service, once the object is known.
 */
export type Permission =
  /** anyone, signed in or not (login, the public search) */
  | { kind: 'public' }
  /** any signed-in user */
  | { kind: 'signedIn' }
  /** one of these roles */
  | { kind: 'role'; roles: readonly Role[] }
  /** readers of a domain (see canRead) */
  | { kind: 'read'; domain: Domain }
  /** writers of a domain for some department (see canWrite); the service checks which one */
  | { kind: 'write'; domain: Domain }
  /** writers of a domain acting county-wide */
  | { kind: 'countyWide'; domain: Domain }
  /** another subgraph calling with its own service credential (an outbox delivering a breach), never a user */
  | { kind: 'service'; services: readonly string[] };

export const allow = {
  public: (): Permission => ({ kind: 'public' }),
  signedIn: (): Permission => ({ kind: 'signedIn' }),
  roles: (...roles: Role[]): Permission => ({ kind: 'role', roles }),
  read: (domain: Domain): Permission => ({ kind: 'read', domain }),
  write: (domain: Domain): Permission => ({ kind: 'write', domain }),
  countyWide: (domain: Domain): Permission => ({ kind: 'countyWide', domain }),
  services: (...services: string[]): Permission => ({ kind: 'service', services }),
};

/** Whether a caller holds a permission (a list of permissions: any one of them). */
export function permits(caller: Caller | null, permission: Permission): boolean {
  switch (permission.kind) {
    case 'public':
      return true;
    case 'signedIn':
      return !!caller;
    case 'role':
      return hasRole(caller, ...permission.roles);
    case 'read':
      return canRead(caller, permission.domain);
    case 'write':
      return canWrite(caller, permission.domain);
    case 'countyWide':
      return actsCountyWide(caller, permission.domain);
    case 'service':
      return caller?.kind === 'service' && permission.services.includes(caller.id);
  }
}

/** Whether a permission needs a signed-in caller at all (otherwise the anonymous are let through). */
export const needsCaller = (permissions: readonly Permission[]): boolean =>
  !permissions.some((p) => p.kind === 'public');
