import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration that only adds things (columns, indexes), each undone in reverse order. `name` must end in the
 * migration's 13-digit timestamp (TypeORM orders by it) and must never change once it has run anywhere.
 */
export function additiveMigration<T>(
  name: string,
  items: T[],
  add: (q: QueryRunner, item: T) => Promise<void>,
  drop: (q: QueryRunner, item: T) => Promise<void>,
): new () => MigrationInterface {
  if (!/\d{13}$/.test(name)) throw new Error(`migration name ${name} must end in a 13-digit timestamp`);
  return class implements MigrationInterface {
    name = name;

    async up(q: QueryRunner): Promise<void> {
      for (const item of items) await add(q, item);
    }

    async down(q: QueryRunner): Promise<void> {
      for (const item of [...items].reverse()) await drop(q, item);
    }
  };
}
