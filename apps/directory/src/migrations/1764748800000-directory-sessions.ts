import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Login sessions, so tokens can be revoked (logout, a changed or disabled user). */
export class DirectorySessions1764748800000 implements MigrationInterface {
  name = 'DirectorySessions1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'user_session',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'user_version', type: 'int' },
          { name: 'created_at', type: 'varchar', length: '30' },
          { name: 'expires_at', type: 'varchar', length: '30' },
          { name: 'revoked_at', type: 'varchar', length: '30', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createIndex('user_session', new TableIndex({ name: 'ix_session_user', columnNames: ['user_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('user_session');
  }
}
