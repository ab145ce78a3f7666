import { demoDepartmentByCode, demoEnterprises } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, daysBetween, today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as procurement } from '../src/index.js';
import { fakeCreditSubgraph } from './fixtures/fake-credit.subgraph.js';

const mysql = await mysqlStatus();
const CZJ = demoDepartmentByCode('CZJ');
const SUPPLIER = demoEnterprises[20]!;
// signed while the 1-year LPR was 3.00% (from 2025-05-20), inside the LPR table
const SIGNED_ON = '2025-06-10';
// 36,500.00 at the agreed 3.00% a year is 3.00 a day: the interest below is exact by hand
const PART = '36500.00';

interface Milestone {
  id: string;
  dueDate: string | null;
  dueBasis: string;
  termDays: number | null;
  status: string;
  daysLate: number | null;
  lateInterest: string;
}

describe.skipIf(!mysql.ok)(
  `SME payment terms and late interest (保障中小企业款项支付条例) on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let czj: string;
    let leader: string;
    let projectId: string;

    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, procurement, fakeCreditSubgraph] });
      [czj, leader] = await Promise.all(['czj', 'leader'].map((u) => stack.login(u)));
      projectId = await awardedProject('中小企业付款测试');
    });
    afterAll(() => stack?.close());

    /** A project of 财政局 awarded to the SME supplier, ready to sign. */
    const awardedProject = async (title: string) => {
      const created = await stack.graphql<{ createProcurementProject: { id: string } }>(
        'mutation ($i: CreateProcurementProjectInput!) { createProcurementProject(input: $i) { id } }',
        { i: { purchaserId: CZJ.id, title, category: 'GOODS', method: 'OPEN', budget: '109500.00' } },
        czj,
      );
      const id = created.data!.createProcurementProject.id;
      await move('TENDERING', id);
      const bid = await stack.graphql<{ submitBid: { id: string } }>(
        'mutation ($p: ID!, $u: String!) { submitBid(projectId: $p, supplierUscc: $u, amount: "109500.00") { id } }',
        { p: id, u: SUPPLIER.uscc },
        czj,
      );
      await move('EVALUATION', id);
      await stack.graphql(
        'mutation ($p: ID!, $b: ID!) { awardProject(projectId: $p, bidId: $b) { status } }',
        { p: id, b: bid.data!.submitBid.id },
        czj,
      );
      return id;
    };
    const move = (to: string, id = projectId) =>
      stack.graphql(`mutation ($id: ID!) { transitionProcurementProject(id: $id, to: ${to}) { status } }`, { id }, czj);
    const SIGN = `mutation ($p: ID!, $i: SignContractInput!) {
      signContract(projectId: $p, input: $i) { id supplierSize lateRatePercent lprPercent }
    }`;
    const terms = (over: { termDays?: number; rate?: string; signedOn?: string } = {}) => ({
      amount: '109500.00',
      signedOn: over.signedOn ?? SIGNED_ON,
      supplierSize: 'SMALL',
      lateRatePercent: over.rate ?? '3.00',
      acceptancePeriodDays: 90,
      milestones: [
        { dueDate: '2025-06-20', amount: PART },
        { dueBasis: 'DELIVERY', termDays: over.termDays ?? 60, amount: PART },
        { dueBasis: 'ACCEPTANCE', amount: PART }, // the statutory 30 days
      ],
    });
    const milestones = async (p = projectId) =>
      (
        await stack.graphql<{ procurementProject: { contract: { milestones: Milestone[] } } }>(
          `query ($p: ID!) { procurementProject(id: $p) { contract { milestones {
            id dueDate dueBasis termDays status daysLate lateInterest } } } }`,
          { p },
          czj,
        )
      ).data!.procurementProject.contract.milestones;

    it('refuses a 61-day term to an SME and an agreed rate 1bp below the LPR at signing, naming the field', async () => {
      const long = await stack.graphql(SIGN, { p: projectId, i: terms({ termDays: 61 }) }, czj);
      expect(long.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'milestones.1.termDays',
        reason: 'SME_PAYMENT_TERM_TOO_LONG',
      });
      // undeclared (nothing sent, or UNKNOWN), the size directory has on record counts: this supplier is SMALL there
      for (const supplierSize of [undefined, 'UNKNOWN']) {
        const undeclared = { ...terms({ termDays: 61 }), supplierSize };
        expect((await stack.graphql(SIGN, { p: projectId, i: undeclared }, czj)).errors?.[0]?.extensions).toMatchObject(
          { field: 'milestones.1.termDays', reason: 'SME_PAYMENT_TERM_TOO_LONG' },
        );
      }
      const low = await stack.graphql(SIGN, { p: projectId, i: terms({ rate: '2.99' }) }, czj);
      expect(low.errors?.[0]?.extensions).toMatchObject({ field: 'lateRatePercent', reason: 'LATE_RATE_BELOW_LPR' });
      // the table's last publication (2025-05-20) vouches up to 2025-06-19: an agreed rate signed the day after
      // cannot be checked (LPR_NOT_KNOWN), one signed on the 19th is checked (and here is below it)
      const lastCovered = await stack.graphql(
        SIGN,
        { p: projectId, i: terms({ rate: '2.99', signedOn: '2025-06-19' }) },
        czj,
      );
      expect(lastCovered.errors?.[0]?.extensions).toMatchObject({ reason: 'LATE_RATE_BELOW_LPR' });
      const past = await stack.graphql(SIGN, { p: projectId, i: terms({ rate: '3.00', signedOn: '2025-06-20' }) }, czj);
      expect(past.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'lateRatePercent',
        reason: 'LPR_NOT_KNOWN',
        params: { knownThrough: '2025-05-20' },
      });
      // paid on acceptance, an SME's contract agrees how long acceptance may take (条例第十条), declared or on record
      for (const supplierSize of ['SMALL', undefined, 'UNKNOWN']) {
        const open = await stack.graphql(
          SIGN,
          { p: projectId, i: { ...terms(), supplierSize, acceptancePeriodDays: undefined } },
          czj,
        );
        expect(open.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'acceptancePeriodDays',
          reason: 'SME_ACCEPTANCE_PERIOD_REQUIRED',
        });
      }
      const project = await stack.graphql<{ procurementProject: { status: string } }>(
        'query ($p: ID!) { procurementProject(id: $p) { status } }',
        { p: projectId },
        czj,
      );
      expect(project.data!.procurementProject.status).toBe('AWARDED');
    });

    it('signs with 60 days and the LPR itself, keeping the size and rate; relative milestones have no due date yet', async () => {
      const signed = await stack.graphql<{ signContract: Record<string, unknown> }>(
        SIGN,
        { p: projectId, i: terms() },
        czj,
      );
      expect(signed.errors).toBeUndefined();
      expect(signed.data!.signContract).toMatchObject({
        supplierSize: 'SMALL',
        lateRatePercent: '3.00',
        lprPercent: '3.00',
      });
      const [, delivery, acceptance] = await milestones();
      for (const m of [delivery!, acceptance!])
        expect(m).toMatchObject({ dueDate: null, status: 'SCHEDULED', daysLate: null, lateInterest: '0.00' });
      expect(acceptance!.termDays).toBe(30);
      const overdue = await stack.graphql<{ overduePayments: { id: string }[] }>(
        'query ($d: ID) { overduePayments(purchaserId: $d) { id } }',
        { d: CZJ.id },
        czj,
      );
      expect(overdue.data!.overduePayments.map((m) => m.id)).not.toContain(delivery!.id);
    });

    it('starts the terms at delivery and passed acceptance: due on the 30th day, late on the 31st', async () => {
      expect((await move('IN_PERFORMANCE')).errors).toBeUndefined();
      const delivered = await stack.graphql(
        'mutation ($p: ID!, $d: Date!) { recordDelivery(projectId: $p, deliveredOn: $d) { deliveredOn } }',
        { p: projectId, d: addDays(today(), -100) },
        czj,
      );
      expect(delivered.errors).toBeUndefined();
      const accepted = await stack.graphql(
        'mutation ($p: ID!, $d: Date!) { recordAcceptance(projectId: $p, input: { passed: true, acceptedOn: $d }) { id } }',
        { p: projectId, d: addDays(today(), -31) },
        czj,
      );
      expect(accepted.errors).toBeUndefined();
      const [fixed, delivery, acceptance] = await milestones();
      expect(delivery).toMatchObject({ dueDate: addDays(today(), -40), status: 'OVERDUE', daysLate: 40 });
      // unpaid 40 days at 3.00 a day
      expect(delivery!.lateInterest).toBe('120.00');
      // accepted 31 days ago: due yesterday, the 30th day; half paid then (on time), the rest late today
      expect(acceptance!.dueDate).toBe(addDays(today(), -1));
      const PAY =
        'mutation ($m: ID!, $d: Date!, $a: Decimal!) { recordPayment(milestoneId: $m, paidOn: $d, amount: $a) { id } }';
      await stack.graphql(PAY, { m: acceptance!.id, d: addDays(today(), -1), a: '18250.00' }, czj);
      // never dated before the contract: a payment then would make a late milestone look paid on time
      const early = await stack.graphql(PAY, { m: fixed!.id, d: '2025-06-09', a: '1.00' }, czj);
      expect(early.errors?.[0]?.extensions).toMatchObject({
        field: 'paidOn',
        reason: 'DATE_TOO_EARLY',
        params: { date: SIGNED_ON },
      });
      // the fixed milestone: 10,000.00 paid on the 5th day late, 26,500.00 still unpaid
      await stack.graphql(PAY, { m: fixed!.id, d: '2025-06-25', a: '10000.00' }, czj);
      const after = await milestones();
      expect(after[2]).toMatchObject({ status: 'OVERDUE', daysLate: 1, lateInterest: '1.50' });
      const fenDays = 3_650_000n * 5n + 2_650_000n * BigInt(daysBetween('2025-06-25', today()));
      const expected = (fenDays * 300n * 2n + 3_650_000n) / (3_650_000n * 2n); // 3.00% / 365, half up
      expect(after[0]!.lateInterest).toBe((Number(expected) / 100).toFixed(2));
      // per department, every department at once: directory's page (its total counted in it), procurement's late
      // milestones and their payments
      stack.resetSqlCount();
      const depts = await stack.graphql<{ departments: { items: { id: string; lateInterest: string }[] } }>(
        'query { departments(pageSize: 50) { items { id lateInterest } } }',
        {},
        leader,
      );
      expect(stack.sqlCount()).toBe(3);
      const sum = after.reduce((s, m) => s + Math.round(Number(m.lateInterest) * 100), 0);
      const czjInterest = depts.data!.departments.items.find((d) => d.id === CZJ.id)!.lateInterest;
      expect(Math.round(Number(czjInterest) * 100)).toBe(sum);
      // the totals the projects page shows: one purchaser's, and the county's over every department, however many
      const totals = await stack.graphql<{ county: string; czj: string }>(
        'query ($d: ID) { county: lateInterestTotal czj: lateInterestTotal(purchaserId: $d) }',
        { d: CZJ.id },
        leader,
      );
      expect(totals.data!.czj).toBe(czjInterest);
      const every = await stack.graphql<{ departments: { total: number; items: { lateInterest: string }[] } }>(
        'query { departments(pageSize: 200) { total items { lateInterest } } }',
        {},
        leader,
      );
      expect(every.data!.departments.items.length).toBe(every.data!.departments.total);
      const all = every.data!.departments.items.reduce((s, d) => s + Math.round(Number(d.lateInterest) * 100), 0);
      expect(Math.round(Number(totals.data!.county) * 100)).toBe(all);
    });
    it('owes an SME nothing later than 60 days after delivery, dates acceptance after delivery, and takes a passed acceptance as delivery', async () => {
      const DELIVER =
        'mutation ($p: ID!, $d: Date!) { recordDelivery(projectId: $p, deliveredOn: $d) { deliveredOn } }';
      const ACCEPT =
        'mutation ($p: ID!, $d: Date!) { recordAcceptance(projectId: $p, input: { passed: true, acceptedOn: $d }) { deliveredOn acceptedOn } }';
      const signedOn = addDays(today(), -90);
      const sign = (p: string, supplierSize: string) =>
        stack.graphql(
          SIGN,
          {
            p,
            i: {
              amount: '109500.00',
              signedOn,
              supplierSize,
              milestones: [
                { dueDate: addDays(today(), 400), amount: '73000.00' }, // a settlement agreed far ahead
                { dueBasis: 'DELIVERY', termDays: 30, amount: PART },
              ],
            },
          },
          czj,
        );
      // an SME, payment not conditioned on acceptance: delivery starts the 60 days for the fixed date too
      const sme = await awardedProject('中小企业付款期限上限测试');
      expect((await sign(sme, 'SMALL')).errors).toBeUndefined();
      expect((await move('IN_PERFORMANCE', sme)).errors).toBeUndefined();
      const beforeSigning = await stack.graphql(ACCEPT, { p: sme, d: addDays(signedOn, -1) }, czj);
      expect(beforeSigning.errors?.[0]?.extensions).toMatchObject({
        field: 'acceptedOn',
        reason: 'DATE_TOO_EARLY',
        params: { date: signedOn },
      });
      const deliveredOn = addDays(today(), -70);
      expect((await stack.graphql(DELIVER, { p: sme, d: deliveredOn }, czj)).errors).toBeUndefined();
      const beforeDelivery = await stack.graphql(ACCEPT, { p: sme, d: addDays(deliveredOn, -1) }, czj);
      expect(beforeDelivery.errors?.[0]?.extensions).toMatchObject({
        field: 'acceptedOn',
        reason: 'DATE_TOO_EARLY',
        params: { date: deliveredOn },
      });
      const [fixed, delivery] = await milestones(sme);
      // the 60th day after delivery was ten days ago: late since the 61st
      expect(fixed).toMatchObject({ dueDate: addDays(deliveredOn, 60), status: 'OVERDUE', daysLate: 10 });
      expect(delivery).toMatchObject({ dueDate: addDays(deliveredOn, 30), status: 'OVERDUE' });
      const audit = (await stack.subgraphs.procurement!.dataSource.query(
        "SELECT after_json AS json FROM audit_log WHERE action = 'contract.deliver'",
      )) as { json: string }[];
      // the audit keeps every date the delivery moved, the agreed one it brought forward among them
      const moved = audit
        .map((a) => (JSON.parse(a.json) as { moved: { milestoneId: string }[] }).moved)
        .filter((m) => m.some((x) => x.milestoneId === fixed!.id));
      expect(moved).toEqual([
        [
          { milestoneId: fixed!.id, from: addDays(today(), 400), to: addDays(deliveredOn, 60) },
          { milestoneId: delivery!.id, from: null, to: addDays(deliveredOn, 30) },
        ],
      ]);

      // a large supplier keeps the agreed date; its passed acceptance, with no delivery recorded, is the delivery
      const large = await awardedProject('大型企业验收即交付测试');
      expect((await sign(large, 'LARGE')).errors).toBeUndefined();
      expect((await move('IN_PERFORMANCE', large)).errors).toBeUndefined();
      const acceptedOn = addDays(today(), -40);
      const accepted = await stack.graphql<{ recordAcceptance: { deliveredOn: string; acceptedOn: string } }>(
        ACCEPT,
        { p: large, d: acceptedOn },
        czj,
      );
      expect(accepted.data!.recordAcceptance).toEqual({ deliveredOn: acceptedOn, acceptedOn });
      const [kept, delivered] = await milestones(large);
      expect(kept!.dueDate).toBe(addDays(today(), 400));
      expect(delivered).toMatchObject({ dueDate: addDays(acceptedOn, 30), status: 'OVERDUE', daysLate: 10 });
    });

    it('starts an SME’s acceptance term at the end of the agreed period when acceptance is delayed: accepted on its last day or the day after, due the same day', async () => {
      const DELIVER =
        'mutation ($p: ID!, $d: Date!) { recordDelivery(projectId: $p, deliveredOn: $d) { deliveredOn acceptancePeriodDays } }';
      const ACCEPT = `mutation ($p: ID!, $d: Date!, $ok: Boolean!) {
        recordAcceptance(projectId: $p, input: { passed: $ok, acceptedOn: $d }) { acceptedOn } }`;
      const deliveredOn = addDays(today(), -70);
      const periodEnd = addDays(deliveredOn, 10); // 届满之日, 60 days ago
      const ACCEPTANCE_ONLY = [{ dueBasis: 'ACCEPTANCE', termDays: 30, amount: '109500.00' }];
      const signed = (title: string, supplierSize = 'SMALL') => signedSme(title, ACCEPTANCE_ONLY, supplierSize);
      const onLastDay = await signed('验收期限最后一日验收测试');
      const dayAfter = await signed('验收期限届满次日验收测试');
      const early = await signed('验收期限内提前验收测试');
      for (const p of [onLastDay, dayAfter, early]) {
        const d = await stack.graphql<{ recordDelivery: Record<string, unknown> }>(DELIVER, { p, d: deliveredOn }, czj);
        expect(d.data!.recordDelivery).toEqual({ deliveredOn, acceptancePeriodDays: 10 });
      }
      // no acceptance recorded: due 30 days after the period's end, and late since (it no longer waits for ever)
      expect((await milestones(dayAfter))[0]).toMatchObject({
        dueDate: addDays(periodEnd, 30),
        status: 'OVERDUE',
        daysLate: 30,
      });
      expect((await stack.graphql(ACCEPT, { p: onLastDay, d: periodEnd, ok: true }, czj)).errors).toBeUndefined();
      expect(
        (await stack.graphql(ACCEPT, { p: dayAfter, d: addDays(periodEnd, 1), ok: true }, czj)).errors,
      ).toBeUndefined();
      // accepted on the last day the term runs from the acceptance; a day later, still from the period's end
      expect((await milestones(onLastDay))[0]!.dueDate).toBe(addDays(periodEnd, 30));
      expect((await milestones(dayAfter))[0]!.dueDate).toBe(addDays(periodEnd, 30));
      // accepted within the period, the term runs from the acceptance: the deemed date comes forward
      expect(
        (await stack.graphql(ACCEPT, { p: early, d: addDays(periodEnd, -4), ok: true }, czj)).errors,
      ).toBeUndefined();
      expect((await milestones(early))[0]!.dueDate).toBe(addDays(periodEnd, 26));

      // acceptance in time that failed is no delay: the term waits for a passed acceptance, as agreed
      const failed = await signed('验收期限内验收不合格测试');
      await stack.graphql(DELIVER, { p: failed, d: deliveredOn }, czj);
      expect((await stack.graphql(ACCEPT, { p: failed, d: periodEnd, ok: false }, czj)).errors).toBeUndefined();
      expect((await milestones(failed))[0]).toMatchObject({ dueDate: null, status: 'SCHEDULED', daysLate: null });
      expect(
        (await stack.graphql(ACCEPT, { p: failed, d: addDays(today(), -5), ok: true }, czj)).errors,
      ).toBeUndefined();
      expect((await milestones(failed))[0]!.dueDate).toBe(addDays(today(), 25));

      // not an SME: no period is required, and without one the term waits for a passed acceptance
      const large = await signed('大型企业验收付款测试', 'LARGE');
      await stack.graphql(DELIVER, { p: large, d: deliveredOn }, czj);
      expect((await milestones(large))[0]).toMatchObject({ dueDate: null, status: 'SCHEDULED' });
    });

    const DELIVER = 'mutation ($p: ID!, $d: Date!) { recordDelivery(projectId: $p, deliveredOn: $d) { deliveredOn } }';
    const ACCEPT = `mutation ($p: ID!, $d: Date!, $ok: Boolean!) {
      recordAcceptance(projectId: $p, input: { passed: $ok, acceptedOn: $d, note: "验收意见" }) { acceptedOn acceptanceResult } }`;
    const agreed = addDays(today(), 300);
    /** A contract of 109,500 yuan signed 90 days ago with a 10-day acceptance period (none for a large supplier). */
    const signedSme = async (title: string, milestones: Record<string, unknown>[], supplierSize = 'SMALL') => {
      const p = await awardedProject(title);
      const s = await stack.graphql(
        SIGN,
        {
          p,
          i: {
            amount: '109500.00',
            signedOn: addDays(today(), -90),
            supplierSize,
            acceptancePeriodDays: supplierSize === 'LARGE' ? undefined : 10,
            milestones,
          },
        },
        czj,
      );
      expect(s.errors).toBeUndefined();
      expect((await move('IN_PERFORMANCE', p)).errors).toBeUndefined();
      return p;
    };
    const signed = (title: string) =>
      signedSme(title, [
        { dueDate: agreed, amount: '54750.00' },
        { dueBasis: 'ACCEPTANCE', termDays: 30, amount: '54750.00' },
      ]);
    const dates = async (p: string) =>
      (
        await stack.graphql<{
          procurementProject: {
            contract: {
              milestones: { dueDate: string | null; agreedDueDate: string | null }[];
              acceptances: { acceptedOn: string; passed: boolean; note: string; recordedBy: string }[];
            };
          };
        }>(
          `query ($p: ID!) { procurementProject(id: $p) { contract {
            milestones { dueDate agreedDueDate } acceptances { acceptedOn passed note recordedBy } } } }`,
          { p },
          czj,
        )
      ).data!.procurementProject.contract;

    it('keeps every acceptance: a failure on the period’s last day stops the clock and gives the agreed date back; a delivery recorded after a failure is dated on or before it', async () => {
      const p = await signed('验收不合格后恢复约定付款日期测试');
      const deliveredOn = addDays(today(), -70);
      const periodEnd = addDays(deliveredOn, 10);
      expect((await stack.graphql(DELIVER, { p, d: deliveredOn }, czj)).errors).toBeUndefined();
      // the period ran out with nothing recorded: the clock started at its end, the agreed date is brought forward
      expect((await dates(p)).milestones).toEqual([
        { dueDate: addDays(periodEnd, 60), agreedDueDate: agreed },
        { dueDate: addDays(periodEnd, 30), agreedDueDate: null },
      ]);
      // a failure on the period's last day was no delay: nothing is due from acceptance, the agreed date returns
      expect((await stack.graphql(ACCEPT, { p, d: periodEnd, ok: false }, czj)).errors).toBeUndefined();
      expect((await dates(p)).milestones).toEqual([
        { dueDate: agreed, agreedDueDate: agreed },
        { dueDate: null, agreedDueDate: null },
      ]);
      // acceptances follow one another
      expect(
        (await stack.graphql(ACCEPT, { p, d: addDays(periodEnd, -1), ok: true }, czj)).errors?.[0]?.extensions,
      ).toMatchObject({ field: 'acceptedOn', reason: 'DATE_TOO_EARLY', params: { date: periodEnd } });
      expect((await stack.graphql(ACCEPT, { p, d: addDays(today(), -5), ok: true }, czj)).errors).toBeUndefined();
      const after = await dates(p);
      expect(after.milestones).toEqual([
        { dueDate: addDays(today(), 55), agreedDueDate: agreed },
        { dueDate: addDays(today(), 25), agreedDueDate: null },
      ]);
      // the failure is kept beside the pass that followed
      expect(after.acceptances).toEqual([
        { acceptedOn: periodEnd, passed: false, note: '验收意见', recordedBy: 'czj' },
        { acceptedOn: addDays(today(), -5), passed: true, note: '验收意见', recordedBy: 'czj' },
      ]);

      // a failed acceptance recorded before the delivery: the delivery is dated on or before it, and the failure,
      // within the period from that delivery, keeps the acceptance term waiting
      const q = await signed('先登记验收不合格后登记交付测试');
      expect((await stack.graphql(ACCEPT, { p: q, d: addDays(today(), -20), ok: false }, czj)).errors).toBeUndefined();
      expect(
        (await stack.graphql(DELIVER, { p: q, d: addDays(today(), -19) }, czj)).errors?.[0]?.extensions,
      ).toMatchObject({ field: 'deliveredOn', reason: 'DATE_TOO_LATE', params: { date: addDays(today(), -20) } });
      expect((await stack.graphql(DELIVER, { p: q, d: addDays(today(), -25) }, czj)).errors).toBeUndefined();
      expect((await dates(q)).milestones).toEqual([
        { dueDate: agreed, agreedDueDate: agreed },
        { dueDate: null, agreedDueDate: null },
      ]);
    });

    it('runs the acceptance period again from a re-delivery after a failure, recorded once after it and followed by acceptance', async () => {
      const REDELIVER = `mutation ($p: ID!, $d: Date!) {
        recordRedelivery(projectId: $p, input: { redeliveredOn: $d, note: "更换不合格部件" }) { id } }`;
      const p = await signed('整改后重新交付测试');
      const deliveredOn = addDays(today(), -70);
      expect((await stack.graphql(DELIVER, { p, d: deliveredOn }, czj)).errors).toBeUndefined();
      // nothing failed yet: nothing to deliver again
      expect((await stack.graphql(REDELIVER, { p, d: today() }, czj)).errors?.[0]?.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_STATE',
      });
      // failed within the 10-day period: the clock stops
      const failedOn = addDays(deliveredOn, 5);
      expect((await stack.graphql(ACCEPT, { p, d: failedOn, ok: false }, czj)).errors).toBeUndefined();
      expect((await dates(p)).milestones).toEqual([
        { dueDate: agreed, agreedDueDate: agreed },
        { dueDate: null, agreedDueDate: null },
      ]);
      // after the failure: the day before, or the same day (on one day a delivery precedes its inspection), is too early
      for (const d of [addDays(failedOn, -1), failedOn])
        expect((await stack.graphql(REDELIVER, { p, d }, czj)).errors?.[0]?.extensions).toMatchObject({
          field: 'input.redeliveredOn',
          reason: 'DATE_TOO_EARLY',
          params: { date: failedOn },
        });
      expect(
        (await stack.graphql(REDELIVER, { p, d: addDays(today(), 1) }, czj)).errors?.[0]?.extensions,
      ).toMatchObject({ field: 'input.redeliveredOn', reason: 'DATE_IN_FUTURE' });
      // delivered again 50 days ago and left unaccepted: the second period ran out 40 days ago, the term started then
      const redeliveredOn = addDays(today(), -50);
      expect((await stack.graphql(REDELIVER, { p, d: redeliveredOn }, czj)).errors).toBeUndefined();
      const after = await stack.graphql<{
        procurementProject: {
          contract: {
            milestones: { dueDate: string | null; agreedDueDate: string | null }[];
            redeliveries: { redeliveredOn: string; note: string; recordedBy: string }[];
          };
        };
      }>(
        `query ($p: ID!) { procurementProject(id: $p) { contract {
          milestones { dueDate agreedDueDate } redeliveries { redeliveredOn note recordedBy } } } }`,
        { p },
        czj,
      );
      expect(after.data!.procurementProject.contract).toEqual({
        milestones: [
          { dueDate: addDays(today(), 20), agreedDueDate: agreed },
          { dueDate: addDays(today(), -10), agreedDueDate: null },
        ],
        redeliveries: [{ redeliveredOn, note: '更换不合格部件', recordedBy: 'czj' }],
      });
      // once after a failure; an acceptance inspects the re-delivered goods, so it is dated on or after them
      expect((await stack.graphql(REDELIVER, { p, d: today() }, czj)).errors?.[0]?.extensions).toMatchObject({
        field: 'input.redeliveredOn',
        reason: 'ALREADY_REGISTERED',
      });
      expect(
        (await stack.graphql(ACCEPT, { p, d: addDays(redeliveredOn, -1), ok: true }, czj)).errors?.[0]?.extensions,
      ).toMatchObject({ field: 'acceptedOn', reason: 'DATE_TOO_EARLY', params: { date: redeliveredOn } });
      // inspected the day it came back and failed again: the clock stops until the next re-delivery, which may follow
      expect((await stack.graphql(ACCEPT, { p, d: redeliveredOn, ok: false }, czj)).errors).toBeUndefined();
      expect((await dates(p)).milestones).toEqual([
        { dueDate: agreed, agreedDueDate: agreed },
        { dueDate: null, agreedDueDate: null },
      ]);
      expect((await stack.graphql(REDELIVER, { p, d: addDays(today(), -20) }, czj)).errors).toBeUndefined();
      // a pass after that third period ran out (10 days ago) changes nothing: the purchaser had delayed again
      expect((await stack.graphql(ACCEPT, { p, d: addDays(today(), -5), ok: true }, czj)).errors).toBeUndefined();
      expect((await dates(p)).milestones).toEqual([
        { dueDate: addDays(today(), 50), agreedDueDate: agreed },
        { dueDate: addDays(today(), 20), agreedDueDate: null },
      ]);
    });

    it('keeps the LPR as data the county-wide procurement officers extend month by month', async () => {
      const RECORD =
        'mutation ($i: RecordLoanPrimeRateInput!) { recordLoanPrimeRate(input: $i) { publishedOn oneYearPercent recordedBy } }';
      const jxj = await stack.login('jxj');
      const month = `${today().slice(0, 7)}-01`;
      expect(
        (await stack.graphql(RECORD, { i: { publishedOn: month, oneYearPercent: '3.00' } }, jxj)).errors?.[0]
          ?.extensions,
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        (await stack.graphql(RECORD, { i: { publishedOn: addDays(today(), 1), oneYearPercent: '3.00' } }, czj))
          .errors?.[0]?.extensions,
      ).toMatchObject({ field: 'publishedOn', reason: 'DATE_IN_FUTURE' });
      const recorded = await stack.graphql(RECORD, { i: { publishedOn: month, oneYearPercent: '2.95' } }, czj);
      expect(recorded.errors).toBeUndefined();
      const list = await stack.graphql<{ loanPrimeRates: { publishedOn: string; oneYearPercent: string }[] }>(
        '{ loanPrimeRates { publishedOn oneYearPercent } }',
        {},
        leader,
      );
      // newest first; the release's own values below it, from 2019-08-20
      expect(list.data!.loanPrimeRates[0]).toEqual({ publishedOn: month, oneYearPercent: '2.95' });
      expect(list.data!.loanPrimeRates.at(-1)).toEqual({ publishedOn: '2019-08-20', oneYearPercent: '4.25' });
    });
  },
);
