// Rectification orders through the committed supergraph on MySQL: ordered, reported, returned, accepted; past
// the deadline OVERDUE, and exactly one dishonesty record in credit (三.8) through the outbox — with credit down
// when the order goes overdue, and with a delivery repeated as if the deliverer died before its acknowledgement.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { addDays, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as supervision } from '../src/index.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const CZJ = demoDepartments.find((d) => d.code === 'CZJ')!;
const FGJ = demoDepartments.find((d) => d.code === 'FGJ')!;

const FIELDS = 'id status deadline overdueOn report reportedOn decisionNote department { id name }';
const ORDER = `mutation ($input: OrderRectificationInput!) { orderRectification(input: $input) { ${FIELDS} } }`;
const REPORT = `mutation ($id: ID!, $input: ReportRectificationInput!) { reportRectification(id: $id, input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation ($id: ID!, $accepted: Boolean!, $note: String) { decideRectification(id: $id, accepted: $accepted, note: $note) { ${FIELDS} } }`;
const LIST = `query ($departmentId: ID, $status: RectificationStatus) { rectifications(departmentId: $departmentId, status: $status, pageSize: 100) { total items { ${FIELDS} } } }`;
type Order = { id: string; status: string; deadline: string; overdueOn: string | null; department: { name: string } };

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `rectification on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      process.env.OUTBOX_BACKOFF_MS = '1';
      process.env.OUTBOX_MAX_BACKOFF_MS = '1';
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
      // the demo county's overdue order reaches credit first, so the counts below are the tests' own
      await stack.subgraphs.supervision!.outbox!.drain();
    }, 180_000);
    afterAll(() => stack?.close());

    const order = async (token: string, input: Record<string, unknown>) =>
      stack.graphql<{ orderRectification: Order }>(ORDER, { input }, token);
    const input = (deadline = addDays(today(), 14)) => ({
      departmentId: CZJ.id,
      subject: '拖欠中小企业账款未清偿',
      basis: '饶府〔2018〕35号 三.2',
      deadline,
    });

    it('refuses whoever may not order, whatever the input, and a deadline that is not after today', async () => {
      for (const user of ['leader', 'czj', 'rsj']) {
        const refused = await order(await stack.login(user), { ...input(), subject: '', deadline: '2000-01-01' });
        expect(errorCode(refused), user).toBe('FORBIDDEN');
      }
      const today_ = await order(await stack.login('supervisor'), input(today()));
      expect(errorCode(today_)).toBe('BAD_USER_INPUT');
      expect(today_.errors![0]!.extensions).toMatchObject({ field: 'input.deadline', reason: 'DATE_NOT_AFTER' });
      // a department the directory does not know: its record could never be made in credit when overdue
      const unknown = await order(await stack.login('supervisor'), { ...input(), departmentId: randomUUID() });
      expect(unknown.errors![0]!.extensions).toMatchObject({ field: 'input.departmentId', reason: 'NOT_REGISTERED' });
    });

    it('runs an order from ORDERED through RETURNED to ACCEPTED; only the addressed department reports', async () => {
      const supervisor = await stack.login('supervisor');
      const fgj = await stack.login('fgj'); // SUPERVISION county-wide orders too
      const czj = await stack.login('czj');
      const made = await order(fgj, input());
      expect(made.errors).toBeUndefined();
      const { id } = made.data!.orderRectification;
      expect(made.data!.orderRectification).toMatchObject({ status: 'ORDERED', department: { name: CZJ.name } });

      const report = { report: '已于本月支付全部逾期账款', evidence: '饶财支〔2026〕12号' };
      const notTheirs = await stack.graphql(REPORT, { id, input: report }, await stack.login('jxj'));
      expect(notTheirs.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_ONLY' });
      expect((await stack.graphql(REPORT, { id, input: report }, czj)).data).toMatchObject({
        reportRectification: { status: 'REPORTED', reportedOn: today() },
      });
      const noReason = await stack.graphql(DECIDE, { id, accepted: false, note: '' }, supervisor);
      expect(noReason.errors![0]!.extensions).toMatchObject({ field: 'note', reason: 'REQUIRED' });
      const tooLong = await stack.graphql(DECIDE, { id, accepted: false, note: '缺'.repeat(1001) }, supervisor);
      expect(tooLong.errors![0]!.extensions).toMatchObject({
        field: 'note',
        reason: 'TOO_LONG',
        params: { max: 1000 },
      });
      expect(
        (await stack.graphql(DECIDE, { id, accepted: false, note: '缺少支付凭证' }, supervisor)).data,
      ).toMatchObject({ decideRectification: { status: 'RETURNED', decisionNote: '缺少支付凭证' } });
      const twice = await stack.graphql(DECIDE, { id, accepted: true }, supervisor);
      expect(twice.errors![0]!.extensions).toMatchObject({ reason: 'INVALID_STATE', params: { from: 'RETURNED' } });
      // the supervisor reads the order; the department reports again before the decision: a decision on the version
      // read is refused (CONFLICT) rather than accepting a report not seen
      const versionOf = async () =>
        (
          await stack.graphql<{ rectification: { version: number } }>(
            'query ($id: ID!) { rectification(id: $id) { version } }',
            { id },
            supervisor,
          )
        ).data!.rectification.version;
      await stack.graphql(REPORT, { id, input: { ...report, evidence: '支付凭证 2 份' } }, czj);
      const read = await versionOf();
      await stack
        .graphql(REPORT, { id, input: { ...report, evidence: '支付凭证 3 份' } }, czj)
        .then((r) => expect(r.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_STATE' }));
      const DECIDE_READ =
        'mutation ($id: ID!, $v: Int) { decideRectification(id: $id, accepted: true, note: "整改到位", version: $v) { status } }';
      await stack.graphql(DECIDE, { id, accepted: false, note: '请补充支付凭证' }, supervisor);
      await stack.graphql(REPORT, { id, input: { ...report, evidence: '支付凭证 3 份' } }, czj);
      expect(errorCode(await stack.graphql(DECIDE_READ, { id, v: read }, supervisor))).toBe('CONFLICT');
      expect((await stack.graphql(DECIDE_READ, { id, v: await versionOf() }, supervisor)).data).toMatchObject({
        decideRectification: { status: 'ACCEPTED' },
      });
      // another department's officer sees none of it; the department itself and leaders do
      const seen = async (user: string) =>
        (
          await stack.graphql<{ rectifications: { items: Order[] } }>(LIST, {}, await stack.login(user))
        ).data!.rectifications.items.some((o) => o.id === id);
      expect(await seen('jxj')).toBe(false);
      expect(await seen('czj')).toBe(true);
      expect(await seen('leader')).toBe(true);
    });

    it('lets no SUPERVISION officer decide on their own department’s order, whatever the note; a supervisor may', async () => {
      const fgj = await stack.login('fgj'); // 县发改局: SUPERVISION county-wide, and an order addressed to it
      const made = await order(await stack.login('supervisor'), { ...input(), departmentId: FGJ.id });
      const { id } = made.data!.orderRectification;
      const report = { report: '已完成项目清理并公开结果', evidence: '饶发改〔2026〕8号' };
      expect((await stack.graphql(REPORT, { id, input: report }, fgj)).data).toMatchObject({
        reportRectification: { status: 'REPORTED' },
      });
      for (const variables of [
        { id, accepted: true },
        { id, accepted: false, note: '' },
      ]) {
        const own = await stack.graphql(DECIDE, variables, fgj);
        expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_CASE' });
      }
      expect(
        (await stack.graphql(DECIDE, { id, accepted: true, note: '整改到位' }, await stack.login('supervisor'))).data,
      ).toMatchObject({ decideRectification: { status: 'ACCEPTED' } });
    });

    it('makes a report filed in time and returned after the deadline overdue from the day it was returned', async () => {
      const supervisor = await stack.login('supervisor');
      // on 县工信局: the next case counts 县财政局's overdue orders
      const jxjDept = demoDepartments.find((d) => d.code === 'JXJ')!.id;
      const { id } = (await order(supervisor, { ...input(), departmentId: jxjDept })).data!.orderRectification;
      await stack.graphql(REPORT, { id, input: { report: '已按期整改', evidence: '凭证' } }, await stack.login('jxj'));
      // the deadline passed ten days ago while the report waited for the supervisors
      await stack.subgraphs.supervision!.dataSource.query('UPDATE rectification_order SET deadline = ? WHERE id = ?', [
        addDays(today(), -10),
        id,
      ]);
      const returned = await stack.graphql<{ decideRectification: Order }>(
        DECIDE,
        { id, accepted: false, note: '证明材料不全' },
        supervisor,
      );
      expect(returned.data!.decideRectification).toMatchObject({ status: 'OVERDUE', overdueOn: today() });
    });

    it('past the deadline becomes OVERDUE and exactly one credit record, with credit down in between', async () => {
      const supervisor = await stack.login('supervisor');
      const { id } = (await order(supervisor, input())).data!.orderRectification;
      const supervisionDb = () => stack.subgraphs.supervision!.dataSource;
      const yesterday = addDays(today(), -1);
      await supervisionDb().query('UPDATE rectification_order SET deadline = ? WHERE id = ?', [yesterday, id]);

      await stack.stopSubgraph('credit');
      const listed = await stack.graphql<{ rectifications: { items: Order[] } }>(
        LIST,
        { status: 'OVERDUE' },
        supervisor,
      );
      const overdue = listed.data!.rectifications.items.find((o) => o.id === id)!;
      expect(overdue).toMatchObject({ status: 'OVERDUE', overdueOn: today() });
      expect(await stack.subgraphs.supervision!.outbox!.drain()).toBe(0); // credit is down: kept, retried
      const [pending] = await supervisionDb().query('SELECT * FROM outbox_message WHERE dedupe_key = ?', [id]);
      expect(pending).toMatchObject({ delivered_at: null });
      expect(pending.attempts).toBeGreaterThanOrEqual(1);
      expect(pending.last_error).toContain('cannot be reached');

      await stack.restartSubgraph('credit');
      await stack.delivered('supervision', { key: id });
      // the deliverer "died" after credit answered and before it wrote the acknowledgement: sent again
      await supervisionDb().query(
        'UPDATE outbox_message SET delivered_at = NULL, next_attempt_at = ? WHERE dedupe_key = ?',
        [new Date(0).toISOString(), id],
      );
      await stack.delivered('supervision', { key: id });
      // and the overdue sweep running again makes no second message
      await stack.graphql(LIST, {}, supervisor);
      const messages = await supervisionDb().query('SELECT COUNT(*) AS n FROM outbox_message WHERE dedupe_key = ?', [
        id,
      ]);
      expect(Number(messages[0].n)).toBe(1);

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
        { d: CZJ.id },
        await stack.login('leader'),
      );
      expect(records.errors).toBeUndefined();
      const fromOrder = records.data!.creditRecords.items.filter((r) => r.source?.id === id);
      expect(fromOrder).toEqual([
        {
          category: 'ACCOUNTABILITY',
          severity: 'GENERAL',
          decisionDate: today(),
          source: { subgraph: 'supervision', id },
        },
      ]);

      const figure = await stack.graphql<{
        departments: { items: { id: string; overdueRectificationCount: number }[] };
      }>('{ departments(pageSize: 200) { items { id overdueRectificationCount } } }', {}, supervisor);
      expect(figure.data!.departments.items.find((d) => d.id === CZJ.id)!.overdueRectificationCount).toBe(1);

      // a late report can still be accepted; the record stays for the credit rules to repair
      await stack.graphql(
        REPORT,
        { id, input: { report: '已逾期完成整改', evidence: null } },
        await stack.login('czj'),
      );
      expect(
        (await stack.graphql(DECIDE, { id, accepted: true, note: '逾期整改到位' }, supervisor)).data,
      ).toMatchObject({
        decideRectification: { status: 'ACCEPTED', overdueOn: today() },
      });
    });

    it('opens an order from a warning only about the department ordered, and a manual order from nothing', async () => {
      const supervisor = await stack.login('supervisor');
      const feed = await stack.graphql<{
        integrityWarnings: { items: { id: string; department: { id: string } | null }[] };
      }>('{ integrityWarnings(pageSize: 200) { items { id department { id } } } }', {}, supervisor);
      const items = feed.data!.integrityWarnings.items;
      const own = items.find((w) => w.department?.id === CZJ.id)!;
      const other = items.find((w) => w.department && w.department.id !== CZJ.id)!;
      const unknown = await order(supervisor, {
        ...input(),
        origin: 'WARNING',
        originId: '00000000-0000-4000-8000-00000000beef',
      });
      expect(unknown.errors![0]!.extensions).toMatchObject({ field: 'input.originId', reason: 'NOT_FOUND' });
      const elsewhere = await order(supervisor, { ...input(), origin: 'WARNING', originId: other.id });
      expect(elsewhere.errors![0]!.extensions).toMatchObject({ field: 'input.departmentId', reason: 'INVALID_VALUE' });
      const manual = await order(supervisor, { ...input(), originId: own.id });
      expect(manual.errors![0]!.extensions).toMatchObject({ field: 'input.originId', reason: 'INVALID_VALUE' });
      expect((await order(supervisor, { ...input(), origin: 'WARNING', originId: own.id })).errors).toBeUndefined();
    });

    it('records inspections whose findings open orders, once each; the list is batched', async () => {
      const supervisor = await stack.login('supervisor');
      const RECORD = `mutation ($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id seq text } } }`;
      const inspection = {
        departmentId: CZJ.id,
        inspectedOn: today(),
        team: '县政务诚信督导组',
        findings: ['政府采购合同未按期支付', '信用承诺未公示'],
      };
      const COUNT = '{ inspections { total } }';
      const demo = (await stack.graphql<{ inspections: { total: number } }>(COUNT, {}, supervisor)).data!.inspections
        .total;
      const refused = await stack.graphql(RECORD, { input: { ...inspection, findings: [] } }, await stack.login('czj'));
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const recorded = await stack.graphql<{
        recordInspection: { id: string; findings: { id: string; seq: number }[] };
      }>(RECORD, { input: inspection }, supervisor);
      expect(recorded.errors).toBeUndefined();
      const [first, second] = recorded.data!.recordInspection.findings;
      expect([first!.seq, second!.seq]).toEqual([1, 2]);
      const fromFinding = { ...input(), origin: 'INSPECTION', originId: first!.id };
      expect((await order(supervisor, fromFinding)).errors).toBeUndefined();
      const again = await order(supervisor, fromFinding);
      expect(again.errors![0]!.extensions).toMatchObject({
        field: 'input.originId',
        reason: 'FINDING_ALREADY_ORDERED',
      });
      const elsewhere = await order(supervisor, {
        ...fromFinding,
        originId: second!.id,
        departmentId: demoDepartments.find((d) => d.id !== CZJ.id)!.id,
      });
      expect(elsewhere.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      // three more, each with its first finding ordered, so that every page has the same shape
      for (let i = 0; i < 3; i += 1) {
        const more = await stack.graphql<{ recordInspection: { findings: { id: string }[] } }>(
          RECORD,
          { input: inspection },
          supervisor,
        );
        await order(supervisor, { ...fromFinding, originId: more.data!.recordInspection.findings[0]!.id });
      }

      const LIST_INSPECTIONS = `query ($n: Int!) { inspections(pageSize: $n) { total items { id team department { id name } findings { seq text rectification { id status } } } } }`;
      stack.resetSqlCount();
      await stack.graphql(LIST_INSPECTIONS, { n: 1 }, supervisor);
      const one = stack.sqlCount();
      stack.resetSqlCount();
      const many = await stack.graphql<{
        inspections: { total: number; items: { findings: { rectification: { status: string } | null }[] }[] };
      }>(LIST_INSPECTIONS, { n: 4 }, supervisor);
      expect(stack.sqlCount()).toBe(one);
      expect(many.data!.inspections.total).toBe(demo + 4);
      const ordered = many.data!.inspections.items.flatMap((i) => i.findings).filter((f) => f.rectification);
      expect(ordered).toHaveLength(4); // the four newest: ours
      expect(ordered[0]).toEqual({
        seq: 1,
        text: '政府采购合同未按期支付',
        rectification: { id: expect.any(String), status: 'ORDERED' },
      });
      const theirs = await stack.graphql<{ inspections: { total: number } }>(
        LIST_INSPECTIONS,
        { n: 4 },
        await stack.login('jxj'),
      );
      expect(theirs.data!.inspections.total).toBe(0);
    });

    it('makes records from sources only for the services that report the kind, once per source id', async () => {
      const mutation = 'mutation ($i: RecordFromSourceInput!) { recordFromSource(input: $i) { id } }';
      const i = {
        kind: 'RECTIFICATION_OVERDUE',
        sourceId: 'x',
        departmentId: CZJ.id,
        documentNumber: '整改逾期',
        authority: '县政务诚信建设领导小组办公室',
        decisionDate: today(),
      };
      for (const user of ['admin', 'supervisor', 'fgj'])
        expect(errorCode(await stack.graphql(mutation, { i }, await stack.login(user)))).toBe('FORBIDDEN');
      const service = (id: string) => stack.serviceToken(id);
      expect(errorCode(await stack.graphql(mutation, { i }, service('procurement')))).toBe('FORBIDDEN');
      const made = await stack.graphql<{ recordFromSource: { id: string } }>(mutation, { i }, service('supervision'));
      expect(made.errors).toBeUndefined();
      const again = await stack.graphql<{ recordFromSource: { id: string } }>(mutation, { i }, service('supervision'));
      expect(again.data!.recordFromSource.id).toBe(made.data!.recordFromSource.id);
    });
  },
);
