import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const version = { name: 'version', type: 'int', default: 1 };
const money = (name: string) => ({ name, type: 'bigint' });
const date = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '10', isNullable });
const text = (name: string, length: number, isNullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});

/** Projects and their lifecycle, bids (and refusals), contracts with milestones, breaches, PPP. */
export class ProcurementInitial1732406400300 implements MigrationInterface {
  name = 'ProcurementInitial1732406400300';

  async up(q: QueryRunner): Promise<void> {
    const table = async (name: string, columns: object[], indices: string[][] = []) => {
      await q.createTable(new Table({ name, columns: columns as never }));
      for (const cols of indices)
        await q.createIndex(name, new TableIndex({ name: `ix_${name}_${cols.join('_')}`, columnNames: cols }));
    };
    await table(
      'procurement_project',
      [
        id,
        text('title', 200),
        text('purchaser_id', 36),
        text('purchaser_name', 100),
        text('category', 16),
        text('method', 32),
        money('budget'),
        text('status', 16),
        text('awarded_bid_id', 36, true),
        text('created_at', 32),
        text('updated_at', 32),
        version,
      ],
      [['purchaser_id'], ['status']],
    );
    await table(
      'status_change',
      [
        id,
        text('project_id', 36),
        text('from_status', 16, true),
        text('to_status', 16),
        text('at', 32),
        text('by_user', 64),
      ],
      [['project_id']],
    );
    await table(
      'bid',
      [
        id,
        text('project_id', 36),
        text('supplier_uscc', 18),
        text('supplier_name', 200),
        money('amount'),
        text('submitted_at', 32),
        text('submitted_by', 64),
      ],
      [['project_id']],
    );
    await table(
      'refused_bid',
      [
        id,
        text('project_id', 36),
        text('supplier_uscc', 18),
        money('amount'),
        text('reason', 1000),
        text('at', 32),
        text('by_user', 64),
      ],
      [['project_id']],
    );
    await table(
      'contract',
      [
        id,
        text('project_id', 36),
        text('purchaser_id', 36),
        text('supplier_uscc', 18),
        text('supplier_name', 200),
        money('amount'),
        date('signed_on'),
        date('accepted_on', true),
        text('acceptance_result', 8, true),
        text('acceptance_note', 1000, true),
        version,
      ],
      [['project_id'], ['purchaser_id']],
    );
    await table(
      'payment_milestone',
      [
        id,
        text('contract_id', 36),
        text('purchaser_id', 36),
        { name: 'seq', type: 'int' },
        date('due_date'),
        money('amount'),
        { name: 'paid_amount', type: 'bigint', default: 0 },
        date('paid_on', true),
        version,
      ],
      [['contract_id'], ['purchaser_id', 'due_date']],
    );
    await table(
      'breach_record',
      [
        id,
        text('project_id', 36, true),
        text('department_id', 36),
        text('description', 1000),
        date('recorded_on'),
        text('recorded_by', 64),
      ],
      [['department_id']],
    );
    await table(
      'ppp_project',
      [
        id,
        text('name', 200),
        text('department_id', 36),
        text('region_code', 12),
        text('phase', 16),
        money('total_investment'),
        text('created_at', 32),
        version,
      ],
      [['region_code']],
    );
    await table(
      'ppp_obligation',
      [
        id,
        text('project_id', 36),
        text('region_code', 12),
        { name: 'year', type: 'int' },
        money('amount'),
        { name: 'paid_amount', type: 'bigint', default: 0 },
        version,
      ],
      [['region_code', 'year'], ['project_id']],
    );
    await q.createTable(
      new Table({
        name: 'ppp_fiscal_capacity',
        columns: [
          { name: 'region_code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'year', type: 'int', isPrimary: true },
          { name: 'general_budget_expenditure', type: 'bigint' },
          version,
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'ppp_fiscal_capacity',
      'ppp_obligation',
      'ppp_project',
      'breach_record',
      'payment_milestone',
      'contract',
      'refused_bid',
      'bid',
      'status_change',
      'procurement_project',
    ])
      await q.dropTable(t);
  }
}
