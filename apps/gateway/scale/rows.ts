import type { DataSource } from 'typeorm';
import type { Progress } from './progress.js';

export type Row = Record<string, unknown>;

/** SQLite binds at most 32,766 parameters per statement; MySQL's packet limit is far away at these sizes. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS = 1_000;

const sqlValue = (value: unknown): unknown =>
  typeof value === 'boolean' ? (value ? 1 : 0) : typeof value === 'bigint' ? value.toString() : value;

/**
 * Raw multi-row INSERTs through the subgraph's own DataSource. Every column is written explicitly (the
 * entity's default or NULL when the row leaves it out), because TypeORM's multi-row insert reloads
 * generated defaults into the wrong objects; column names and defaults come from the entity metadata,
 * so a migration that adds a NOT NULL column without a default makes this fail loudly rather than drift.
 */
export async function insertRows(ds: DataSource, table: string, rows: Row[], progress: Progress): Promise<void> {
  if (!rows.length) return progress.table(table, 0);
  const columns = ds.getMetadata(table).columns.map((c) => ({
    name: c.databaseName,
    nullable: c.isNullable,
    fallback: typeof c.default === 'function' ? undefined : (c.default as unknown),
  }));
  const stray = Object.keys(rows[0]!).filter((k) => !columns.some((c) => c.name === k));
  if (stray.length) throw new Error(`${table} has no column ${stray.join(', ')}`);
  const quote = (name: string) => (ds.options.type === 'mysql' ? `\`${name}\`` : `"${name}"`);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const parameters = chunk.flatMap((row) =>
      columns.map((c) => {
        const value = row[c.name];
        if (value !== undefined) return sqlValue(value);
        if (c.fallback !== undefined) return sqlValue(c.fallback);
        if (c.nullable) return null;
        throw new Error(`${table}.${c.name} needs a value`);
      }),
    );
    await ds.query(
      `INSERT INTO ${quote(table)} (${columns.map((c) => quote(c.name)).join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      parameters,
    );
    progress.add(chunk.length, table);
  }
  progress.table(table, rows.length);
}
