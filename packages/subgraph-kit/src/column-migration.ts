import { TableColumn, type MigrationInterface } from 'typeorm';
import { additiveMigration } from './additive-migration.js';

/** One column added to a table that already holds rows: nullable, so the rows before it need no value. */
export type AddedColumn = [table: string, name: string, type: 'varchar', length: number];

/** A migration that only adds nullable columns (see additiveMigration for its name and undo order). */
export const columnMigration = (name: string, columns: AddedColumn[]): new () => MigrationInterface =>
  additiveMigration(
    name,
    columns,
    (q, [table, column, type, length]) =>
      q.addColumn(table, new TableColumn({ name: column, type, length: String(length), isNullable: true })),
    (q, [table, column]) => q.dropColumn(table, column),
  );
