import { subgraph as directory } from '@integrity/directory';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as procurement } from '../src/index.js';
import { AcceptanceAttempt1732406400390 } from '../src/migrations/1732406400390-acceptance-attempt.js';
import { fakeCreditSubgraph } from './fixtures/fake-credit.subgraph.js';

const mysql = await mysqlStatus();

// Migration 390 on both databases: every acceptance the audit log recorded becomes an attempt (a failure kept
// before the pass that overwrote it); a contract accepted with no audit entry keeps the one on its row; a milestone
// the 60-day limit had brought forward gets the date agreed at signing back as agreedDueDate.
describe.each(['mysql', 'sqlite'] as const)('the acceptance_attempt migration on %s', (database) => {
  let stack: Stack;
  const skip = database === 'mysql' && !mysql.ok;
  beforeAll(async () => {
    if (!skip) stack = await startStack({ subgraphs: [directory, procurement, fakeCreditSubgraph], database });
  }, 180_000);
  afterAll(() => stack?.close());

  it.skipIf(skip)('recovers the acceptances and agreed dates the audit log kept', async () => {
    const ds = stack.subgraphs.procurement!.dataSource;
    const [audited, seeded] = (await ds.query(
      'SELECT id, accepted_on FROM contract WHERE accepted_on IS NOT NULL ORDER BY id LIMIT 2',
    )) as { id: string; accepted_on: string }[];
    const [capped, kept] = (await ds.query(
      "SELECT id, due_date FROM payment_milestone WHERE contract_id = ? AND due_basis = 'FIXED_DATE' ORDER BY seq",
      [audited!.id],
    )) as { id: string; due_date: string }[];
    const migration = new AcceptanceAttempt1732406400390();
    const runner = ds.createQueryRunner();
    await migration.down(runner); // as before the migration
    const audit = (id: string, at: string, action: string, after: object) =>
      ds.query(
        `INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity_type, entity_id, before_json, after_json, request_id)
         VALUES (?, ?, 'u-czj', 'czj', ?, 'Contract', ?, NULL, ?, 'test')`,
        [id, at, action, audited!.id, JSON.stringify(after)],
      );
    await audit('mig-390-a', '2026-01-05T08:00:00.000Z', 'contract.accept-failed', {
      acceptedOn: '2026-01-05',
      acceptanceNote: '数量不符',
    });
    await audit('mig-390-b', '2026-01-20T08:00:00.000Z', 'contract.accept', {
      acceptedOn: audited!.accepted_on,
      acceptanceNote: '验收合格',
      capped: [{ milestoneId: capped!.id, agreed: '2099-12-31', due: capped!.due_date }],
    });
    await migration.up(runner);
    await runner.release();

    const attempts = (await ds.query(
      'SELECT contract_id, accepted_on, result, note, recorded_by FROM acceptance_attempt WHERE contract_id IN (?, ?) ORDER BY contract_id, accepted_on',
      [audited!.id, seeded!.id],
    )) as Record<string, string>[];
    expect(attempts.map((a) => ({ ...a }))).toEqual(
      [
        { contract_id: audited!.id, accepted_on: '2026-01-05', result: 'FAILED', note: '数量不符', recorded_by: 'czj' },
        {
          contract_id: audited!.id,
          accepted_on: audited!.accepted_on,
          result: 'PASSED',
          note: '验收合格',
          recorded_by: 'czj',
        },
        {
          contract_id: seeded!.id,
          accepted_on: seeded!.accepted_on,
          result: 'PASSED',
          note: '验收合格',
          recorded_by: 'migration',
        },
      ].sort((a, b) => a.contract_id.localeCompare(b.contract_id) || a.accepted_on.localeCompare(b.accepted_on)),
    );
    const agreed = (await ds.query(
      'SELECT id, due_date, agreed_due_date FROM payment_milestone WHERE id IN (?, ?) ORDER BY seq',
      [capped!.id, kept!.id],
    )) as { id: string; due_date: string; agreed_due_date: string }[];
    expect(agreed.map((m) => ({ ...m }))).toEqual([
      { id: capped!.id, due_date: capped!.due_date, agreed_due_date: '2099-12-31' },
      { id: kept!.id, due_date: kept!.due_date, agreed_due_date: kept!.due_date },
    ]);
  });
});
