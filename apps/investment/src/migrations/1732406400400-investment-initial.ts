import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Incentive policies, investment agreements, commitments and their fulfilment events. */
export class InvestmentInitial1732406400400 implements MigrationInterface {
  name = 'InvestmentInitial1732406400400';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'incentive_policy',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'legal_basis', type: 'varchar', length: '500' },
          { name: 'text', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'drafted_by', type: 'varchar', length: '64' },
          { name: 'reviewer_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'reviewer_name', type: 'varchar', length: '64', isNullable: true },
          { name: 'review_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'reviewed_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex('incentive_policy', new TableIndex({ name: 'ix_policy_status', columnNames: ['status'] }));
    await q.createTable(
      new Table({
        name: 'investment_agreement',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'investor_uscc', type: 'varchar', length: '18' },
          { name: 'investor_name', type: 'varchar', length: '200' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'town_code', type: 'varchar', length: '12' },
          { name: 'amount', type: 'bigint' },
          { name: 'signed_on', type: 'varchar', length: '10' },
          { name: 'jobs_promised', type: 'int', isNullable: true },
          { name: 'invested_to_date', type: 'bigint', default: 0 },
          { name: 'jobs_created', type: 'int', default: 0 },
          { name: 'contact_person', type: 'varchar', length: '50', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'version', type: 'int', default: 1 },
        ],
      }),
    );
    await q.createIndex(
      'investment_agreement',
      new TableIndex({ name: 'ix_agreement_department', columnNames: ['department_id'] }),
    );
    await q.createIndex(
      'investment_agreement',
      new TableIndex({ name: 'ix_agreement_town', columnNames: ['town_code'] }),
    );
    await q.createTable(
      new Table({
        name: 'commitment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'agreement_id', type: 'varchar', length: '36' },
          { name: 'department_id', type: 'varchar', length: '36' },
          { name: 'policy_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'amount', type: 'bigint' },
          { name: 'fulfilled_amount', type: 'bigint', default: 0 },
          { name: 'due_date', type: 'varchar', length: '10' },
          { name: 'description', type: 'varchar', length: '1000' },
          { name: 'breached_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'breach_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'waived_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'waiver_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'waiver_document', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'version', type: 'int', default: 1 },
        ],
        foreignKeys: [
          { columnNames: ['agreement_id'], referencedTableName: 'investment_agreement', referencedColumnNames: ['id'] },
          { columnNames: ['policy_id'], referencedTableName: 'incentive_policy', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'commitment',
      new TableIndex({ name: 'ix_commitment_department', columnNames: ['department_id', 'due_date'] }),
    );
    await q.createIndex(
      'commitment',
      new TableIndex({ name: 'ix_commitment_agreement', columnNames: ['agreement_id'] }),
    );
    await q.createTable(
      new Table({
        name: 'fulfilment',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'commitment_id', type: 'varchar', length: '36' },
          { name: 'amount', type: 'bigint' },
          { name: 'date', type: 'varchar', length: '10' },
          { name: 'evidence', type: 'varchar', length: '1000' },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
        foreignKeys: [
          { columnNames: ['commitment_id'], referencedTableName: 'commitment', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'fulfilment',
      new TableIndex({ name: 'ix_fulfilment_commitment', columnNames: ['commitment_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['fulfilment', 'commitment', 'investment_agreement', 'incentive_policy'])
      await q.dropTable(table);
  }
}
