import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Regions, departments, enterprises and users. Table API only, so it runs on MySQL and SQLite alike. */
export class DirectoryInitial1732406400100 implements MigrationInterface {
  name = 'DirectoryInitial1732406400100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'region',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'level', type: 'varchar', length: '16' },
          { name: 'parent_code', type: 'varchar', length: '12', isNullable: true },
        ],
        foreignKeys: [{ columnNames: ['parent_code'], referencedTableName: 'region', referencedColumnNames: ['code'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'department',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'code', type: 'varchar', length: '32' },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'short_name', type: 'varchar', length: '50' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'county_wide_domains', type: 'text' },
          { name: 'version', type: 'int', default: 1 },
        ],
        foreignKeys: [{ columnNames: ['region_code'], referencedTableName: 'region', referencedColumnNames: ['code'] }],
      }),
    );
    await q.createIndex(
      'department',
      new TableIndex({ name: 'ux_department_code', columnNames: ['code'], isUnique: true }),
    );
    await q.createIndex('department', new TableIndex({ name: 'ix_department_kind', columnNames: ['kind'] }));
    await q.createTable(
      new Table({
        name: 'enterprise',
        columns: [
          { name: 'uscc', type: 'varchar', length: '18', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'legal_representative', type: 'varchar', length: '50', isNullable: true },
          { name: 'region_code', type: 'varchar', length: '12', isNullable: true },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'app_user',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'username', type: 'varchar', length: '64' },
          { name: 'display_name', type: 'varchar', length: '100' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'roles', type: 'text' },
          { name: 'domains', type: 'text' },
          { name: 'department_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'active', type: 'boolean', default: true },
          { name: 'version', type: 'int', default: 1 },
        ],
        foreignKeys: [
          { columnNames: ['department_id'], referencedTableName: 'department', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'app_user',
      new TableIndex({ name: 'ux_user_username', columnNames: ['username'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('app_user');
    await q.dropTable('enterprise');
    await q.dropTable('department');
    await q.dropTable('region');
  }
}
