import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The debt rules as the law states them: a bond's purpose and on-lending agreement, the stock of hidden debt and
 * arrears with each year's resolution plan and reductions, and graded default incidents. Existing bonds were new
 * borrowing (the purpose is set on them); loans and other stock keep none.
 */
export class DebtLaw1732406400510 implements MigrationInterface {
  name = 'DebtLaw1732406400510';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('debt_instrument', [
      new TableColumn({ name: 'bond_purpose', type: 'varchar', length: '12', isNullable: true }),
      new TableColumn({ name: 'on_lending_document', type: 'varchar', length: '100', isNullable: true }),
    ]);
    await q.query("UPDATE debt_instrument SET bond_purpose = 'NEW' WHERE kind IN ('GENERAL_BOND', 'SPECIAL_BOND')");
    await q.createTable(
      new Table({
        name: 'debt_stock_plan',
        columns: [
          { name: 'region_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '12', isPrimary: true },
          { name: 'stock_at_start', type: 'bigint' },
          { name: 'planned_reduction', type: 'bigint' },
          { name: 'updated_at', type: 'varchar', length: '32' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'debt_reduction',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'year', type: 'int' },
          { name: 'kind', type: 'varchar', length: '12' },
          { name: 'amount', type: 'bigint' },
          { name: 'reduced_on', type: 'varchar', length: '10' },
          { name: 'means', type: 'varchar', length: '200' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'debt_reduction',
      new TableIndex({ name: 'ix_reduction_region', columnNames: ['region_code', 'year', 'kind'] }),
    );
    await q.createTable(
      new Table({
        name: 'debt_incident',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'instrument_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'grade', type: 'varchar', length: '4' },
          { name: 'occurred_on', type: 'varchar', length: '10' },
          { name: 'amount', type: 'bigint' },
          { name: 'response', type: 'varchar', length: '2000' },
          { name: 'resolved_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'resolution', type: 'varchar', length: '2000', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'debt_incident',
      new TableIndex({ name: 'ix_incident_region', columnNames: ['region_code', 'occurred_on'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['debt_incident', 'debt_reduction', 'debt_stock_plan']) await q.dropTable(t);
    await q.dropColumn('debt_instrument', 'on_lending_document');
    await q.dropColumn('debt_instrument', 'bond_purpose');
  }
}
