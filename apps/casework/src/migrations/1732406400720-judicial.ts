import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Judgments against county bodies, their fulfilments, and hearings with the head's appearance. */
export class Judicial1732406400720 implements MigrationInterface {
  name = 'Judicial1732406400720';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'casework_judgment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'case_number', type: 'varchar', length: '64', isUnique: true },
          { name: 'court', type: 'varchar', length: '100' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'obligation', type: 'varchar', length: '2000' },
          { name: 'amount', type: 'bigint' },
          { name: 'fulfilled_amount', type: 'bigint', default: 0 },
          { name: 'effective_on', type: 'varchar', length: '10' },
          { name: 'due_on', type: 'varchar', length: '10' },
          { name: 'fulfilled_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'listed_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'listing_document', type: 'varchar', length: '100', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'casework_judgment',
      new TableIndex({ name: 'ix_judgment_department_due', columnNames: ['department_id', 'fulfilled_on', 'due_on'] }),
    );
    await q.createTable(
      new Table({
        name: 'casework_judgment_fulfilment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'judgment_id', type: 'varchar', length: '36' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'amount', type: 'bigint' },
          { name: 'evidence', type: 'varchar', length: '1000' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex(
      'casework_judgment_fulfilment',
      new TableIndex({ name: 'ix_fulfilment_judgment', columnNames: ['judgment_id', 'date'] }),
    );
    await q.createTable(
      new Table({
        name: 'casework_court_appearance',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'case_number', type: 'varchar', length: '64' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'hearing_date', type: 'varchar', length: '10' },
          { name: 'head_appeared', type: 'boolean' },
          { name: 'appeared_name', type: 'varchar', length: '50', isNullable: true },
          { name: 'position', type: 'varchar', length: '50', isNullable: true },
          { name: 'rank', type: 'varchar', length: '8', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
        ],
      }),
    );
    await q.createIndex(
      'casework_court_appearance',
      new TableIndex({ name: 'ix_appearance_department_date', columnNames: ['department_id', 'hearing_date'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('casework_court_appearance');
    await q.dropTable('casework_judgment_fulfilment');
    await q.dropTable('casework_judgment');
  }
}
