import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** "!" escapes LIKE wildcards: a backslash means different things in MySQL and SQLite string literals. */
const escapeLike = (text: string): string => text.replace(/[!%_]/g, (c) => `!${c}`);

/** A LIKE pattern matching `text` anywhere, the user's % and _ taken literally. */
export const containsPattern = (text: string): string => `%${escapeLike(text.trim())}%`;

/** Narrow a query to rows where any of `columns` contains `text` (no-op for empty text). */
export function whereContains<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: string[],
  text: string | undefined | null,
): SelectQueryBuilder<T> {
  if (!text?.trim()) return qb;
  const clause = columns.map((c) => `${c} LIKE :search ESCAPE '!'`).join(' OR ');
  return qb.andWhere(`(${clause})`, { search: containsPattern(text) });
}
