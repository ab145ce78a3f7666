import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Limits, fiscal resources, instruments with schedules and repayments, emergency plans and findings. */
export class DebtInitial1732406400500 implements MigrationInterface {
  name = 'DebtInitial1732406400500';

  async up(q: QueryRunner): Promise<void> {
    for (const name of ['debt_limit', 'fiscal_resources']) {
      await q.createTable(
        new Table({
          name,
          columns: [
            { name: 'region_code', type: 'varchar', length: '12', isPrimary: true },
            { name: 'year', type: 'int', isPrimary: true },
            { name: 'amount', type: 'bigint' },
            { name: 'updated_at', type: 'varchar', length: '32' },
            { name: 'version', type: 'int', default: 1 },
          ],
        }),
      );
    }
    await q.createTable(
      new Table({
        name: 'debt_instrument',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'principal', type: 'bigint' },
          { name: 'rate_bp', type: 'int' },
          { name: 'issued_on', type: 'varchar', length: '10' },
          { name: 'matures_on', type: 'varchar', length: '10' },
          { name: 'project', type: 'varchar', length: '200' },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'debt_instrument',
      new TableIndex({ name: 'ix_instrument_region', columnNames: ['region_code', 'issued_on'] }),
    );
    await q.createTable(
      new Table({
        name: 'scheduled_payment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'instrument_id', type: 'varchar', length: '36' },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'principal', type: 'bigint' },
          { name: 'interest', type: 'bigint' },
        ],
        foreignKeys: [
          { columnNames: ['instrument_id'], referencedTableName: 'debt_instrument', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'scheduled_payment',
      new TableIndex({ name: 'ix_schedule_instrument', columnNames: ['instrument_id', 'due_date'] }),
    );
    await q.createIndex(
      'scheduled_payment',
      new TableIndex({ name: 'ix_schedule_region', columnNames: ['region_code'] }),
    );
    await q.createTable(
      new Table({
        name: 'repayment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'instrument_id', type: 'varchar', length: '36' },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'paid_on', type: 'varchar', length: '10' },
          { name: 'principal', type: 'bigint' },
          { name: 'interest', type: 'bigint' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
        foreignKeys: [
          { columnNames: ['instrument_id'], referencedTableName: 'debt_instrument', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'repayment',
      new TableIndex({ name: 'ix_repayment_instrument', columnNames: ['instrument_id'] }),
    );
    await q.createIndex('repayment', new TableIndex({ name: 'ix_repayment_region', columnNames: ['region_code'] }));
    await q.createTable(
      new Table({
        name: 'emergency_plan',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'year', type: 'int' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'document_number', type: 'varchar', length: '100' },
          { name: 'adopted_on', type: 'varchar', length: '10' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex(
      'emergency_plan',
      new TableIndex({ name: 'ix_plan_region', columnNames: ['region_code', 'year'] }),
    );
    await q.createTable(
      new Table({
        name: 'accountability_finding',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'region_code', type: 'varchar', length: '12' },
          { name: 'year', type: 'int' },
          { name: 'finding', type: 'varchar', length: '2000' },
          { name: 'responsible', type: 'varchar', length: '200' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_on', type: 'varchar', length: '10' },
        ],
      }),
    );
    await q.createIndex(
      'accountability_finding',
      new TableIndex({ name: 'ix_finding_region', columnNames: ['region_code', 'year'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'accountability_finding',
      'emergency_plan',
      'repayment',
      'scheduled_payment',
      'debt_instrument',
      'fiscal_resources',
      'debt_limit',
    ])
      await q.dropTable(t);
  }
}
