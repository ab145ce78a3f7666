import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One column added to a table that already holds rows: nullable, so the rows before it need no value. */
export type AddedColumn = [table: string, name: string, type: 'varchar', length: number];

/**
 * A migration that only adds nullable columns. `name` must end in the migration's 13-digit timestamp (TypeORM
 * orders by it) and must never change once it has run anywhere. `down` drops them in reverse order.
 */
export function columnMigration(name: string, columns: AddedColumn[]): new () => MigrationInterface {
  if (!/\d{13}$/.test(name)) throw new Error(`migration name ${name} must end in a 13-digit timestamp`);
  return class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const [table, column, type, length] of columns)
        await q.addColumn(table, new TableColumn({ name: column, type, length: String(length), isNullable: true }));
    }

    async down(q: QueryRunner): Promise<void> {
      for (const [table, column] of [...columns].reverse()) await q.dropColumn(table, column);
    }
  };
}
