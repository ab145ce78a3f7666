import { demoDepartmentByCode } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, addMonths, addWorkingDays, today, workingDaysBetween, type Calendar } from '@integrity/subgraph-kit';
import {
  countedCalendar,
  lockWaiters,
  mysqlStatus,
  startStack,
  whileHeld,
  type GraphQLResult,
  type Stack,
} from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as credit } from '../src/index.js';

const mysql = await mysqlStatus();
const RSJ = demoDepartmentByCode('RSJ');
const FGJ = demoDepartmentByCode('FGJ');
const CZJ = demoDepartmentByCode('CZJ');

const refusal = (r: GraphQLResult) => {
  const e = r.errors?.[0]?.extensions as { code?: string; reason?: string; field?: string } | undefined;
  return { code: e?.code, reason: e?.reason, field: e?.field };
};

/**
 * Objections and repairs through the gateway: the sanction kind on a correction, every 补正 round, the repair
 * clock from acceptance, and the refusals an otherwise allowed caller meets (MUST_PUBLISH, ALREADY_PENDING,
 * NOT_YOUR_OWN).
 */
describe.skipIf(!mysql.ok)(
  `credit objections and repairs through the gateway on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let rsj: string;
    let fgj: string;
    /** Second CREDIT officers of 县人社局 and 县发改局: the same rights as rsj and fgj, another person. */
    let rsj2: string;
    let fgj2: string;
    let servantId: string;
    let calendar: Calendar;
    let doc = 0;

    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory, credit] });
      [rsj, fgj] = await Promise.all(['rsj', 'fgj'].map((u) => stack.login(u)));
      rsj2 = await stack.newUserToken({
        username: 'rsj-second',
        roles: ['OFFICER'],
        domains: ['CREDIT'],
        departmentId: RSJ.id,
      });
      fgj2 = await stack.newUserToken({
        username: 'fgj-second',
        roles: ['OFFICER'],
        domains: ['CREDIT'],
        departmentId: FGJ.id,
      });
      const servants = await stack.graphql<{ civilServants: { items: { id: string }[] } }>(
        'query ($d: ID!) { civilServants(departmentId: $d, pageSize: 1) { items { id } } }',
        { d: RSJ.id },
        rsj,
      );
      servantId = servants.data!.civilServants.items[0]!.id;
      const year = Number(today().slice(0, 4));
      calendar = await countedCalendar(stack, [year, year + 1], rsj);
    }, 180_000);
    afterAll(() => stack?.close());

    const add =
      'mutation ($i: AddCreditRecordInput!) { addCreditRecord(input: $i) { id category sanctionKind sanctionEnd } }';
    /** A GENERAL record on the 县人社局 civil servant, recorded by rsj (so 县人社局 decides its repair). */
    const addRecord = async (decisionDate: string, extra: Record<string, unknown> = {}) => {
      doc += 1;
      const added = await stack.graphql<{ addCreditRecord: { id: string } }>(
        add,
        {
          i: {
            subjectType: 'CIVIL_SERVANT',
            subjectId: servantId,
            category: 'ACCOUNTABILITY',
            severity: 'GENERAL',
            documentNumber: `饶纪〔2026〕${500 + doc}号`,
            authority: '饶平县纪律检查委员会',
            decisionDate,
            publish: true,
            publicityEnd: addMonths(decisionDate, 6),
            ...extra,
          },
        },
        rsj,
      );
      expect(added.errors).toBeUndefined();
      return added.data!.addCreditRecord.id;
    };
    const fileObjection = async (recordId: string, token: string) => {
      const filed = await stack.graphql<{ fileObjection: { id: string } }>(
        'mutation ($r: ID!) { fileObjection(recordId: $r, reason: "事实认定有误") { id } }',
        { r: recordId },
        token,
      );
      expect(filed.errors).toBeUndefined();
      return filed.data!.fileObjection.id;
    };
    const upheld =
      'mutation ($id: ID!, $c: RecordCorrectionInput) { decideObjection(id: $id, outcome: UPHELD, note: "异议成立，予以更正", correction: $c) { status record { category severity sanctionKind sanctionEnd underObjection } } }';
    type Upheld = {
      decideObjection: {
        status: string;
        record: {
          category: string;
          severity: string;
          sanctionKind: string | null;
          sanctionEnd: string | null;
          underObjection: boolean;
        };
      };
    };

    it('corrects a record into a disciplinary sanction only with its kind (the period follows), and out of one without', async () => {
      const decided = addDays(today(), -20);
      // into the category: refused without a kind, nothing written; with one, its period from the decision date
      const into = await fileObjection(await addRecord(decided), rsj);
      const missing = await stack.graphql(upheld, { id: into, c: { category: 'DISCIPLINARY_SANCTION' } }, fgj);
      expect(refusal(missing)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'SANCTION_KIND_REQUIRED',
        field: 'sanctionKind',
      });
      const named = await stack.graphql<Upheld>(
        upheld,
        { id: into, c: { category: 'DISCIPLINARY_SANCTION', sanctionKind: 'MAJOR_DEMERIT' } },
        fgj,
      );
      expect(named.errors).toBeUndefined();
      expect(named.data!.decideObjection.record).toEqual({
        category: 'DISCIPLINARY_SANCTION',
        severity: 'GENERAL',
        sanctionKind: 'MAJOR_DEMERIT',
        sanctionEnd: addMonths(decided, 18),
        underObjection: false,
      });

      // out of the category: a kind named for it is refused; without one the kind and its period go
      const sanction = { category: 'DISCIPLINARY_SANCTION', sanctionKind: 'WARNING' };
      const outOf = await fileObjection(await addRecord(decided, sanction), rsj);
      const stray = await stack.graphql(
        upheld,
        { id: outOf, c: { category: 'ACCOUNTABILITY', sanctionKind: 'WARNING' } },
        fgj,
      );
      expect(refusal(stray)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'SANCTION_KIND_NOT_APPLICABLE',
        field: 'sanctionKind',
      });
      const out = await stack.graphql<Upheld>(upheld, { id: outOf, c: { category: 'ACCOUNTABILITY' } }, fgj);
      expect(out.data!.decideObjection.record).toMatchObject({
        category: 'ACCOUNTABILITY',
        sanctionKind: null,
        sanctionEnd: null,
      });

      // staying a sanction, the kind alone corrected: the period follows the new kind
      const kindOnly = await fileObjection(await addRecord(decided, sanction), rsj);
      const changed = await stack.graphql<Upheld>(upheld, { id: kindOnly, c: { sanctionKind: 'REMOVAL' } }, fgj);
      expect(changed.data!.decideObjection.record).toMatchObject({
        category: 'DISCIPLINARY_SANCTION',
        sanctionKind: 'REMOVAL',
        sanctionEnd: addMonths(decided, 24),
      });
    });

    it('keeps every 补正 round and moves the decision deadline by every pause', async () => {
      const id = await fileObjection(await addRecord(addDays(today(), -10)), rsj);
      // the officer who filed it handles it at no step, whatever its state
      for (const step of [
        'mutation ($id: ID!) { acceptObjection(id: $id) { id } }',
        'mutation ($id: ID!) { requestObjectionMaterial(id: $id, request: "请补充证明") { id } }',
        'mutation ($id: ID!) { decideObjection(id: $id, outcome: REJECTED, note: "不予采纳") { id } }',
      ]) {
        const own = await stack.graphql(step, { id }, rsj);
        expect(own.errors?.[0]?.extensions, step).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_OWN' });
      }
      const accepted = await stack.graphql<{ acceptObjection: { decisionDeadline: string } }>(
        'mutation ($id: ID!) { acceptObjection(id: $id) { decisionDeadline } }',
        { id },
        fgj,
      );
      const request = (text: string) =>
        stack.graphql(
          'mutation ($id: ID!, $t: String!) { requestObjectionMaterial(id: $id, request: $t) { status } }',
          { id, t: text },
          fgj,
        );
      const supply = (text: string) =>
        stack.graphql<{
          supplyObjectionMaterial: {
            status: string;
            pausedWorkingDays: number;
            decisionDeadline: string;
            materialRequest: string;
            material: string;
            materialRounds: Record<string, unknown>[];
          };
        }>(
          'mutation ($id: ID!, $t: String!) { supplyObjectionMaterial(id: $id, material: $t) { status pausedWorkingDays decisionDeadline materialRequest material materialRounds { round request requestedOn requestedBy material suppliedOn suppliedBy pausedWorkingDays } } }',
          { id, t: text },
          rsj,
        );
      // each request went out some days ago: the clock stood still for that round's working days
      const backdate = (round: number, on: string) =>
        stack.subgraphs.credit!.dataSource.query(
          'UPDATE objection_material SET requested_on = ? WHERE objection_id = ? AND round_no = ?',
          [on, id, round],
        );
      const [first, second] = [addDays(today(), -14), addDays(today(), -7)];
      expect((await request('请补充处分决定原件')).errors).toBeUndefined();
      await backdate(1, first);
      expect((await supply('处分决定原件已上传')).errors).toBeUndefined();
      expect((await request('请补充复议申请书')).errors).toBeUndefined();
      await backdate(2, second);
      const done = await supply('复议申请书已上传');
      expect(done.errors).toBeUndefined();
      const [p1, p2] = [workingDaysBetween(first, today(), calendar), workingDaysBetween(second, today(), calendar)];
      expect(p1).toBeGreaterThan(p2);
      expect(done.data!.supplyObjectionMaterial).toEqual({
        status: 'ACCEPTED',
        pausedWorkingDays: p1 + p2,
        decisionDeadline: addWorkingDays(
          addWorkingDays(accepted.data!.acceptObjection.decisionDeadline, p1, calendar),
          p2,
          calendar,
        ),
        materialRequest: '请补充复议申请书',
        material: '复议申请书已上传',
        materialRounds: [
          {
            round: 1,
            request: '请补充处分决定原件',
            requestedOn: first,
            requestedBy: 'fgj',
            material: '处分决定原件已上传',
            suppliedOn: today(),
            suppliedBy: 'rsj',
            pausedWorkingDays: p1,
          },
          {
            round: 2,
            request: '请补充复议申请书',
            requestedOn: second,
            requestedBy: 'fgj',
            material: '复议申请书已上传',
            suppliedOn: today(),
            suppliedBy: 'rsj',
            pausedWorkingDays: p2,
          },
        ],
      });
      // supplying again with nothing asked is refused
      expect(refusal(await supply('再次提交'))).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'INVALID_STATE' });
    });

    it('lists objections with their 补正 rounds at a constant number of statements', async () => {
      const query =
        'query ($n: Int!) { creditObjections(pageSize: $n) { items { id materialRequest materialRounds { round request } } } }';
      stack.resetSqlCount();
      await stack.graphql(query, { n: 2 }, rsj);
      const one = stack.sqlCount();
      stack.resetSqlCount();
      const many = await stack.graphql<{ creditObjections: { items: { materialRounds: unknown[] }[] } }>(
        query,
        { n: 8 },
        rsj,
      );
      expect(many.errors).toBeUndefined();
      // 4 in the demo and 4 filed above: full pages both times (a short page needs no count)
      expect(many.data!.creditObjections.items).toHaveLength(8);
      expect(many.data!.creditObjections.items.some((o) => o.materialRounds.length === 2)).toBe(true);
      // page, count, the rounds of every objection on the page
      expect(one).toBe(3);
      expect(stack.sqlCount()).toBe(one);
    });

    it('holds an objection due on its acceptance and decision deadlines and overdue the day after, in its view and the overdue list alike', async () => {
      const id = await fileObjection(await addRecord(addDays(today(), -10)), rsj);
      const leader = await stack.login('leader');
      const state = async () => {
        const r = await stack.graphql<{
          creditObjections: { items: { id: string; overdue: boolean }[] };
          overdueObjections: { items: { id: string }[] };
        }>(
          '{ creditObjections(pageSize: 200) { items { id overdue } } overdueObjections(pageSize: 200) { items { id } } }',
          {},
          leader,
        );
        expect(r.errors).toBeUndefined();
        return {
          overdue: r.data!.creditObjections.items.find((o) => o.id === id)!.overdue,
          listed: r.data!.overdueObjections.items.some((o) => o.id === id),
        };
      };
      const set = (column: 'accept_deadline' | 'decision_deadline', day: string) =>
        stack.subgraphs.credit!.dataSource.query(`UPDATE objection SET ${column} = ? WHERE id = ?`, [day, id]);
      // filed, not yet accepted: the acceptance deadline decides (the decision one lies later)
      await set('accept_deadline', today()); // today is its last day
      expect(await state()).toEqual({ overdue: false, listed: false });
      await set('accept_deadline', addDays(today(), -1)); // its last day was yesterday
      expect(await state()).toEqual({ overdue: true, listed: true });
      // accepted: the acceptance deadline no longer counts, the decision deadline does
      const accepted = await stack.graphql('mutation ($id: ID!) { acceptObjection(id: $id) { id } }', { id }, fgj);
      expect(accepted.errors).toBeUndefined();
      await set('accept_deadline', addDays(today(), -1));
      await set('decision_deadline', today());
      expect(await state()).toEqual({ overdue: false, listed: false });
      await set('decision_deadline', addDays(today(), -1));
      expect(await state()).toEqual({ overdue: true, listed: true });
    });

    it('counts a repair’s decision clock from acceptance, given on filing: due on the 5th working day, overdue after', async () => {
      const recordId = await addRecord(addMonths(today(), -4), { publicityEnd: addMonths(addMonths(today(), -4), 12) });
      const apply =
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已整改完毕", commitmentLetter: "信用承诺书") { id appliedOn acceptedOn decisionDeadline overdue } }';
      const applied = await stack.graphql<{
        applyCreditRepair: {
          id: string;
          appliedOn: string;
          acceptedOn: string;
          decisionDeadline: string;
          overdue: boolean;
        };
      }>(apply, { r: recordId }, rsj);
      expect(applied.errors).toBeUndefined();
      const { id, ...clock } = applied.data!.applyCreditRepair;
      expect(clock).toEqual({
        appliedOn: today(),
        acceptedOn: today(),
        decisionDeadline: addWorkingDays(today(), 5, calendar),
        overdue: false,
      });
      // one pending application at a time, whoever applies
      for (const token of [rsj, fgj])
        expect(refusal(await stack.graphql(apply, { r: recordId }, token))).toMatchObject({
          code: 'INVALID_TRANSITION',
          reason: 'ALREADY_PENDING',
        });
      // the boundary, on the stored clock: due on its last working day, overdue the day after
      const overdueOf = async () =>
        (
          await stack.graphql<{ creditRepairs: { items: { id: string; overdue: boolean }[] } }>(
            '{ creditRepairs(status: PENDING, pageSize: 200) { items { id overdue } } }',
            {},
            rsj,
          )
        ).data!.creditRepairs.items.find((r) => r.id === id)!.overdue;
      const setDeadline = (day: string) =>
        stack.subgraphs.credit!.dataSource.query('UPDATE repair_application SET decision_deadline = ? WHERE id = ?', [
          day,
          id,
        ]);
      await setDeadline(today()); // today is its last day
      expect(await overdueOf()).toBe(false);
      await setDeadline(addDays(today(), -1)); // the last day was yesterday
      expect(await overdueOf()).toBe(true);

      // NOT_YOUR_OWN: rsj records for 县人社局, which decides this repair (谁认定谁修复), but not its own application
      const decide =
        'mutation ($id: ID!) { decideCreditRepair(id: $id, approved: true, note: "材料齐全，同意修复") { status } }';
      expect(refusal(await stack.graphql(decide, { id }, rsj))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_OWN',
      });
      const approved = await stack.graphql<{ decideCreditRepair: { status: string } }>(decide, { id }, rsj2);
      expect(approved.errors).toBeUndefined();
      expect(approved.data!.decideCreditRepair.status).toBe('APPROVED');
      // decided now: the applicant still hears only that it is not theirs to decide, not the state
      expect(refusal(await stack.graphql(decide, { id }, rsj))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_OWN',
      });
    });

    /** A repair application as stored, decided or not. */
    const repairRow = async (id: string) =>
      (
        (await stack.subgraphs.credit!.dataSource.query(
          'SELECT status, decided_by, decided_on, note FROM repair_application WHERE id = ?',
          [id],
        )) as { status: string; decided_by: string; decided_on: string; note: string }[]
      )[0]!;
    /** rsj2 (a CREDIT officer of the recording 县人社局, not the applicant) approves: the refusal, if any. */
    const approvalRefused = async (id: string) =>
      refusal(
        await stack.graphql(
          'mutation ($id: ID!) { decideCreditRepair(id: $id, approved: true, note: "同意修复") { status } }',
          { id },
          rsj2,
        ),
      );

    it('ends a pending repair TERMINATED and an open objection UPHELD when the source department withdraws the record', async () => {
      const procurement = stack.serviceToken('procurement');
      const sourceId = `milestone-repair-withdrawn-${Date.now()}`;
      const made = await stack.graphql<{ recordFromSource: { id: string } }>(
        'mutation ($i: RecordFromSourceInput!) { recordFromSource(input: $i) { id } }',
        {
          i: {
            kind: 'OVERDUE_SUPPLIER_PAYMENT',
            sourceId,
            departmentId: CZJ.id,
            documentNumber: '拖欠账款 撤销测试',
            authority: '饶平县财政局',
            decisionDate: addMonths(today(), -4),
            amount: '5000.00',
          },
        },
        procurement,
      );
      expect(made.errors).toBeUndefined();
      const recordId = made.data!.recordFromSource.id;
      const cured = await stack.graphql(
        'mutation ($i: SourceCuredInput!) { recordSourceCured(input: $i) { id } }',
        { i: { sourceId, curedOn: today() } },
        procurement,
      );
      expect(cured.errors).toBeUndefined();
      const czjCredit = await stack.newUserToken({
        username: 'czj-repair',
        roles: ['OFFICER'],
        domains: ['CREDIT'],
        departmentId: CZJ.id,
      });
      const applied = await stack.graphql<{ applyCreditRepair: { id: string; status: string } }>(
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "款项已付清", commitmentLetter: "信用承诺书") { id status } }',
        { r: recordId },
        czjCredit,
      );
      expect(applied.errors).toBeUndefined();
      const objectionId = await fileObjection(recordId, czjCredit);

      const withdrawn = await stack.graphql<{ recordSourceWithdrawn: { status: string } }>(
        'mutation ($i: SourceWithdrawnInput!) { recordSourceWithdrawn(input: $i) { status } }',
        { i: { sourceId, reason: '验收不合格补登记，付款期限不再成立' } },
        procurement,
      );
      expect(withdrawn.data?.recordSourceWithdrawn.status).toBe('REVOKED');
      const repair = await repairRow(applied.data!.applyCreditRepair.id);
      expect(repair).toMatchObject({ status: 'TERMINATED', decided_by: 'service:procurement', decided_on: today() });
      expect(repair.note).toContain('验收不合格补登记，付款期限不再成立');
      const [objection] = (await stack.subgraphs.credit!.dataSource.query('SELECT status FROM objection WHERE id = ?', [
        objectionId,
      ])) as { status: string }[];
      expect(objection!.status).toBe('UPHELD');
      // nothing is left to decide: approving would have turned the withdrawn record REPAIRED
      expect(await approvalRefused(applied.data!.applyCreditRepair.id)).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_STATE',
      });
      const listed = await stack.graphql<{ creditRepairs: { items: { id: string; overdue: boolean }[] } }>(
        '{ creditRepairs(status: TERMINATED, pageSize: 200) { items { id overdue } } }',
        {},
        czjCredit,
      );
      expect(listed.data!.creditRepairs.items).toContainEqual({
        id: applied.data!.applyCreditRepair.id,
        overdue: false,
      });

      // an objection upheld without a correction revokes the record too: its pending repair ends the same way
      const other = await addRecord(addMonths(today(), -4), { publicityEnd: addMonths(addMonths(today(), -4), 12) });
      const pendingOn = await stack.graphql<{ applyCreditRepair: { id: string } }>(
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已整改完毕", commitmentLetter: "信用承诺书") { id } }',
        { r: other },
        rsj,
      );
      expect(pendingOn.errors).toBeUndefined();
      const objectedTo = await fileObjection(other, rsj);
      const revoked = await stack.graphql(upheld, { id: objectedTo, c: null }, fgj);
      expect(revoked.errors).toBeUndefined();
      const ended = await repairRow(pendingOn.data!.applyCreditRepair.id);
      expect(ended).toMatchObject({ status: 'TERMINATED', decided_by: 'fgj' });
      expect(ended.note).toContain('异议成立，记录已撤销');
      // and one left pending on a revoked record by an earlier release is not approved into REPAIRED
      await stack.subgraphs.credit!.dataSource.query("UPDATE repair_application SET status = 'PENDING' WHERE id = ?", [
        pendingOn.data!.applyCreditRepair.id,
      ]);
      expect(await approvalRefused(pendingOn.data!.applyCreditRepair.id)).toMatchObject({
        code: 'INVALID_TRANSITION',
        reason: 'INVALID_STATE',
      });
    });

    it('files one repair application when two are filed at the same moment: the other waits for the record and finds it pending', async () => {
      const credit = stack.subgraphs.credit!.dataSource;
      const recordId = await addRecord(addMonths(today(), -4), {
        publicityEnd: addMonths(addMonths(today(), -4), 12),
      });
      const apply = (token: string) =>
        stack.graphql<{ applyCreditRepair: { id: string } }>(
          'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已整改完毕", commitmentLetter: "信用承诺书") { id } }',
          { r: recordId },
          token,
        );
      // someone holds the record (a decision in progress), so both applications reach it together
      const { result: answers, written } = await whileHeld(
        credit,
        ['SELECT id FROM credit_record WHERE id = ? FOR UPDATE', [recordId]],
        () => Promise.all([apply(rsj), apply(rsj2)]),
        { waiters: 2, end: 'commit' },
      );
      expect(written).toEqual([0, 0]);
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.map((a) => (a.errors ? refusal(a) : null)).filter(Boolean)).toEqual([
        { code: 'INVALID_TRANSITION', reason: 'ALREADY_PENDING', field: undefined },
      ]);
      const pending = (await credit.query(
        "SELECT id FROM repair_application WHERE record_id = ? AND status = 'PENDING'",
        [recordId],
      )) as unknown[];
      expect(pending).toHaveLength(1);
    });

    it('takes the record before the application when approving a repair, as a revocation does: the two wait, never deadlock', async () => {
      const recordId = await addRecord(addMonths(today(), -4), {
        publicityEnd: addMonths(addMonths(today(), -4), 12),
      });
      const applied = await stack.graphql<{ applyCreditRepair: { id: string } }>(
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已整改完毕", commitmentLetter: "信用承诺书") { id } }',
        { r: recordId },
        rsj,
      );
      expect(applied.errors).toBeUndefined();
      const repairId = applied.data!.applyCreditRepair.id;
      const credit = stack.subgraphs.credit!.dataSource;
      const settledWithin = (p: Promise<unknown>, ms: number) =>
        Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

      // a revocation (a source's withdrawal, an upheld objection) has taken the record, not yet committed
      const revocation = credit.createQueryRunner();
      await revocation.startTransaction();
      try {
        await revocation.query("UPDATE credit_record SET status = 'REVOKED', version = version + 1 WHERE id = ?", [
          recordId,
        ]);
        const approving = stack.graphql(
          'mutation ($id: ID!) { decideCreditRepair(id: $id, approved: true, note: "同意修复") { status } }',
          { id: repairId },
          rsj2,
        );
        // the approval waits for the record having written nothing (the application untouched), so the revocation
        // ends the application at once
        expect(await lockWaiters(credit, 1)).toEqual([0]);
        const terminating = revocation.query(
          "UPDATE repair_application SET status = 'TERMINATED', version = version + 1 WHERE id = ?",
          [repairId],
        );
        expect(await settledWithin(terminating, 2000)).toBe(true);
        await revocation.commitTransaction();
        // then the approval finds the record changed: CONFLICT, nothing of it written
        expect(refusal(await approving)).toMatchObject({ code: 'CONFLICT' });
      } finally {
        if (revocation.isTransactionActive) await revocation.rollbackTransaction();
        await revocation.release();
      }
      expect((await repairRow(repairId)).status).toBe('TERMINATED');
      const [record] = (await credit.query('SELECT status FROM credit_record WHERE id = ?', [recordId])) as {
        status: string;
      }[];
      expect(record!.status).toBe('REVOKED');
    });

    it('refuses a department’s GENERAL record unpublished with MUST_PUBLISH, after who may write it', async () => {
      const czjCredit = await stack.newUserToken({
        username: 'czj-credit',
        roles: ['OFFICER'],
        domains: ['CREDIT'],
        departmentId: CZJ.id,
      });
      const decided = addDays(today(), -5);
      const input = {
        subjectType: 'DEPARTMENT',
        subjectId: RSJ.id,
        category: 'BROKEN_COMMITMENT',
        severity: 'GENERAL',
        documentNumber: '饶发改信〔2026〕77号',
        authority: '饶平县发展和改革局',
        decisionDate: decided,
        publish: false,
        publicityEnd: addMonths(decided, 6),
      };
      const count = async () =>
        Number(
          (
            (await stack.subgraphs.credit!.dataSource.query('SELECT COUNT(*) AS n FROM credit_record')) as {
              n: number;
            }[]
          )[0]!.n,
        );
      const before = await count();
      expect(refusal(await stack.graphql(add, { i: input }, rsj))).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'MUST_PUBLISH',
        field: 'publish',
      });
      // a CREDIT officer of another department, not county-wide, may not write 县人社局's record at all
      expect(refusal(await stack.graphql(add, { i: input }, czjCredit))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await count()).toBe(before);
      expect((await stack.graphql(add, { i: { ...input, publish: true } }, rsj)).errors).toBeUndefined();
    });

    it('refuses a second objection on a record under objection with ALREADY_PENDING, whoever files it', async () => {
      const recordId = await addRecord(addDays(today(), -15));
      await fileObjection(recordId, rsj);
      for (const token of [rsj, fgj])
        expect(
          refusal(
            await stack.graphql(
              'mutation ($r: ID!) { fileObjection(recordId: $r, reason: "再次提出异议") { id } }',
              { r: recordId },
              token,
            ),
          ),
        ).toMatchObject({ code: 'INVALID_TRANSITION', reason: 'ALREADY_PENDING' });
    });

    it('refuses the officer who filed an objection its decision with NOT_YOUR_OWN, though their office decides it', async () => {
      // fgj (county credit office, not the record's department) files; another officer of the same office decides
      const id = await fileObjection(await addRecord(addDays(today(), -15)), fgj);
      const reject =
        'mutation ($id: ID!) { decideObjection(id: $id, outcome: REJECTED, note: "原认定事实清楚") { status } }';
      expect(refusal(await stack.graphql(reject, { id }, fgj))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_OWN',
      });
      const decided = await stack.graphql<{ decideObjection: { status: string } }>(reject, { id }, fgj2);
      expect(decided.errors).toBeUndefined();
      expect(decided.data!.decideObjection.status).toBe('REJECTED');
    });
  },
);
