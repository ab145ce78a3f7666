// The ONE access function: which pages a signed-in user (or the public) may open, and the menu built from it.
// Pure: no React, no storage. Over the shared rules of @integrity/rules — officers see their domains, leaders and supervisors read
// every view (leaders live on the dashboard), administrators manage the directory. Servers still authorise.
import { actsCountyWide, canRead, hasRole, writesDomain, type Caller, type Domain, type Role } from '@integrity/rules';
import type { MessageKey } from './messages';

export type { Domain, Role } from '@integrity/rules';

export interface AccessUser {
  roles: readonly Role[];
  domains: readonly Domain[];
  /**
   * The user's department as the login answered it: the domains it acts in for the whole county decide the
   * steps reserved to county-wide officers (accepting objections, reviewing policies, debt …). Absent (a
   * session saved before it was asked): none.
   */
  department?: { id: string; countyWideDomains?: readonly Domain[] | null } | null;
}

export type PageId =
  | 'dashboard'
  | 'public'
  | 'departments'
  | 'enterprises'
  | 'users'
  | 'oversight'
  | 'civilServants'
  | 'creditRecords'
  | 'procurementProjects'
  | 'ppp'
  | 'investment'
  | 'debt'
  | 'rectification'
  | 'warnings'
  | 'ledger'
  | 'evaluation'
  | 'creditChecks'
  | 'creditReports'
  | 'exchange'
  | 'cases'
  | 'judicial'
  | 'auditTrail'
  | 'delivery';

export interface PageAccess {
  id: PageId;
  path: string;
  label: MessageKey;
  group?: MessageKey;
  /** may the user change data on this page (show create/edit)? */
  write: boolean;
}

interface PageRule {
  id: PageId;
  path: string;
  label: MessageKey;
  group?: MessageKey;
  domain?: Domain;
  /** who may read: a role list, or 'domain' = officers of that domain + readers */
  read: (u: AccessUser) => boolean;
  write: (u: AccessUser) => boolean;
}

/** The signed-in user as the shared rules see a caller (the console decides menus, never data). */
export const asCaller = (u: AccessUser & { departmentId?: string | null }): Caller => ({
  kind: 'user',
  id: '',
  username: '',
  roles: [...u.roles],
  domains: [...u.domains],
  departmentId: u.departmentId ?? u.department?.id ?? null,
  regionCode: null,
  countyWide: [...(u.department?.countyWideDomains ?? [])],
});
const has = (u: AccessUser, role: Role) => hasRole(asCaller(u), role);
/** Whether the user acts county-wide in a domain: the steps the servers reserve to such officers are offered. */
export const countyWideIn = (u: AccessUser | null | undefined, d: Domain): boolean =>
  !!u && actsCountyWide(asCaller(u), d);
/** Supervisors, and SUPERVISION officers acting county-wide: who order rectification, evaluate and inspect. */
export const supervises = (u: AccessUser | null | undefined): boolean =>
  !!u && (has(u, 'SUPERVISOR') || countyWideIn(u, 'SUPERVISION'));
const reader = (u: AccessUser) => hasRole(asCaller(u), 'LEADER', 'SUPERVISOR', 'ADMIN');
const domainRule = (d: Domain) => ({
  read: (u: AccessUser) => canRead(asCaller(u), d),
  write: (u: AccessUser) => writesDomain(asCaller(u), d),
});

/** Pages in menu order. Pages of domains whose subgraph is not in the supergraph are listed in `enabled`. */
export const PAGES: readonly PageRule[] = [
  { id: 'dashboard', path: '/dashboard', label: 'nav.dashboard', read: (u) => reader(u), write: () => false },
  {
    id: 'civilServants',
    path: '/credit/civil-servants',
    label: 'nav.civilServants',
    group: 'nav.credit',
    domain: 'CREDIT',
    ...domainRule('CREDIT'),
  },
  {
    id: 'creditRecords',
    path: '/credit/records',
    label: 'nav.creditRecords',
    group: 'nav.credit',
    domain: 'CREDIT',
    ...domainRule('CREDIT'),
  },
  {
    id: 'procurementProjects',
    path: '/procurement/projects',
    label: 'nav.procurementProjects',
    group: 'nav.procurement',
    domain: 'PROCUREMENT',
    ...domainRule('PROCUREMENT'),
  },
  {
    id: 'ppp',
    path: '/procurement/ppp',
    label: 'nav.ppp',
    group: 'nav.procurement',
    domain: 'PROCUREMENT',
    ...domainRule('PROCUREMENT'),
  },
  { id: 'investment', path: '/investment', label: 'nav.investment', domain: 'INVESTMENT', ...domainRule('INVESTMENT') },
  // every debt record is the county's finance bureau's to keep (county-wide DEBT); the others read
  {
    id: 'debt',
    path: '/debt',
    label: 'nav.debt',
    domain: 'DEBT',
    read: (u) => canRead(asCaller(u), 'DEBT'),
    write: (u) => countyWideIn(u, 'DEBT'),
  },
  // the county credit office's exchange with the platforms (the server admits county-wide CREDIT officers)
  {
    id: 'exchange',
    path: '/credit/exchange',
    label: 'nav.exchange',
    group: 'nav.credit',
    domain: 'CREDIT',
    read: (u) => countyWideIn(u, 'CREDIT'),
    write: () => false,
  },
  // the checks embedded where public money moves: credit's readers, and the officers whose steps ran them
  // (after their own pages, so an investment officer still lands on investment)
  {
    id: 'creditChecks',
    path: '/credit/checks',
    label: 'nav.creditChecks',
    group: 'nav.credit',
    domain: 'CREDIT',
    read: (u) =>
      canRead(asCaller(u), 'CREDIT') ||
      writesDomain(asCaller(u), 'PROCUREMENT') ||
      writesDomain(asCaller(u), 'INVESTMENT'),
    write: () => false,
  },
  {
    id: 'departments',
    path: '/directory/departments',
    label: 'nav.departments',
    group: 'nav.directory',
    ...domainRule('DIRECTORY'),
  },
  {
    id: 'enterprises',
    path: '/directory/enterprises',
    label: 'nav.enterprises',
    group: 'nav.directory',
    // every officer looks enterprises up (bids, agreements); admins maintain them
    read: (u) => reader(u) || has(u, 'OFFICER'),
    write: (u) => has(u, 'ADMIN'),
  },
  {
    id: 'users',
    path: '/directory/users',
    label: 'nav.users',
    group: 'nav.directory',
    read: (u) => has(u, 'ADMIN'),
    write: (u) => has(u, 'ADMIN'),
  },
  // the plan's duties: everyone reads the ledger; the departments it names report on their duties
  {
    id: 'ledger',
    path: '/supervision/ledger',
    label: 'nav.ledger',
    group: 'nav.supervision',
    read: () => true,
    write: (u) => has(u, 'OFFICER'),
  },
  // every signed-in user: officers see (and acknowledge) their own department's warnings
  {
    id: 'warnings',
    path: '/supervision/warnings',
    label: 'nav.warnings',
    group: 'nav.supervision',
    read: () => true,
    write: (u) => supervises(u),
  },
  // every signed-in user: officers see (and report on) their own department's orders; supervisors and
  // county-wide SUPERVISION officers order and decide
  {
    id: 'rectification',
    path: '/supervision/rectification',
    label: 'nav.rectification',
    group: 'nav.supervision',
    read: () => true,
    write: (u) => supervises(u),
  },
  // every signed-in user: before publication a department's officers see (and answer) their own result;
  // supervisors and county-wide SUPERVISION officers run the cycle
  {
    id: 'evaluation',
    path: '/supervision/evaluation',
    label: 'nav.evaluation',
    group: 'nav.supervision',
    read: () => true,
    write: (u) => supervises(u),
  },
  // who read which civil servant's file is the supervisors' (and administrators') to see
  {
    id: 'oversight',
    path: '/oversight',
    label: 'nav.oversight',
    read: (u) => has(u, 'SUPERVISOR') || has(u, 'ADMIN'),
    write: () => false,
  },
  // every domain's audit trail: the servers answer administrators and supervisors only
  {
    id: 'auditTrail',
    path: '/audit',
    label: 'nav.auditTrail',
    read: (u) => has(u, 'SUPERVISOR') || has(u, 'ADMIN'),
    write: () => false,
  },
  // what the subgraphs have not yet told each other: the servers answer administrators only
  {
    id: 'delivery',
    path: '/system/delivery',
    label: 'nav.delivery',
    read: (u) => has(u, 'ADMIN'),
    write: () => false,
  },
  // every signed-in user sees the cases it may (its department's, or all for the case office, supervisors
  // and leaders: the server filters); CASEWORK officers work them
  {
    id: 'cases',
    path: '/casework/cases',
    label: 'nav.cases',
    read: () => true,
    write: (u) => writesDomain(asCaller(u), 'CASEWORK'),
  },
  // 司法监督: every signed-in user sees the judgments and hearings it may (its own body's, or all for those who
  // see every case: the server filters); CASEWORK officers record them for their body or county-wide
  {
    id: 'judicial',
    path: '/casework/judicial',
    label: 'nav.judicial',
    read: () => true,
    write: (u) => writesDomain(asCaller(u), 'CASEWORK'),
  },
  // credit reports: every signed-in user may have one on their own department (the server says on whom else);
  // last, so nobody lands on it after login (the menu still files it under credit)
  {
    id: 'creditReports',
    path: '/credit/reports',
    label: 'nav.creditReports',
    group: 'nav.credit',
    domain: 'CREDIT',
    read: () => true,
    write: () => false,
  },
  { id: 'public', path: '/public', label: 'nav.public', read: () => true, write: () => false },
];

/**
 * The pages a user may open, in menu order. `null` is the public (not signed in): only the public page.
 * `available` restricts to pages whose backing subgraph this build knows (default: all).
 */
export function accessFor(
  user: AccessUser | null,
  available: ReadonlySet<PageId> = new Set(PAGES.map((p) => p.id)),
): PageAccess[] {
  return PAGES.filter((p) => available.has(p.id) && (user ? p.read(user) : p.id === 'public')).map((p) => ({
    id: p.id,
    path: p.path,
    label: p.label,
    group: p.group,
    write: user ? p.write(user) : false,
  }));
}

/** Where a user lands after login: the dashboard for readers, else their first page. */
export function homePath(pages: readonly PageAccess[]): string {
  return pages.find((p) => p.id === 'dashboard')?.path ?? pages.find((p) => p.id !== 'public')?.path ?? '/public';
}

/** The first path segment of every signed-in page ("/credit", "/oversight", …), from the one page table. */
export function sectionPaths(): string[] {
  return [...new Set(PAGES.filter((p) => p.id !== 'public').map((p) => `/${p.path.split('/')[1]}`))];
}

/** Whether `path` (a location pathname) falls under a page the user may open. */
export function pageForPath(pages: readonly PageAccess[], path: string): PageAccess | undefined {
  return pages.find((p) => path === p.path || path.startsWith(`${p.path}/`));
}
