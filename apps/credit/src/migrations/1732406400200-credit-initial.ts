import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const version = { name: 'version', type: 'int', default: 1 };

/** Civil servants, files, records, objections, repairs, the read log and the working-day calendar. */
export class CreditInitial1732406400200 implements MigrationInterface {
  name = 'CreditInitial1732406400200';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_day',
        columns: [
          { name: 'date', type: 'varchar', length: '10', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '8' },
          { name: 'name', type: 'varchar', length: '50' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'civil_servant',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'id_number_enc', type: 'varchar', length: '200' },
          { name: 'id_number_hash', type: 'varchar', length: '64' },
          { name: 'id_number_masked', type: 'varchar', length: '18' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'post', type: 'varchar', length: '100', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          version,
        ],
      }),
    );
    await q.createIndex(
      'civil_servant',
      new TableIndex({ name: 'ux_civil_servant_id_hash', columnNames: ['id_number_hash'], isUnique: true }),
    );
    await q.createIndex(
      'civil_servant',
      new TableIndex({ name: 'ix_civil_servant_department', columnNames: ['department_id'] }),
    );
    await q.createTable(
      new Table({
        name: 'credit_file',
        columns: [
          id,
          { name: 'civil_servant_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'opened_on', type: 'varchar', length: '10' },
          { name: 'opened_by', type: 'varchar', length: '64' },
        ],
        foreignKeys: [
          { columnNames: ['civil_servant_id'], referencedTableName: 'civil_servant', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'credit_file',
      new TableIndex({ name: 'ux_credit_file_servant', columnNames: ['civil_servant_id'], isUnique: true }),
    );
    await q.createIndex(
      'credit_file',
      new TableIndex({ name: 'ix_credit_file_department', columnNames: ['department_id'] }),
    );
    await q.createTable(
      new Table({
        name: 'credit_record',
        columns: [
          id,
          { name: 'subject_type', type: 'varchar', length: '16' },
          { name: 'subject_id', type: 'varchar', length: '36' },
          { name: 'subject_name', type: 'varchar', length: '200' },
          { name: 'department_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'severity', type: 'varchar', length: '8' },
          { name: 'document_number', type: 'varchar', length: '100' },
          { name: 'authority', type: 'varchar', length: '200' },
          { name: 'decision_date', type: 'varchar', length: '10' },
          { name: 'publish', type: 'boolean' },
          { name: 'publicity_start', type: 'varchar', length: '10' },
          { name: 'publicity_end', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'under_objection', type: 'boolean', default: false },
          { name: 'closed_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '64' },
          { name: 'created_at', type: 'varchar', length: '32' },
          version,
        ],
      }),
    );
    await q.createIndex(
      'credit_record',
      new TableIndex({ name: 'ix_record_subject', columnNames: ['subject_type', 'subject_id'] }),
    );
    await q.createIndex(
      'credit_record',
      new TableIndex({ name: 'ix_record_department', columnNames: ['department_id'] }),
    );
    await q.createIndex(
      'credit_record',
      new TableIndex({ name: 'ix_record_public', columnNames: ['publish', 'status', 'decision_date'] }),
    );
    await q.createTable(
      new Table({
        name: 'objection',
        columns: [
          id,
          { name: 'record_id', type: 'varchar', length: '36' },
          { name: 'reason', type: 'varchar', length: '2000' },
          { name: 'filed_by', type: 'varchar', length: '64' },
          { name: 'filed_on', type: 'varchar', length: '10' },
          { name: 'accept_deadline', type: 'varchar', length: '10' },
          { name: 'decision_deadline', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'accepted_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'decided_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'decided_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'note', type: 'varchar', length: '2000', isNullable: true },
          version,
        ],
        foreignKeys: [
          { columnNames: ['record_id'], referencedTableName: 'credit_record', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex('objection', new TableIndex({ name: 'ix_objection_record', columnNames: ['record_id'] }));
    await q.createIndex(
      'objection',
      new TableIndex({ name: 'ix_objection_status', columnNames: ['status', 'decision_deadline'] }),
    );
    await q.createTable(
      new Table({
        name: 'repair_application',
        columns: [
          id,
          { name: 'record_id', type: 'varchar', length: '36' },
          { name: 'evidence', type: 'varchar', length: '2000' },
          { name: 'commitment_letter', type: 'varchar', length: '2000' },
          { name: 'applied_by', type: 'varchar', length: '64' },
          { name: 'applied_on', type: 'varchar', length: '10' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'decided_by', type: 'varchar', length: '64', isNullable: true },
          { name: 'decided_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'note', type: 'varchar', length: '2000', isNullable: true },
          version,
        ],
        foreignKeys: [
          { columnNames: ['record_id'], referencedTableName: 'credit_record', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex('repair_application', new TableIndex({ name: 'ix_repair_record', columnNames: ['record_id'] }));
    await q.createTable(
      new Table({
        name: 'read_log',
        columns: [
          id,
          { name: 'reader_id', type: 'varchar', length: '64' },
          { name: 'reader_name', type: 'varchar', length: '100' },
          { name: 'civil_servant_id', type: 'varchar', length: '36' },
          { name: 'what', type: 'varchar', length: '16' },
          { name: 'request_id', type: 'varchar', length: '100' },
          { name: 'at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'read_log',
      new TableIndex({ name: 'ix_read_log_servant', columnNames: ['civil_servant_id', 'at'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'read_log',
      'repair_application',
      'objection',
      'credit_record',
      'credit_file',
      'civil_servant',
      'calendar_day',
    ])
      await q.dropTable(t);
  }
}
