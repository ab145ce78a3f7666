// Judicial supervision through the committed supergraph on MySQL: judgments against county bodies and their
// fulfilment; a listed judgment debtor becomes exactly one SERIOUS JUDICIAL_JUDGMENT record in credit through
// the outbox, with credit down in between and a delivery repeated; hearings and the appearance rate.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, addMonths, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type GraphQLResult, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as casework } from '../src/index.js';
import { CourtAppearanceOnce1732406400750 } from '../src/migrations/1732406400750-court-appearance-once.js';
import { CourtCaseNumbers1732406400760 } from '../src/migrations/1732406400760-court-case-numbers.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const DEPT = demoDepartments.find((d) => d.code === 'WGJ')!; // 县文广旅体局: no other test's department

const FIELDS =
  'id caseNumber status amount fulfilledAmount fulfilledOn listedOn department { id name } fulfilments { date amount evidence }';
const RECORD = `mutation ($i: RecordJudgmentInput!) { recordJudgment(input: $i) { ${FIELDS} } }`;
const FULFIL = `mutation ($id: ID!, $i: RecordJudgmentFulfilmentInput!) { recordJudgmentFulfilment(id: $id, input: $i) { ${FIELDS} } }`;
const LISTED = `mutation ($id: ID!, $i: MarkJudgmentDebtorListedInput!) { markJudgmentDebtorListed(id: $id, input: $i) { ${FIELDS} } }`;
const HEARING = `mutation ($i: RecordCourtAppearanceInput!) { recordCourtAppearance(input: $i) { id headAppeared rank } }`;
const FIGURES = '{ departments(pageSize: 200) { items { id unfulfilledJudgmentCount courtAppearanceRate } } }';
type JudgmentOut = { id: string; status: string; amount: string; fulfilledAmount: string; fulfilledOn: string | null };
const extensions = (r: GraphQLResult) => r.errors?.[0]?.extensions;

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `judicial supervision on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let xfj: string;
    beforeAll(async () => {
      process.env.OUTBOX_BACKOFF_MS = '1';
      process.env.OUTBOX_MAX_BACKOFF_MS = '1';
      stack = await startStack({
        subgraphs: [directory, credit, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
      await stack.subgraphs.casework!.outbox!.drain();
      xfj = await stack.login('xfj');
    }, 180_000);
    afterAll(() => stack?.close());

    const judgment = (caseNumber: string, dueOn: string, amount = '300000.00') => ({
      caseNumber,
      court: '饶平县人民法院',
      departmentId: DEPT.id,
      obligation: '支付工程款及利息',
      amount,
      effectiveOn: '2026-01-05',
      dueOn,
    });
    const figures = async () =>
      (
        await stack.graphql<{
          departments: {
            items: { id: string; unfulfilledJudgmentCount: number; courtAppearanceRate: number | null }[];
          };
        }>(FIGURES, {}, await stack.login('leader'))
      ).data!.departments.items.find((d) => d.id === DEPT.id)!;

    it('refuses whoever may not record, whatever the input', async () => {
      for (const user of ['leader', 'czj', 'supervisor'])
        expect(
          errorCode(
            await stack.graphql(
              RECORD,
              { i: { ...judgment('x', '2000-01-01'), amount: '-1' } },
              await stack.login(user),
            ),
          ),
          user,
        ).toBe('FORBIDDEN');
    });

    it('records judgments and fulfilments; unfulfilled after the due date is counted', async () => {
      const before = await figures();
      const due = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: judgment('（2026）粤5122民初101号', addDays(today(), -1)) },
          xfj,
        )
      ).data!.recordJudgment;
      expect(due).toMatchObject({ status: 'UNFULFILLED', amount: '300000.00', fulfilledAmount: '0.00' });
      const later = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: judgment('（2026）粤5122民初102号', today()) },
          xfj,
        )
      ).data!.recordJudgment;
      expect(later.status).toBe('PENDING');
      const again = await stack.graphql(RECORD, { i: judgment('（2026）粤5122民初101号', today()) }, xfj);
      expect(extensions(again)).toMatchObject({ field: 'input.caseNumber', reason: 'JUDGMENT_ALREADY_RECORDED' });
      // the same case typed with a document's brackets and full-width digits is the same case
      const respelt = await stack.graphql(RECORD, { i: judgment('〔２０２６〕粤5122民初101号 ', today()) }, xfj);
      expect(extensions(respelt)).toMatchObject({ field: 'input.caseNumber', reason: 'JUDGMENT_ALREADY_RECORDED' });
      // the length is checked on what is stored: ㍿ is 株式会社 in the court's spelling, 66 characters in all
      const long = await stack.graphql(RECORD, { i: judgment(`（2026）${'㍿'.repeat(15)}`, today()) }, xfj);
      expect(extensions(long)).toMatchObject({ field: 'input.caseNumber', reason: 'TOO_LONG', params: { max: 64 } });
      const nobody = await stack.graphql(
        RECORD,
        {
          i: { ...judgment('（2026）粤5122民初104号', today()), departmentId: '00000000-0000-4000-8000-000000000000' },
        },
        xfj,
      );
      expect(extensions(nobody)).toMatchObject({ field: 'input.departmentId', reason: 'NOT_REGISTERED' });
      const early = await stack.graphql(RECORD, { i: { ...judgment('（2026）粤5122民初103号', '2026-01-04') } }, xfj);
      expect(extensions(early)).toMatchObject({ field: 'input.dueOn', reason: 'DATE_TOO_EARLY' });
      expect((await figures()).unfulfilledJudgmentCount).toBe(before.unfulfilledJudgmentCount + 1);

      const part = await stack.graphql<{ recordJudgmentFulfilment: JudgmentOut }>(
        FULFIL,
        { id: due.id, i: { date: today(), amount: '100000.00', evidence: '支付凭证1' } },
        xfj,
      );
      expect(part.data!.recordJudgmentFulfilment).toMatchObject({
        status: 'UNFULFILLED',
        fulfilledAmount: '100000.00',
      });
      const tooMuch = await stack.graphql(
        FULFIL,
        { id: due.id, i: { date: today(), amount: '200000.01', evidence: '凭证' } },
        xfj,
      );
      expect(extensions(tooMuch)).toMatchObject({
        field: 'input.amount',
        reason: 'EXCEEDS_OUTSTANDING',
        params: { outstanding: '200000.00' },
      });
      const rest = await stack.graphql<{ recordJudgmentFulfilment: JudgmentOut }>(
        FULFIL,
        { id: due.id, i: { date: today(), amount: '200000.00', evidence: '支付凭证2' } },
        xfj,
      );
      expect(rest.data!.recordJudgmentFulfilment).toMatchObject({ status: 'FULFILLED', fulfilledOn: today() });
      expect((await figures()).unfulfilledJudgmentCount).toBe(before.unfulfilledJudgmentCount);
    });

    it('makes one SERIOUS JUDICIAL_JUDGMENT record of a listed debtor in credit, with credit down in between', async () => {
      const j = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: judgment('（2026）粤5122执45号', '2026-02-05', '1500000.00') },
          xfj,
        )
      ).data!.recordJudgment;
      const refused = await stack.graphql(
        LISTED,
        { id: j.id, i: { listedOn: today(), document: '' } },
        await stack.login('fgj'),
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');

      await stack.stopSubgraph('credit');
      const listed = await stack.graphql(
        LISTED,
        { id: j.id, i: { listedOn: today(), document: '（2026）粤5122执45号之一' } },
        xfj,
      );
      expect(listed.errors).toBeUndefined();
      const twice = await stack.graphql(
        LISTED,
        { id: j.id, i: { listedOn: today(), document: '（2026）粤5122执45号之一' } },
        xfj,
      );
      expect(extensions(twice)).toMatchObject({ reason: 'JUDGMENT_ALREADY_LISTED' });
      const db = () => stack.subgraphs.casework!.dataSource;
      expect(await stack.subgraphs.casework!.outbox!.drain()).toBe(0); // credit is down: kept, retried
      const [pending] = await db().query('SELECT * FROM outbox_message WHERE dedupe_key = ?', [j.id]);
      expect(pending).toMatchObject({ delivered_at: null });

      await stack.restartSubgraph('credit');
      await new Promise((r) => setTimeout(r, 20));
      await stack.delivered('casework', { key: j.id });
      // delivered again as if the deliverer died before its acknowledgement: credit answers with the same record
      await db().query('UPDATE outbox_message SET delivered_at = NULL, next_attempt_at = ? WHERE dedupe_key = ?', [
        new Date(0).toISOString(),
        j.id,
      ]);
      await stack.delivered('casework', { key: j.id });

      const records = await stack.graphql<{
        creditRecords: {
          items: {
            category: string;
            severity: string;
            decisionDate: string;
            source: { subgraph: string; id: string } | null;
          }[];
        };
      }>(
        'query ($d: ID!) { creditRecords(departmentId: $d, subjectType: DEPARTMENT, pageSize: 100) { items { category severity decisionDate source { subgraph id } } } }',
        { d: DEPT.id },
        await stack.login('leader'),
      );
      expect(records.errors).toBeUndefined();
      expect(records.data!.creditRecords.items.filter((r) => r.source?.id === j.id)).toEqual([
        {
          category: 'JUDICIAL_JUDGMENT',
          severity: 'SERIOUS',
          decisionDate: today(),
          source: { subgraph: 'casework', id: j.id },
        },
      ]);
    });

    it('lets the record be repaired only once the judgment is fulfilled, credit learning it through the outbox', async () => {
      // listed 13 months ago: a SERIOUS record's minimum publicity (12 months) has run and its publicity (24) has
      // not, so only the cure stands in the way
      const on = (months: number) => addMonths(today(), -months);
      const j = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: { ...judgment('（2025）粤5122执7号', on(14), '80000.00'), effectiveOn: on(15) } },
          xfj,
        )
      ).data!.recordJudgment;
      expect(
        (await stack.graphql(LISTED, { id: j.id, i: { listedOn: on(13), document: '（2025）粤5122执7号之一' } }, xfj))
          .errors,
      ).toBeUndefined();
      await stack.delivered('casework', { key: j.id });
      const RECORDS =
        'query ($d: ID!) { creditRecords(departmentId: $d, subjectType: DEPARTMENT, pageSize: 100) { items { id curedOn source { id } } } }';
      const leader = await stack.login('leader');
      const record = async () =>
        (
          await stack.graphql<{
            creditRecords: { items: { id: string; curedOn: string | null; source: { id: string } | null }[] };
          }>(RECORDS, { d: DEPT.id }, leader)
        ).data!.creditRecords.items.find((r) => r.source?.id === j.id)!;
      const made = await record();
      expect(made.curedOn).toBeNull();
      const REPAIR =
        'mutation ($r: ID!) { applyCreditRepair(recordId: $r, evidence: "已全部履行，法院出具结案证明", commitmentLetter: "信用承诺书") { id status } }';
      const rsj = await stack.login('rsj');
      expect(extensions(await stack.graphql(REPAIR, { r: made.id }, rsj))).toMatchObject({
        code: 'REPAIR_NOT_ALLOWED',
        reason: 'CAUSE_NOT_CURED',
      });

      // fulfilled in two payments while credit is down: the cure waits in the outbox, sent once it is back
      await stack.graphql(FULFIL, { id: j.id, i: { date: on(12), amount: '30000.00', evidence: '转账凭证' } }, xfj);
      expect(await stack.subgraphs.casework!.outbox!.drain()).toBe(0); // part-paid: nothing cured
      await stack.stopSubgraph('credit');
      const paid = await stack.graphql<{ recordJudgmentFulfilment: JudgmentOut }>(
        FULFIL,
        { id: j.id, i: { date: on(11), amount: '50000.00', evidence: '转账凭证' } },
        xfj,
      );
      expect(paid.data!.recordJudgmentFulfilment.fulfilledOn).toBe(on(11));
      expect(await stack.subgraphs.casework!.outbox!.drain()).toBe(0);
      await stack.restartSubgraph('credit');
      await new Promise((r) => setTimeout(r, 20));
      await stack.delivered('casework', { key: j.id });
      expect((await record()).curedOn).toBe(on(11));
      const applied = await stack.graphql<{ applyCreditRepair: { status: string } }>(REPAIR, { r: made.id }, rsj);
      expect(applied.errors).toBeUndefined();
      expect(applied.data!.applyCreditRepair.status).toBe('PENDING');
    });

    it('dates a judgment fulfilled on its latest payment, whatever the order the payments are entered in', async () => {
      const on = (months: number) => addMonths(today(), -months);
      const j = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: { ...judgment('（2025）粤5122执9号', on(6), '100000.00'), effectiveOn: on(8) } },
          xfj,
        )
      ).data!.recordJudgment;
      await stack.graphql(FULFIL, { id: j.id, i: { date: on(3), amount: '60000.00', evidence: '转账凭证' } }, xfj);
      const earlier = await stack.graphql<{ recordJudgmentFulfilment: JudgmentOut }>(
        FULFIL,
        { id: j.id, i: { date: on(5), amount: '40000.00', evidence: '补录的转账凭证' } },
        xfj,
      );
      // the whole sum was paid only on the later day
      expect(earlier.data!.recordJudgmentFulfilment).toMatchObject({ status: 'FULFILLED', fulfilledOn: on(3) });
    });

    it('records a listing after the fulfilment only as dated before it, and then the record arrives cured', async () => {
      const on = (months: number) => addMonths(today(), -months);
      const j = (
        await stack.graphql<{ recordJudgment: JudgmentOut }>(
          RECORD,
          { i: { ...judgment('（2025）粤5122执8号', on(14), '20000.00'), effectiveOn: on(15) } },
          xfj,
        )
      ).data!.recordJudgment;
      await stack.graphql(FULFIL, { id: j.id, i: { date: on(10), amount: '20000.00', evidence: '转账凭证' } }, xfj);
      // listed the day after it was performed: refused, naming the fulfilment day; that day itself passes
      const late = await stack.graphql(
        LISTED,
        { id: j.id, i: { listedOn: addDays(on(10), 1), document: '执8号之一' } },
        xfj,
      );
      expect(extensions(late)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.listedOn',
        reason: 'DATE_TOO_LATE',
        params: { date: on(10) },
      });
      const listed = await stack.graphql(LISTED, { id: j.id, i: { listedOn: on(12), document: '执8号之一' } }, xfj);
      expect(listed.errors).toBeUndefined();
      await stack.delivered('casework', { key: j.id });
      const { data } = await stack.graphql<{
        creditRecords: { items: { curedOn: string | null; source: { id: string } | null }[] };
      }>(
        'query ($d: ID!) { creditRecords(departmentId: $d, subjectType: DEPARTMENT, pageSize: 100) { items { curedOn source { id } } } }',
        { d: DEPT.id },
        await stack.login('leader'),
      );
      expect(data!.creditRecords.items.find((r) => r.source?.id === j.id)?.curedOn).toBe(on(10));
    });

    it('records hearings and gives this year’s appearance rate, null without a hearing', async () => {
      expect((await figures()).courtAppearanceRate).toBeNull();
      const hearing = (caseNumber: string, headAppeared: boolean, extra: Record<string, unknown> = {}) =>
        stack.graphql(
          HEARING,
          { i: { caseNumber, departmentId: DEPT.id, hearingDate: today(), headAppeared, ...extra } },
          xfj,
        );
      const unnamed = await hearing('（2026）粤5122行初1号', true);
      expect(extensions(unnamed)).toMatchObject({ field: 'input.appearedName', reason: 'HEAD_RANK_REQUIRED' });
      expect(
        (await hearing('（2026）粤5122行初1号', true, { appearedName: '李明', position: '副局长', rank: 'DEPUTY' }))
          .errors,
      ).toBeUndefined();
      expect(
        (await hearing('（2026）粤5122行初2号', true, { appearedName: '王强', position: '局长', rank: 'HEAD' })).errors,
      ).toBeUndefined();
      expect((await hearing('（2026）粤5122行初3号', false)).errors).toBeUndefined();
      // the same hearing entered again is one hearing: refused, counted once
      expect(extensions(await hearing('（2026）粤5122行初3号', false))).toMatchObject({
        field: 'input.caseNumber',
        reason: 'ALREADY_REGISTERED',
      });
      // … however its number is typed: stored as the court writes it, refused as entered already
      expect(extensions(await hearing('〔2026〕粤5122行初3号', false))).toMatchObject({
        field: 'input.caseNumber',
        reason: 'ALREADY_REGISTERED',
      });
      expect((await figures()).courtAppearanceRate).toBe(Math.round((2 / 3) * 1e6) / 1e6);
      // two officers entering one new hearing at the same moment: one is recorded, the other refused
      const both = await Promise.all([
        hearing('（2026）粤5122行初4号', false),
        hearing('（2026）粤5122行初4号', false),
      ]);
      expect(both.filter((r) => r.errors === undefined)).toHaveLength(1);
      expect(extensions(both.find((r) => r.errors)!)).toMatchObject({ reason: 'ALREADY_REGISTERED' });
      expect((await figures()).courtAppearanceRate).toBe(0.5);
      const listed = await stack.graphql<{ courtAppearances: { total: number } }>(
        'query ($d: ID!, $y: Int) { courtAppearances(departmentId: $d, year: $y) { total } }',
        { d: DEPT.id, y: Number(today().slice(0, 4)) },
        xfj,
      );
      expect(listed.data!.courtAppearances.total).toBe(4);
      const respelt = await stack.graphql<{ recordCourtAppearance: { caseNumber: string } }>(
        'mutation ($i: RecordCourtAppearanceInput!) { recordCourtAppearance(input: $i) { caseNumber } }',
        {
          i: { caseNumber: '【2026】 粤5122行初5号', departmentId: DEPT.id, hearingDate: today(), headAppeared: false },
        },
        xfj,
      );
      expect(respelt.data?.recordCourtAppearance).toEqual({ caseNumber: '（2026）粤5122行初5号' });
    });
    // last: it takes the rule away and puts it back
    it('keeps one copy (the smallest id) of a hearing recorded twice before, on upgrade', async () => {
      const ds = stack.subgraphs.casework!.dataSource;
      const q = ds.createQueryRunner();
      try {
        const migration = new CourtAppearanceOnce1732406400750();
        await migration.down(q);
        const ids = ['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001'];
        for (const id of ids)
          await q.query(
            `INSERT INTO casework_court_appearance (id, case_number, department_id, hearing_date, head_appeared, recorded_by)
             VALUES (?, '（2026）粤5122行初9号', ?, ?, 0, 'xfj')`,
            [id, DEPT.id, today()],
          );
        await migration.up(q);
        const kept = (await q.query(
          "SELECT id FROM casework_court_appearance WHERE case_number = '（2026）粤5122行初9号'",
        )) as { id: string }[];
        expect(kept.map((r) => r.id)).toEqual([ids[1]]);
      } finally {
        await q.release();
      }
    });

    it('writes case numbers as the court does on upgrade: one hearing typed two ways is one, two judgments stay two', async () => {
      const ds = stack.subgraphs.casework!.dataSource;
      const insertHearing = (id: string, caseNumber: string) =>
        ds.query(
          `INSERT INTO casework_court_appearance (id, case_number, department_id, hearing_date, head_appeared, recorded_by)
           VALUES (?, ?, ?, ?, 0, 'xfj')`,
          [id, caseNumber, DEPT.id, today()],
        );
      // a copy of a hearing recorded in the court's spelling earlier in this file, and one hearing typed two ways
      const [respelt, first, second] = [5, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
      await insertHearing(respelt, '〔2026〕粤5122行初3号');
      await insertHearing(first, '〔2026〕粤5122行初10号');
      await insertHearing(second, '【2026】粤5122行初10号');
      const judgmentIds: string[] = [];
      for (const n of [201, 202, 203])
        judgmentIds.push(
          (
            await stack.graphql<{ recordJudgment: JudgmentOut }>(
              RECORD,
              { i: judgment(`（2026）粤5122民初${n}号`, today()) },
              xfj,
            )
          ).data!.recordJudgment.id,
        );
      const spell = (id: string, caseNumber: string) =>
        ds.query('UPDATE casework_judgment SET case_number = ? WHERE id = ?', [caseNumber, id]);
      await spell(judgmentIds[0]!, '〔2026〕粤5122民初201号');
      await spell(judgmentIds[1]!, '〔2026〕粤5122民初202号');
      await spell(judgmentIds[2]!, '【2026】粤5122民初202号'); // two judgments of one case, entered before

      const q = ds.createQueryRunner();
      await new CourtCaseNumbers1732406400760().up(q).finally(() => q.release());

      const hearings = (await ds.query(
        `SELECT id, case_number FROM casework_court_appearance WHERE department_id = ? AND case_number LIKE ? ORDER BY case_number`,
        [DEPT.id, '%粤5122行初%'],
      )) as { id: string; case_number: string }[];
      const numbers = hearings.map((h) => h.case_number);
      expect(numbers.filter((n) => n.endsWith('行初3号'))).toEqual(['（2026）粤5122行初3号']);
      expect(hearings.find((h) => h.id === respelt)).toBeUndefined(); // the court's spelling was there first
      expect(hearings.filter((h) => h.case_number.endsWith('行初10号'))).toEqual([
        { id: first, case_number: '（2026）粤5122行初10号' },
      ]);
      expect(numbers.every((n) => n.startsWith('（2026）'))).toBe(true);
      const judgments = (await ds.query(
        `SELECT id, case_number FROM casework_judgment WHERE id IN (?, ?, ?)`,
        judgmentIds,
      )) as { id: string; case_number: string }[];
      expect(Object.fromEntries(judgments.map((j) => [j.id, j.case_number]))).toEqual({
        [judgmentIds[0]!]: '（2026）粤5122民初201号',
        [judgmentIds[1]!]: '〔2026〕粤5122民初202号',
        [judgmentIds[2]!]: '【2026】粤5122民初202号',
      });
    });
  },
);
