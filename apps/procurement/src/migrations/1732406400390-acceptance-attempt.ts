import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

interface AuditRow {
  at: string;
  action: string;
  entity_id: string;
  actor_name: string;
  after_json: string | null;
}

/**
 * Every acceptance a contract has had (issue 15: a second acceptance overwrote the first, so a failure within the
 * agreed period could be lost), and each milestone's agreed date beside its due date (an SME's later agreed date
 * brought forward by the 60-day cap must come back when a failed acceptance stops the clock again).
 *
 * Both are recovered from the audit log where it has them: every recorded acceptance, and the date each capped
 * milestone was agreed on. A contract accepted with no audit entry (demo or generated data) keeps its one
 * acceptance; a milestone never capped was agreed on its due date.
 */
export class AcceptanceAttempt1732406400390 implements MigrationInterface {
  name = 'AcceptanceAttempt1732406400390';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'acceptance_attempt',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'contract_id', type: 'varchar', length: '36' },
          { name: 'accepted_on', type: 'varchar', length: '10' },
          { name: 'result', type: 'varchar', length: '8' },
          { name: 'note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'recorded_by', type: 'varchar', length: '64' },
          { name: 'recorded_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await q.createIndex(
      'acceptance_attempt',
      new TableIndex({ name: 'ix_acceptance_attempt_contract', columnNames: ['contract_id', 'accepted_on'] }),
    );
    await q.addColumn(
      'payment_milestone',
      new TableColumn({ name: 'agreed_due_date', type: 'varchar', length: '10', isNullable: true }),
    );
    await q.query(`UPDATE payment_milestone SET agreed_due_date = due_date WHERE due_basis = 'FIXED_DATE'`);

    const audits = (await q.query(
      `SELECT at, action, entity_id, actor_name, after_json FROM audit_log
       WHERE entity_type = 'Contract' AND action IN ('contract.accept', 'contract.accept-failed', 'contract.deliver')
       ORDER BY at, id`,
    )) as AuditRow[];
    const agreed = new Map<string, string>();
    const attempted = new Set<string>();
    let n = 0;
    for (const row of audits) {
      const after = row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : {};
      // the first capping of a milestone saw its agreed date
      for (const c of (after.capped as { milestoneId: string; agreed: string }[] | undefined) ?? [])
        if (!agreed.has(c.milestoneId)) agreed.set(c.milestoneId, c.agreed);
      if (row.action === 'contract.deliver' || typeof after.acceptedOn !== 'string') continue;
      attempted.add(row.entity_id);
      n += 1;
      await q.query(
        `INSERT INTO acceptance_attempt (id, contract_id, accepted_on, result, note, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [
          `migrated-${String(n).padStart(6, '0')}-${row.entity_id.slice(0, 18)}`,
          row.entity_id,
          after.acceptedOn,
          row.action === 'contract.accept' ? 'PASSED' : 'FAILED',
          typeof after.acceptanceNote === 'string' ? after.acceptanceNote : null,
          row.actor_name.slice(0, 64),
          row.at,
        ],
      );
    }
    for (const [milestoneId, date] of agreed)
      await q.query(`UPDATE payment_milestone SET agreed_due_date = ? WHERE id = ? AND due_basis = 'FIXED_DATE'`, [
        date,
        milestoneId,
      ]);
    // accepted with no audit entry (seeded): the one acceptance the contract row holds
    const rest = ((await q.query(`SELECT id FROM contract WHERE accepted_on IS NOT NULL`)) as { id: string }[]).filter(
      (c) => !attempted.has(c.id),
    );
    for (let i = 0; i < rest.length; i += 500) {
      const ids = rest.slice(i, i + 500).map((c) => c.id);
      await q.query(
        `INSERT INTO acceptance_attempt (id, contract_id, accepted_on, result, note, recorded_by, recorded_at)
         SELECT id, id, accepted_on, acceptance_result, acceptance_note, 'migration', '' FROM contract
         WHERE id IN (${ids.map(() => '?').join(', ')})`,
        ids,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('payment_milestone', 'agreed_due_date');
    await q.dropTable('acceptance_attempt');
  }
}
