import { TableIndex, type MigrationInterface } from 'typeorm';
import { additiveMigration } from './additive-migration.js';

/** One index: its table, name, columns, and the list variant `npm run explain` found scanning without it. */
export type ListIndex = [table: string, name: string, columns: string[], why: string];

/** A migration that only adds indexes (see additiveMigration for its name and undo order). */
export const indexMigration = (name: string, indexes: ListIndex[]): new () => MigrationInterface =>
  additiveMigration(
    name,
    indexes,
    (q, [table, index, columnNames]) => q.createIndex(table, new TableIndex({ name: index, columnNames })),
    (q, [table, index]) => q.dropIndex(table, index),
  );
