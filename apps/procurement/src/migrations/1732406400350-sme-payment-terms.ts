import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * SME payment terms and late-payment interest (《保障中小企业款项支付条例》): the supplier's size and the agreed
 * late rate kept on the contract as they were at signing, the delivery date, and milestones due a number of days
 * after delivery or acceptance, which have no due date until that happens. Existing contracts are of an undeclared
 * size with no agreed rate; existing milestones keep their fixed dates.
 */
export class SmePaymentTerms1732406400350 implements MigrationInterface {
  name = 'SmePaymentTerms1732406400350';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('contract', [
      new TableColumn({ name: 'supplier_size', type: 'varchar', length: '8', default: "'UNKNOWN'" }),
      new TableColumn({ name: 'late_rate_bp', type: 'int', isNullable: true }),
      new TableColumn({ name: 'lpr_bp', type: 'int', isNullable: true }),
      new TableColumn({ name: 'delivered_on', type: 'varchar', length: '10', isNullable: true }),
    ]);
    await q.addColumns('payment_milestone', [
      new TableColumn({ name: 'due_basis', type: 'varchar', length: '12', default: "'FIXED_DATE'" }),
      new TableColumn({ name: 'term_days', type: 'int', isNullable: true }),
    ]);
    const table = (await q.getTable('payment_milestone'))!;
    const before = table.findColumnByName('due_date')!;
    const after = before.clone();
    after.isNullable = true;
    await q.changeColumn(table, before, after);
  }

  async down(q: QueryRunner): Promise<void> {
    // a milestone still waiting for its basis event cannot go back to a fixed date it never had
    await q.query('DELETE FROM payment_milestone WHERE due_date IS NULL');
    const table = (await q.getTable('payment_milestone'))!;
    const before = table.findColumnByName('due_date')!;
    const after = before.clone();
    after.isNullable = false;
    await q.changeColumn(table, before, after);
    await q.dropColumns('payment_milestone', ['due_basis', 'term_days']);
    await q.dropColumns('contract', ['supplier_size', 'late_rate_bp', 'lpr_bp', 'delivered_on']);
  }
}
