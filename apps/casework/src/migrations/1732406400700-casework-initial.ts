import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { DEFAULT_DEADLINE_RULES } from '../deadline/deadline-rules.js';

/** Cases, their co-handlers, and version 1 of the deadline rules (data with their sources). */
export class CaseworkInitial1732406400700 implements MigrationInterface {
  name = 'CaseworkInitial1732406400700';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'case_deadline_rule',
        columns: [
          { name: 'id', type: 'varchar', length: '60', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'stage', type: 'varchar', length: '8' },
          { name: 'starts_from', type: 'varchar', length: '10' },
          { name: 'unit', type: 'varchar', length: '14' },
          { name: 'amount', type: 'int' },
          { name: 'extension_amount', type: 'int', isNullable: true },
          { name: 'effective_from', type: 'varchar', length: '10' },
          { name: 'source', type: 'varchar', length: '500' },
        ],
      }),
    );
    // version 1 of every rule; `?` placeholders work on MySQL and SQLite alike
    for (const r of DEFAULT_DEADLINE_RULES)
      await q.query(
        'INSERT INTO case_deadline_rule (id, kind, stage, starts_from, unit, amount, extension_amount, effective_from, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [r.id, r.kind, r.stage, r.startsFrom, r.unit, r.amount, r.extensionAmount, r.effectiveFrom, r.source],
      );
    await q.createTable(
      new Table({
        name: 'casework_case',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'source_number', type: 'varchar', length: '64', isNullable: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'content', type: 'text' },
          { name: 'category', type: 'varchar', length: '24', isNullable: true },
          { name: 'concerned_department_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'department_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'received_on', type: 'varchar', length: '10' },
          { name: 'accepted_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'assigned_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'replied_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'closed_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'accept_rule_id', type: 'varchar', length: '60', isNullable: true },
          { name: 'reply_rule_id', type: 'varchar', length: '60' },
          { name: 'accept_deadline', type: 'varchar', length: '10', isNullable: true },
          { name: 'reply_deadline', type: 'varchar', length: '10', isNullable: true },
          { name: 'deadline', type: 'varchar', length: '10', isNullable: true },
          { name: 'calendar_missing', type: 'boolean', default: false },
          { name: 'out_of_scope_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'extension_reason', type: 'varchar', length: '1000', isNullable: true },
          { name: 'extended_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'reply', type: 'text', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '1', isNullable: true },
          { name: 'delegate_satisfaction', type: 'varchar', length: '20', isNullable: true },
          { name: 'reopened_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'registered_by', type: 'varchar', length: '64' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'casework_case',
      new TableIndex({ name: 'ix_case_department_status', columnNames: ['department_id', 'status', 'deadline'] }),
    );
    await q.createIndex(
      'casework_case',
      new TableIndex({ name: 'ix_case_status_deadline', columnNames: ['status', 'deadline'] }),
    );
    await q.createTable(
      new Table({
        name: 'casework_co_handler',
        columns: [
          { name: 'case_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'department_id', type: 'varchar', length: '36', isPrimary: true },
        ],
      }),
    );
    await q.createIndex(
      'casework_co_handler',
      new TableIndex({ name: 'ix_co_handler_department', columnNames: ['department_id', 'case_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('casework_co_handler');
    await q.dropTable('casework_case');
    await q.dropTable('case_deadline_rule');
  }
}
