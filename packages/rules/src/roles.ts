/** The four kinds of account the programme knows (docs/DOMAIN.md, "Who uses it"). */
export const ROLES = ['ADMIN', 'LEADER', 'SUPERVISOR', 'OFFICER'] as const;
export type Role = (typeof ROLES)[number];

/** The data domains an officer may be allowed to write. */
export const DOMAINS = ['DIRECTORY', 'CREDIT', 'PROCUREMENT', 'INVESTMENT', 'DEBT', 'SUPERVISION', 'CASEWORK'] as const;
export type Domain = (typeof DOMAINS)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Who the audit trails name when no account acted: `system` (seeded and migrated data, built-in defaults),
 * `public` and `anonymous` (a complainant without an account). No account may take one of these names, or its
 * changes would read as the system's or the public's.
 */
export const SYSTEM_ACTOR = 'system';
/** A complaint filed or rated by its tracking number is `anonymous`; a public complaint's case is registered by `public`. */
export const PUBLIC_ACTORS = ['public', 'anonymous'] as const;
export const NON_ACCOUNT_ACTORS = [SYSTEM_ACTOR, ...PUBLIC_ACTORS] as const;
export const isReservedUsername = (username: string): boolean =>
  (NON_ACCOUNT_ACTORS as readonly string[]).includes(username.toLowerCase());
export const isDomain = (value: string): value is Domain => (DOMAINS as readonly string[]).includes(value);

/**
 * Who is calling, as every subgraph sees it after verifying the token.
 * `countyWide` lists the domains in which the caller's department acts for the whole county
 * (e.g. 县人社局 for CREDIT); it is department data, copied into the token at login.
 */
export interface Caller {
  kind: 'user' | 'service';
  /** User id, or the calling service's name for service credentials. */
  id: string;
  username: string;
  roles: Role[];
  domains: Domain[];
  departmentId: string | null;
  /** Region (division code) of the caller's department: a town officer's town. */
  regionCode: string | null;
  countyWide: Domain[];
}
