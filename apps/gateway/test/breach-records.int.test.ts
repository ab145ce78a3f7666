// Breaches of every field become records in the one credit ledger (二.3, 三.2, 三.3, 三.6), exactly once through
// each subgraph's outbox: procurement breaches, supplier payments unpaid 30 days past due, breached
// commitments — from the demo county at start, and new ones with credit stopped in between.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { DEMO_COUNTY_CODE, demoDepartments, demoEnterprises } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import {
  overduePaymentMessage,
  pppObligationMessage,
  recordOverduePayments,
  recordUnpaidPppObligations,
  subgraph as procurement,
} from '@integrity/procurement';
import {
  addDays,
  CREDIT_CURE_TOPIC,
  CREDIT_RECORD_TOPIC,
  CREDIT_WITHDRAW_TOPIC,
  enqueueOutbox,
  today,
} from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPERGRAPH_FILE } from '../src/paths.js';

const mysql = await mysqlStatus();

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `breach records on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      process.env.OUTBOX_BACKOFF_MS = '1';
      process.env.OUTBOX_MAX_BACKOFF_MS = '1';
      // procurement's own sweeps run at start only: the race tests below hold rows by hand and run the sweep
      // themselves, which a timer's run in between would upset
      process.env.RECORD_SWEEP_MS = String(3_600_000);
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment],
        supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      });
    }, 180_000);
    afterAll(() => stack?.close());

    const db = (name: string) => stack.subgraphs[name]!.dataSource;
    const sourced = async (subgraph: string) =>
      (await db('credit').query(
        'SELECT source_id, category, severity, department_id, decision_date, authority, document_number FROM credit_record WHERE source_subgraph = ? ORDER BY source_id',
        [subgraph],
      )) as {
        source_id: string;
        category: string;
        severity: string;
        department_id: string;
        decision_date: string;
        authority: string;
        document_number: string;
      }[];

    it('makes one record for every demo breach, payment unpaid past the grace period and breached commitment', async () => {
      const breaches = (await db('procurement').query('SELECT id, department_id FROM breach_record')) as {
        id: string;
        department_id: string;
      }[];
      const unpaid = (await db('procurement').query(
        'SELECT id, due_date, purchaser_id FROM payment_milestone WHERE paid_amount < amount AND due_date < ?',
        [today()],
      )) as { id: string; due_date: string; purchaser_id: string }[];
      const late = unpaid.filter((m) => addDays(m.due_date, 31) <= today());
      const recent = unpaid.filter((m) => addDays(m.due_date, 31) > today());
      expect(late.length).toBeGreaterThan(0);
      // PPP payments of a year already ended, not paid in full (三.4)
      const pppUnpaid = (await db('procurement').query(
        'SELECT o.id, o.year, p.department_id FROM ppp_obligation o JOIN ppp_project p ON p.id = o.project_id WHERE o.paid_amount < o.amount AND o.year < ?',
        [Number(today().slice(0, 4))],
      )) as { id: string; year: number; department_id: string }[];
      expect(pppUnpaid.length).toBeGreaterThan(0);
      const procurementRecords = await sourced('procurement');
      expect(procurementRecords.map((r) => r.source_id).sort()).toEqual(
        [
          ...breaches.map((b) => `breach-${b.id}`),
          ...late.map((m) => `milestone-${m.id}`),
          ...pppUnpaid.map((o) => `ppp-obligation-${o.id}`),
        ].sort(),
      );
      // the demo's unpaid year is 50 million yuan: SERIOUS from 10 million, decided on 1 January after its year
      expect(procurementRecords.find((r) => r.source_id === `ppp-obligation-${pppUnpaid[0]!.id}`)).toMatchObject({
        category: 'BROKEN_COMMITMENT',
        severity: 'SERIOUS',
        department_id: pppUnpaid[0]!.department_id,
        decision_date: `${Number(pppUnpaid[0]!.year) + 1}-01-01`,
      });
      // still within the 30 days: not (yet) a record
      for (const m of recent) expect(procurementRecords.some((r) => r.source_id === `milestone-${m.id}`)).toBe(false);
      const milestone = procurementRecords.find((r) => r.source_id === `milestone-${late[0]!.id}`)!;
      expect(milestone).toMatchObject({
        category: 'BROKEN_COMMITMENT',
        department_id: late[0]!.purchaser_id,
        decision_date: addDays(late[0]!.due_date, 31),
      });

      const breached = (await db('investment').query('SELECT id FROM commitment WHERE breached_on IS NOT NULL')) as {
        id: string;
      }[];
      expect(breached.length).toBeGreaterThan(0);
      const investmentRecords = await sourced('investment');
      expect(investmentRecords.map((r) => r.source_id).sort()).toEqual(
        breached.map((c) => `commitment-${c.id}`).sort(),
      );
      // each names as its deciding authority a body of the county's directory, so the exchange carries its code:
      // the finance bureau for procurement and PPP (政府采购法第十三条; 财金〔2019〕10号), the department the plan
      // charges with investment promotion for commitments (三.（六）, 县经信局, today 县工业和信息化局)
      const bodies = (await db('directory').query('SELECT name FROM department')) as { name: string }[];
      const authorities = new Set([...procurementRecords, ...investmentRecords].map((r) => r.authority));
      expect([...authorities].sort()).toEqual(['饶平县工业和信息化局', '饶平县财政局']);
      for (const a of authorities) expect(bodies.map((b) => b.name)).toContain(a);
    });

    it('records a new procurement breach once, though credit was down when it happened and a delivery is replayed', async () => {
      const czj = await stack.login('czj');
      const department = demoDepartments.find((d) => d.code === 'CZJ')!;
      await stack.stopSubgraph('credit');
      const made = await stack.graphql<{ recordProcurementBreach: { id: string } }>(
        'mutation ($input: RecordBreachInput!) { recordProcurementBreach(input: $input) { id } }',
        {
          input: {
            departmentId: department.id,
            description: '验收合格后逾期未支付中小企业货款，经投诉核实。',
            documentNumber: ' 饶财采〔2026〕31号 ',
          },
        },
        czj,
      );
      expect(made.errors).toBeUndefined();
      const key = `breach-${made.data!.recordProcurementBreach.id}`;
      const delivered = async () => {
        const [row] = (await db('procurement').query('SELECT delivered_at FROM outbox_message WHERE dedupe_key = ?', [
          key,
        ])) as { delivered_at: string | null }[];
        return row!.delivered_at !== null;
      };
      await stack.subgraphs.procurement!.outbox!.drain();
      expect(await delivered()).toBe(false); // credit is down: kept, not lost
      // and the administrators see it waiting, failing, with its retry
      const admin = await stack.login('admin');
      const BACKLOG = '{ procurementOutbox { undelivered failing oldestSince nextRetryAt lastDeliveredAt } }';
      type Backlog = {
        procurementOutbox: {
          undelivered: number;
          failing: number;
          oldestSince: string | null;
          nextRetryAt: string | null;
          lastDeliveredAt: string | null;
        };
      };
      const waiting = (await stack.graphql<Backlog>(BACKLOG, {}, admin)).data!.procurementOutbox;
      expect(waiting.failing).toBeGreaterThanOrEqual(1);
      expect(waiting.undelivered).toBeGreaterThanOrEqual(waiting.failing);
      expect(waiting.oldestSince).not.toBeNull();
      expect(Date.parse(waiting.nextRetryAt!)).toBeGreaterThan(Date.parse(waiting.oldestSince!));
      await stack.restartSubgraph('credit');
      await stack.delivered('procurement', { key });
      const after = (await stack.graphql<Backlog>(BACKLOG, {}, admin)).data!.procurementOutbox;
      expect(after).toMatchObject({ failing: 0, nextRetryAt: null });
      expect(Date.parse(after.lastDeliveredAt!)).toBeGreaterThan(Date.parse(waiting.oldestSince!));
      // a deliverer killed after credit made the record but before it marked the message: sent again
      await db('procurement').query(
        'UPDATE outbox_message SET delivered_at = NULL, next_attempt_at = ? WHERE dedupe_key = ?',
        [new Date(0).toISOString(), key],
      );
      await stack.delivered('procurement', { key });
      const records = (await sourced('procurement')).filter((r) => r.source_id === key);
      // the record cites the finding's number, as the officer gave it
      expect(records).toEqual([
        expect.objectContaining({
          category: 'BROKEN_COMMITMENT',
          severity: 'GENERAL',
          department_id: department.id,
          document_number: '饶财采〔2026〕31号',
        }),
      ]);
      const viaApi = await stack.graphql<{
        creditRecords: { items: { source: { subgraph: string; id: string } | null }[] };
      }>(
        'query ($d: ID!) { creditRecords(departmentId: $d, pageSize: 200) { items { source { subgraph id } } } }',
        { d: department.id },
        await stack.login('leader'),
      );
      expect(viaApi.data!.creditRecords.items.filter((r) => r.source?.id === key)).toEqual([
        { source: { subgraph: 'procurement', id: key } },
      ]);
    });

    it('reports arrears paid in full after they were recorded as cured, so the record can be repaired', async () => {
      const czj = await stack.login('czj');
      const overdue = await stack.graphql<{
        overduePayments: { id: string; dueDate: string; amount: string; paidAmount: string }[];
      }>('{ overduePayments { id dueDate amount paidAmount } }', {}, czj);
      const recorded = new Set((await sourced('procurement')).map((r) => r.source_id));
      const m = overdue.data!.overduePayments.find((o) => recorded.has(`milestone-${o.id}`))!;
      const key = `milestone-${m.id}`;
      const cureOf = async () =>
        (
          (await db('credit').query('SELECT cure_required, cured_on FROM credit_record WHERE source_id = ?', [
            key,
          ])) as {
            cure_required: number | boolean;
            cured_on: string | null;
          }[]
        )[0]!;
      expect(await cureOf()).toMatchObject({ cured_on: null });
      expect(Boolean((await cureOf()).cure_required)).toBe(true);
      const outstanding = (Number(m.amount) - Number(m.paidAmount)).toFixed(2);
      const paid = await stack.graphql(
        'mutation ($m: ID!, $d: Date!, $a: Decimal!) { recordPayment(milestoneId: $m, paidOn: $d, amount: $a) { status daysLate } }',
        { m: m.id, d: today(), a: outstanding },
        czj,
      );
      expect(paid.errors).toBeUndefined();
      await stack.delivered('procurement', { key });
      expect((await cureOf()).cured_on).toBe(today());
    });

    /** Runs operations as 财政局's officer (czj), each expected to succeed: its data. */
    const asCzj = async () => {
      const czj = await stack.login('czj');
      return <T>(query: string, variables: Record<string, unknown>) =>
        stack.graphql<T>(query, variables, czj).then((r) => {
          expect(r.errors).toBeUndefined();
          return r.data!;
        });
    };

    /**
     * A contract of 财政局 with an SME, delivered 150 days ago with a 10-day acceptance period and nothing recorded
     * within it: its one milestone fell due 30 days after the period's end and is long past the grace period.
     */
    const overdueSmeContract = async (title: string) => {
      const run = await asCzj();
      const department = demoDepartments.find((d) => d.code === 'CZJ')!;
      const move = (id: string, to: string) =>
        run(`mutation ($id: ID!) { transitionProcurementProject(id: $id, to: ${to}) { status } }`, { id });
      const { createProcurementProject: project } = await run<{ createProcurementProject: { id: string } }>(
        'mutation ($i: CreateProcurementProjectInput!) { createProcurementProject(input: $i) { id } }',
        {
          i: {
            purchaserId: department.id,
            title,
            category: 'GOODS',
            method: 'OPEN',
            budget: '80000.00',
          },
        },
      );
      await move(project.id, 'TENDERING');
      const { submitBid } = await run<{ submitBid: { id: string } }>(
        'mutation ($p: ID!, $u: String!) { submitBid(projectId: $p, supplierUscc: $u, amount: "80000.00") { id } }',
        { p: project.id, u: demoEnterprises[20]!.uscc },
      );
      await move(project.id, 'EVALUATION');
      await run('mutation ($p: ID!, $b: ID!) { awardProject(projectId: $p, bidId: $b) { status } }', {
        p: project.id,
        b: submitBid.id,
      });
      await run('mutation ($p: ID!, $i: SignContractInput!) { signContract(projectId: $p, input: $i) { id } }', {
        p: project.id,
        i: {
          amount: '80000.00',
          signedOn: addDays(today(), -200),
          supplierSize: 'SMALL',
          acceptancePeriodDays: 10,
          milestones: [{ dueBasis: 'ACCEPTANCE', termDays: 30, amount: '80000.00' }],
        },
      });
      await move(project.id, 'IN_PERFORMANCE');
      const periodEnd = addDays(today(), -140);
      await run('mutation ($p: ID!, $d: Date!) { recordDelivery(projectId: $p, deliveredOn: $d) { deliveredOn } }', {
        p: project.id,
        d: addDays(today(), -150),
      });
      const [milestone] = (await db('procurement').query(
        'SELECT m.id, m.due_date, m.contract_id, m.purchaser_id, m.record_withdrawals FROM payment_milestone m JOIN contract c ON c.id = m.contract_id WHERE c.project_id = ?',
        [project.id],
      )) as { id: string; due_date: string; contract_id: string; purchaser_id: string; record_withdrawals: number }[];
      expect(milestone!.due_date).toBe(addDays(periodEnd, 30));
      return {
        run,
        projectId: project.id,
        milestoneId: milestone!.id,
        periodEnd,
        milestone: {
          id: milestone!.id,
          dueDate: milestone!.due_date,
          contractId: milestone!.contract_id,
          purchaserId: milestone!.purchaser_id,
          recordWithdrawals: milestone!.record_withdrawals,
        },
      };
    };

    it('withdraws an overdue record when a failed acceptance recorded late moves its due date, upholding the objection to it, and records the new date afresh', async () => {
      const { run, projectId, milestoneId, periodEnd } = await overdueSmeContract('验收不合格补登记撤回逾期记录测试');
      const first = `milestone-${milestoneId}`;
      expect(await recordOverduePayments({ dataSource: db('procurement') })).toBeGreaterThan(0);
      await stack.delivered('procurement', { key: first });
      const recordOf = async (sourceId: string) =>
        (
          (await db('credit').query(
            'SELECT id, status, closed_reason, under_objection, decision_date FROM credit_record WHERE source_id = ?',
            [sourceId],
          )) as {
            id: string;
            status: string;
            closed_reason: string | null;
            under_objection: number;
            decision_date: string;
          }[]
        )[0];
      const recorded = (await recordOf(first))!;
      expect(recorded).toMatchObject({ status: 'ACTIVE', decision_date: addDays(periodEnd, 61) });
      // the department objects to it (its own department may)
      const { fileObjection } = await run<{ fileObjection: { id: string } }>(
        'mutation ($r: ID!) { fileObjection(recordId: $r, reason: "验收不合格，付款期限尚未起算，请核实。") { id } }',
        { r: recorded.id },
      );

      // the failure within the period is recorded only now: nothing is due from acceptance, the record goes
      await run(
        'mutation ($p: ID!, $d: Date!) { recordAcceptance(projectId: $p, input: { passed: false, acceptedOn: $d }) { acceptedOn } }',
        { p: projectId, d: periodEnd },
      );
      await stack.delivered('procurement', { topic: 'credit.sourceWithdrawn' });
      const withdrawn = (await recordOf(first))!;
      expect(withdrawn).toMatchObject({ status: 'REVOKED' });
      expect(Boolean(withdrawn.under_objection)).toBe(false);
      expect(withdrawn.closed_reason).toContain(`付款期限 ${addDays(periodEnd, 30)} 不再成立`);
      const [objection] = (await db('credit').query('SELECT status, decided_by, note FROM objection WHERE id = ?', [
        fileObjection.id,
      ])) as { status: string; decided_by: string; note: string }[];
      expect(objection).toMatchObject({ status: 'UPHELD', decided_by: 'service:procurement' });
      expect(objection!.note).toContain('记录已由来源部门撤销');
      // the sweep does not record the old date again; nothing is due
      await recordOverduePayments({ dataSource: db('procurement') });
      expect(await recordOf(`${first}-2`)).toBeUndefined();

      // acceptance passes 100 days ago: due 70 days ago, past the grace period — a record of its own
      await run(
        'mutation ($p: ID!, $d: Date!) { recordAcceptance(projectId: $p, input: { passed: true, acceptedOn: $d }) { acceptedOn } }',
        { p: projectId, d: addDays(today(), -100) },
      );
      await recordOverduePayments({ dataSource: db('procurement') });
      await stack.delivered('procurement', { key: `${first}-2` });
      expect(await recordOf(`${first}-2`)).toMatchObject({
        status: 'ACTIVE',
        decision_date: addDays(today(), -100 + 30 + 31),
      });
      expect((await recordOf(first))!.status).toBe('REVOKED');
    });

    const settledWithin = (p: Promise<unknown>, ms: number) =>
      Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
    const outbox = async (topic: string, key: string) =>
      (await db('procurement').query('SELECT id FROM outbox_message WHERE topic = ? AND dedupe_key = ?', [
        topic,
        key,
      ])) as unknown[];

    it('serialises the overdue sweep with an acceptance moving the date: a sweep waits for the acceptance and reads its date; an acceptance waits for the sweep and withdraws its record', async () => {
      const sweep = () => recordOverduePayments({ dataSource: db('procurement') });

      // an acceptance holds the milestone, moving its date (a failure within the period: nothing is due yet)
      const a = await overdueSmeContract('逾期扫描等待验收登记测试');
      const acceptance = db('procurement').createQueryRunner();
      await acceptance.startTransaction();
      await acceptance.query('UPDATE payment_milestone SET due_date = NULL, version = version + 1 WHERE id = ?', [
        a.milestoneId,
      ]);
      const waiting = sweep();
      expect(await settledWithin(waiting, 500)).toBe(false);
      await acceptance.commitTransaction();
      await acceptance.release();
      await waiting;
      // the sweep read the date the acceptance left: no record of a date that no longer stands
      expect(await outbox(CREDIT_RECORD_TOPIC, `milestone-${a.milestoneId}`)).toHaveLength(0);

      // the sweep holds the milestone, its record enqueued but not committed, when a failed acceptance comes in
      const b = await overdueSmeContract('验收登记等待逾期扫描测试');
      const sweeping = db('procurement').createQueryRunner();
      await sweeping.startTransaction();
      await sweeping.query('SELECT id FROM payment_milestone WHERE id = ? FOR UPDATE', [b.milestoneId]);
      // the record the sweep makes, as it makes it
      await enqueueOutbox(sweeping.manager, overduePaymentMessage(b.milestone, '80000.00', 30));
      const accepting = b.run(
        'mutation ($p: ID!, $d: Date!) { recordAcceptance(projectId: $p, input: { passed: false, acceptedOn: $d }) { acceptedOn } }',
        { p: b.projectId, d: b.periodEnd },
      );
      expect(await settledWithin(accepting, 500)).toBe(false);
      await sweeping.commitTransaction();
      await sweeping.release();
      await accepting;
      // the acceptance saw the record the sweep committed while it waited, and withdrew it
      expect(await outbox(CREDIT_WITHDRAW_TOPIC, `milestone-${b.milestoneId}`)).toHaveLength(1);
      await stack.delivered('procurement', { topic: 'credit.sourceWithdrawn' });
    });

    /** A 财政局 PPP project of the earlier mechanism with the year's ¥1,000 obligation unpaid, not yet swept. */
    const unpaidPppObligation = async (run: Awaited<ReturnType<typeof asCzj>>, name: string, year: number) => {
      const { createPppProject: project } = await run<{ createPppProject: { id: string } }>(
        'mutation ($i: CreatePppProjectInput!) { createPppProject(input: $i) { id } }',
        {
          i: {
            name,
            departmentId: demoDepartments.find((d) => d.code === 'CZJ')!.id,
            regionCode: DEMO_COUNTY_CODE,
            mechanism: 'PRE_2023',
            procurementCompletedOn: '2021-09-30',
          },
        },
      );
      const { addPppObligation } = await run<{ addPppObligation: { id: string } }>(
        'mutation ($p: ID!, $y: Int!) { addPppObligation(projectId: $p, year: $y, amount: "1000.00") { id } }',
        { p: project.id, y: year },
      );
      return { id: addPppObligation.id, projectId: project.id, year, name };
    };

    it('serialises the PPP sweep with a payment in full: a sweep waits for the payment and records nothing; a payment waits for the sweep and reports its record cured', async () => {
      const run = await asCzj();
      const department = demoDepartments.find((d) => d.code === 'CZJ')!;
      const lastYear = Number(today().slice(0, 4)) - 1;
      // a project of the earlier mechanism with last year's ¥1,000 still unpaid, not yet swept
      const unpaidObligation = (name: string) => unpaidPppObligation(run, name, lastYear);
      const sweep = () => recordUnpaidPppObligations({ dataSource: db('procurement') });
      const PAY = 'mutation ($id: ID!) { payPppObligation(id: $id, amount: "1000.00") { paidAmount } }';

      // a payment in full holds the obligation, not yet committed, when the sweep comes
      const a = await unpaidObligation('PPP付费扫描等待付款测试项目');
      const payment = db('procurement').createQueryRunner();
      await payment.startTransaction();
      await payment.query('UPDATE ppp_obligation SET paid_amount = amount, version = version + 1 WHERE id = ?', [a.id]);
      const waiting = sweep();
      expect(await settledWithin(waiting, 500)).toBe(false);
      await payment.commitTransaction();
      await payment.release();
      expect(await waiting).toBe(0);
      // the sweep read the payment: no record of an obligation paid in full
      expect(await outbox(CREDIT_RECORD_TOPIC, `ppp-obligation-${a.id}`)).toHaveLength(0);

      // the sweep holds the obligation, its record enqueued but not committed, when the payment in full comes in
      const b = await unpaidObligation('PPP付款等待付费扫描测试项目');
      const sweeping = db('procurement').createQueryRunner();
      await sweeping.startTransaction();
      await sweeping.query('SELECT id FROM ppp_obligation WHERE id = ? FOR UPDATE', [b.id]);
      await enqueueOutbox(
        sweeping.manager,
        pppObligationMessage(b, { departmentId: department.id, name: b.name }, '1000.00'),
      );
      const paying = run(PAY, { id: b.id });
      expect(await settledWithin(paying, 500)).toBe(false);
      await sweeping.commitTransaction();
      await sweeping.release();
      await paying;
      // the payment saw the record the sweep committed while it waited, and reported it cured
      expect(await outbox(CREDIT_CURE_TOPIC, `ppp-obligation-${b.id}`)).toHaveLength(1);
      await stack.delivered('procurement', { key: `ppp-obligation-${b.id}` });
      const [record] = (await db('credit').query('SELECT cured_on FROM credit_record WHERE source_id = ?', [
        `ppp-obligation-${b.id}`,
      ])) as { cured_on: string | null }[];
      expect(record).toEqual({ cured_on: today() });
      // and the sweep finds nothing left to record
      expect(await sweep()).toBe(0);
    });

    it('records a commitment breached through the API once', async () => {
      const jxj = await stack.login('jxj');
      const open = await stack.graphql<{ commitments: { items: { id: string }[] } }>(
        '{ commitments(status: PENDING, pageSize: 1) { items { id } } }',
        {},
        jxj,
      );
      const id = open.data!.commitments.items[0]!.id;
      const breached = await stack.graphql(
        'mutation ($id: ID!) { recordCommitmentBreach(id: $id, note: "配套设施未按期交付，经核实构成违约。", documentNumber: "饶工信〔2026〕40号") { status breachDocumentNumber } }',
        { id },
        jxj,
      );
      expect(breached.errors).toBeUndefined();
      await stack.delivered('investment', { key: `commitment-${id}` });
      expect(breached.data).toEqual({
        recordCommitmentBreach: { status: 'BREACHED', breachDocumentNumber: '饶工信〔2026〕40号' },
      });
      expect((await sourced('investment')).filter((r) => r.source_id === `commitment-${id}`)).toEqual([
        expect.objectContaining({
          category: 'BROKEN_COMMITMENT',
          severity: 'GENERAL',
          decision_date: today(),
          document_number: '饶工信〔2026〕40号',
        }),
      ]);
    });

    it('withdraws an overdue record when the payment in full entered after it was made within the grace period, and cures it when made after', async () => {
      const statusOf = async (sourceId: string) =>
        (
          (await db('credit').query('SELECT status, cured_on, closed_reason FROM credit_record WHERE source_id = ?', [
            sourceId,
          ])) as { status: string; cured_on: string | null; closed_reason: string | null }[]
        )[0]!;
      const PAY =
        'mutation ($m: ID!, $d: Date!) { recordPayment(milestoneId: $m, paidOn: $d, amount: "80000.00") { status daysLate } }';
      // the same arrears, recorded on the 31st day after the due date; paid on the 30th or on the 31st, entered now
      const within = await overdueSmeContract('宽限期内付清后补录撤回逾期记录测试');
      const after = await overdueSmeContract('宽限期后付清后补录治愈逾期记录测试');
      expect(await recordOverduePayments({ dataSource: db('procurement') })).toBeGreaterThanOrEqual(2);
      for (const c of [within, after]) {
        await stack.delivered('procurement', { key: `milestone-${c.milestoneId}` });
        expect((await statusOf(`milestone-${c.milestoneId}`)).status).toBe('ACTIVE');
      }
      const due = within.milestone.dueDate;
      // the record's own date decides, not the grace period as it is when the payment is entered
      const grace = process.env.PAYMENT_RECORD_GRACE_DAYS;
      process.env.PAYMENT_RECORD_GRACE_DAYS = '10';
      try {
        await within.run(PAY, { m: within.milestoneId, d: addDays(due, 30) });
        await after.run(PAY, { m: after.milestoneId, d: addDays(after.milestone.dueDate, 31) });
      } finally {
        if (grace === undefined) delete process.env.PAYMENT_RECORD_GRACE_DAYS;
        else process.env.PAYMENT_RECORD_GRACE_DAYS = grace;
      }
      await stack.delivered('procurement', { key: `milestone-${within.milestoneId}` });
      await stack.delivered('procurement', { key: `milestone-${after.milestoneId}` });
      const withdrawn = await statusOf(`milestone-${within.milestoneId}`);
      expect(withdrawn).toMatchObject({ status: 'REVOKED', cured_on: null });
      expect(withdrawn.closed_reason).toContain(
        `款项已于 ${addDays(due, 30)} 全部付清，早于逾期未付记录的认定日 ${addDays(due, 31)}`,
      );
      expect(await statusOf(`milestone-${after.milestoneId}`)).toMatchObject({
        status: 'ACTIVE',
        cured_on: addDays(after.milestone.dueDate, 31),
      });
    });

    it('withdraws a PPP record when the year’s obligation, entered paid after the sweep, was paid within the year, and cures it when paid after', async () => {
      const run = await asCzj();
      const lastYear = Number(today().slice(0, 4)) - 1;
      const recordedObligation = async (name: string) => {
        const obligation = await unpaidPppObligation(run, name, lastYear);
        return `ppp-obligation-${obligation.id}`;
      };
      const inYear = await recordedObligation('PPP年度内付清后补录撤回记录测试项目');
      const nextYear = await recordedObligation('PPP次年付清后补录治愈记录测试项目');
      expect(await recordUnpaidPppObligations({ dataSource: db('procurement') })).toBeGreaterThanOrEqual(2);
      const PAY =
        'mutation ($id: ID!, $a: Decimal!, $d: Date!) { payPppObligation(id: $id, amount: $a, paidOn: $d) { paidAmount } }';
      const id = (key: string) => key.slice('ppp-obligation-'.length);
      // paid in two parts entered out of order: the later part, on the year's last day, decides
      await run(PAY, { id: id(inYear), a: '400.00', d: `${lastYear}-12-31` });
      await run(PAY, { id: id(inYear), a: '600.00', d: `${lastYear}-06-30` });
      await run(PAY, { id: id(nextYear), a: '1000.00', d: `${lastYear + 1}-01-01` });
      await stack.delivered('procurement', { key: inYear });
      await stack.delivered('procurement', { key: nextYear });
      const records = (await db('credit').query(
        'SELECT source_id, status, cured_on, closed_reason FROM credit_record WHERE source_id IN (?, ?)',
        [inYear, nextYear],
      )) as { source_id: string; status: string; cured_on: string | null; closed_reason: string | null }[];
      const of = (key: string) => records.find((r) => r.source_id === key)!;
      expect(of(inYear)).toMatchObject({ status: 'REVOKED', cured_on: null });
      expect(of(inYear).closed_reason).toContain(`已于 ${lastYear}-12-31 在年度内全部支付`);
      expect(of(nextYear)).toMatchObject({ status: 'ACTIVE', cured_on: `${lastYear + 1}-01-01` });
    });
  },
);
