// The record rules of publicity.ts as SQL conditions, for queries that count or list records in the
// database: one place, so the SQL and the TypeScript rule cannot drift apart.
import { NOT_DISHONESTY } from './publicity.js';

/** A dishonesty (失信) record, on the records table under `alias`. */
export const dishonestySql = (alias: string): string =>
  `${alias}.category NOT IN (${NOT_DISHONESTY.map((c) => `'${c}'`).join(', ')})`;

/** A record ACTIVE as of `:today` (stored ACTIVE and its publicity not yet ended). */
export const activeSql = (alias: string): string => `${alias}.status = 'ACTIVE' AND ${alias}.publicity_end >= :today`;

/** A record EXPIRED as of `:today` (stored ACTIVE but its publicity ended). */
export const expiredSql = (alias: string): string => `${alias}.status = 'ACTIVE' AND ${alias}.publicity_end < :today`;
