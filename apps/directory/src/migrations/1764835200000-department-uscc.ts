import { demoDepartments } from '@integrity/demo-data';
import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Departments carry their unified social credit code (issue 14: the platforms identify subjects by it). The
 * demo's departments get theirs; any other department keeps null until an administrator records its code.
 */
export class DepartmentUscc1764835200000 implements MigrationInterface {
  name = 'DepartmentUscc1764835200000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('department', new TableColumn({ name: 'uscc', type: 'varchar', length: '18', isNullable: true }));
    for (const d of demoDepartments) await q.query('UPDATE department SET uscc = ? WHERE id = ?', [d.uscc, d.id]);
    await q.createIndex(
      'department',
      new TableIndex({ name: 'ux_department_uscc', columnNames: ['uscc'], isUnique: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('department', 'ux_department_uscc');
    await q.dropColumn('department', 'uscc');
  }
}
