import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One index: its table, name, columns, and the list variant `npm run explain` found scanning without it. */
export type ListIndex = [table: string, name: string, columns: string[], why: string];

/**
 * A migration that only adds indexes. `name` must end in the migration's 13-digit timestamp (TypeORM orders
 * by it) and must never change once it has run anywhere. `down` drops them in reverse order.
 */
export function indexMigration(name: string, indexes: ListIndex[]): new () => MigrationInterface {
  if (!/\d{13}$/.test(name)) throw new Error(`migration name ${name} must end in a 13-digit timestamp`);
  return class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const [table, index, columnNames] of indexes)
        await q.createIndex(table, new TableIndex({ name: index, columnNames }));
    }

    async down(q: QueryRunner): Promise<void> {
      for (const [table, index] of [...indexes].reverse()) await q.dropIndex(table, index);
    }
  };
}
