// Cases through the committed supergraph on MySQL: registered, triaged, assigned, replied, extended and
// closed, with deadlines from the versioned rules and the county calendar kept in credit.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { demoDepartments } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { addDays, addMonths, createLogger, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type GraphQLResult, type Stack } from '@integrity/testing';
import type { EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as casework } from '../src/index.js';
import { calendarRecountJob } from '../src/deadline/calendar-recount.job.js';
import { recountCaseDeadlines } from '../src/deadline/case-recount.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const dept = (code: string) => demoDepartments.find((d) => d.code === code)!;
const CZJ = dept('CZJ');
const JXJ = dept('JXJ');

const FIELDS = `id version kind status deadline acceptDeadline replyDeadline calendarMissing overdue outcome delegateSatisfaction
  extensionReason department { id name } coHandlers { id name }`;
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`;
const TRIAGE = `mutation ($id: ID!, $accepted: Boolean!, $reason: String) { triageCase(id: $id, accepted: $accepted, reason: $reason) { ${FIELDS} } }`;
const ASSIGN = `mutation ($id: ID!, $input: AssignCaseInput!) { assignCase(id: $id, input: $input) { ${FIELDS} } }`;
const REPLY = `mutation ($id: ID!, $input: ReplyCaseInput!) { replyCase(id: $id, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation ($id: ID!, $input: CloseCaseInput) { closeCase(id: $id, input: $input) { ${FIELDS} } }`;
const EXTEND = `mutation ($id: ID!, $reason: String!) { extendCase(id: $id, reason: $reason) { ${FIELDS} } }`;
const LIST = `query ($kind: CaseKind, $overdueOnly: Boolean, $departmentId: ID, $pageSize: Int) { cases(kind: $kind, overdueOnly: $overdueOnly, departmentId: $departmentId, pageSize: $pageSize) { total items { ${FIELDS} } } }`;

interface CaseOut {
  id: string;
  version: number;
  status: string;
  deadline: string | null;
  acceptDeadline: string | null;
  replyDeadline: string | null;
  calendarMissing: boolean;
  overdue: boolean;
  department: { id: string; name: string } | null;
  coHandlers: { id: string; name: string }[];
}
const extensions = (r: GraphQLResult) => r.errors?.[0]?.extensions;

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `cases on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    let xfj: string;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
      xfj = await stack.login('xfj');
    }, 180_000);
    afterAll(() => stack?.close());

    const register = async (input: Record<string, unknown>, token = xfj) =>
      stack.graphql<{ registerCase: CaseOut }>(
        REGISTER,
        {
          input: { sourceNumber: 'X-1', title: '反映问题', content: '具体情况如下', ...input },
        },
        token,
      );

    it('refuses whoever may not register, whatever the input', async () => {
      for (const user of ['leader', 'czj', 'supervisor', 'fgj']) {
        const refused = await register(
          { kind: 'PETITION', title: '', receivedOn: '2999-01-01' },
          await stack.login(user),
        );
        expect(errorCode(refused), user).toBe('FORBIDDEN');
      }
      const anonymous = await stack.graphql(REGISTER, {
        input: { kind: 'PETITION', sourceNumber: '', title: '', content: '', receivedOn: today() },
      });
      expect(errorCode(anonymous)).toBe('UNAUTHENTICATED');
    });

    it('refuses a CASEWORK officer of another department a reply before saying anything of the case’s state', async () => {
      const other = await stack.newUserToken({
        username: 'jxj-casework',
        roles: ['OFFICER'],
        domains: ['CASEWORK'],
        departmentId: JXJ.id,
      });
      const made = await register({ kind: 'PETITION', receivedOn: today(), departmentId: CZJ.id });
      const { id } = made.data!.registerCase;
      // still RECEIVED: not for them to reply, whatever the state
      const refused = await stack.graphql(REPLY, { id, input: { reply: '已处理' } }, other);
      expect(extensions(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_ONLY' });
      const ownState = await stack.graphql(REPLY, { id, input: { reply: '已处理' } }, xfj);
      expect(extensions(ownState)).toMatchObject({ reason: 'INVALID_STATE', params: { from: 'RECEIVED' } });
    });

    it('refuses a day received after today, naming the field', async () => {
      const r = await register({ kind: 'PETITION', receivedOn: '2999-01-01' });
      expect(extensions(r)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.receivedOn',
        reason: 'DATE_IN_FUTURE',
      });
    });

    it('counts complaint deadlines in working days of the calendar credit keeps', async () => {
      // Wed 30 Sep 2026: 1–7 Oct 国庆节, Thu 8 and Fri 9 worked, Sat 10 Oct an exchanged working day
      const r = await register({ kind: 'HOTLINE', receivedOn: '2026-09-30' });
      expect(r.errors).toBeUndefined();
      expect(r.data!.registerCase).toMatchObject({
        status: 'RECEIVED',
        acceptDeadline: '2026-10-10',
        deadline: '2026-10-10',
        calendarMissing: false,
        overdue: today() > '2026-10-10',
      });
      // 15 working days: 8, 9, 10(Sat), 12–16, 19–23, 26, 27 October
      expect(r.data!.registerCase.replyDeadline).toBe('2026-10-27');
    });

    it('flags a deadline counted in a year whose calendar is not loaded (weekends only there)', async () => {
      // Tue 30 Dec 2025: 2025 has no calendar in the demo; 31 Dec counted as a weekday, 1–3 Jan 2026 holidays,
      // Sun 4 Jan 2026 worked, Mon 5 Jan the third working day
      const r = await register({ kind: 'COMPLAINT', receivedOn: '2025-12-30' });
      expect(r.data!.registerCase).toMatchObject({ acceptDeadline: '2026-01-05', calendarMissing: true });
    });

    const recountAudits = async (id: string) =>
      (
        (await stack.subgraphs.casework!.dataSource.query(
          "SELECT before_json AS b FROM audit_log WHERE action = 'case.deadline-recount' AND entity_id = ?",
          [id],
        )) as { b: string }[]
      ).map((r) => (JSON.parse(r.b) as { cause: string }).cause);
    const readCase = async (id: string) =>
      (await stack.graphql<{ case: CaseOut }>(`query ($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id }, xfj)).data!
        .case;

    it('counts such a deadline again once its year is loaded: credit tells casework, with an audit entry', async () => {
      const made = (await register({ kind: 'COMPLAINT', receivedOn: '2025-12-30' })).data!.registerCase;
      expect(made.calendarMissing).toBe(true);
      const job = {
        subgraph: 'casework',
        secret: stack.secret,
        requestId: 'test-recount',
        log: createLogger('test'),
        dataSource: stack.subgraphs.casework!.dataSource,
      };
      // not loaded yet: the backstop job has nothing to count again
      await calendarRecountJob.run(job);
      expect(await recountAudits(made.id)).toEqual([]);
      // the administrators load 2025 (a test arrangement: 31 December a holiday); credit's outbox tells casework
      const loaded = await stack.graphql(
        'mutation ($d: [ArrangedDayInput!]!) { loadWorkingCalendar(year: 2025, days: $d) { date } }',
        { d: [{ date: '2025-12-31', kind: 'HOLIDAY', name: '测试假日' }] },
        await stack.login('admin'),
      );
      expect(loaded.errors).toBeUndefined();
      await stack.delivered('credit', { topic: 'calendar.changed.casework' });
      // 31 Dec and 1–3 Jan holidays, Sun 4 Jan worked, Mon 5, Tue 6 Jan: the third working day
      expect(await readCase(made.id)).toMatchObject({
        acceptDeadline: '2026-01-06',
        deadline: '2026-01-06',
        calendarMissing: false,
      });
      expect(await recountAudits(made.id)).toEqual(['calendar.load 2025']);
      // counted once: the backstop job has nothing left for this case
      await calendarRecountJob.run(job);
      expect(await recountAudits(made.id)).toEqual(['calendar.load 2025']);
    });

    it('moves an open case’s deadline when a day of a loaded year is corrected, and back when it is undone', async () => {
      // Mon 2 Nov 2026: the third working day is Thu 5 Nov
      const made = (await register({ kind: 'COMPLAINT', receivedOn: '2026-11-02' })).data!.registerCase;
      expect(made).toMatchObject({ acceptDeadline: '2026-11-05', calendarMissing: false });
      const admin = await stack.login('admin');
      const SET =
        'mutation ($k: CalendarDayKind!) { setCalendarDay(date: "2026-11-04", kind: $k, name: "测试假日") { date } }';
      try {
        expect((await stack.graphql(SET, { k: 'HOLIDAY' }, admin)).errors).toBeUndefined();
        await stack.delivered('credit', { topic: 'calendar.changed.casework' });
        expect(await readCase(made.id)).toMatchObject({ acceptDeadline: '2026-11-06', deadline: '2026-11-06' });
      } finally {
        expect((await stack.graphql(SET, { k: 'NORMAL' }, admin)).errors).toBeUndefined();
        await stack.delivered('credit', { topic: 'calendar.changed.casework' });
      }
      expect(await readCase(made.id)).toMatchObject({ acceptDeadline: '2026-11-05', deadline: '2026-11-05' });
      expect(await recountAudits(made.id)).toEqual(['calendar.set 2026-11-04', 'calendar.set 2026-11-04']);
    });

    it('answers CONFLICT when a case moved while counted again, so the change is sent again; the others move', async () => {
      // Mon 16 Nov 2026: the third working day is Thu 19 Nov; 18 Nov made a holiday in credit behind the outbox's
      // back, so only this test's calls count the cases again
      const [a, b] = [
        (await register({ kind: 'COMPLAINT', receivedOn: '2026-11-16' })).data!.registerCase,
        (await register({ kind: 'COMPLAINT', receivedOn: '2026-11-16' })).data!.registerCase,
      ];
      expect([a.acceptDeadline, b.acceptDeadline]).toEqual(['2026-11-19', '2026-11-19']);
      const creditDb = stack.subgraphs.credit!.dataSource;
      const casework = stack.subgraphs.casework!.dataSource;
      const job = {
        subgraph: 'casework',
        secret: stack.secret,
        requestId: 't',
        log: createLogger('test'),
        dataSource: casework,
      };
      const actor = { caller: { id: 'test', username: 'test' }, requestId: 't' };
      const change = { from: '2026-11-18', to: '2026-11-18', cause: 'calendar.set 2026-11-18' };
      // an officer's step commits on case a between the recount's read and its write
      const racing = Object.create(casework, {
        transaction: {
          value: async (work: (m: EntityManager) => Promise<unknown>) => {
            await casework.query('UPDATE casework_case SET version = version + 1 WHERE id = ?', [a.id]);
            return casework.transaction(work);
          },
        },
      }) as typeof casework;
      await creditDb.query("INSERT INTO calendar_day (date, kind, name) VALUES ('2026-11-18', 'HOLIDAY', '测试假日')");
      try {
        await expect(
          recountCaseDeadlines({ ...job, dataSource: racing }, actor, { change }, change.cause),
        ).rejects.toMatchObject({
          extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', params: { count: 1 } },
        });
        expect([(await readCase(a.id)).acceptDeadline, (await readCase(b.id)).acceptDeadline]).toEqual([
          '2026-11-19',
          '2026-11-20',
        ]);
        // sent again: a is counted from what it is now, b moves no further
        expect(await recountCaseDeadlines(job, actor, { change }, change.cause)).toBe(1);
        expect((await readCase(a.id)).acceptDeadline).toBe('2026-11-20');
      } finally {
        await creditDb.query("DELETE FROM calendar_day WHERE date = '2026-11-18'");
      }
      // back, with every other open case the holiday had moved
      expect(await recountCaseDeadlines(job, actor, { change }, change.cause)).toBeGreaterThanOrEqual(2);
      expect([(await readCase(a.id)).acceptDeadline, (await readCase(b.id)).acceptDeadline]).toEqual([
        '2026-11-19',
        '2026-11-19',
      ]);
    });

    it('takes the recount from credit’s service credential only, before looking at its input', async () => {
      const RECOUNT = 'mutation ($i: CalendarChangeInput!) { recountCaseDeadlines(input: $i) }';
      const i = { from: '2026-11-05', to: '2026-11-04', cause: 'calendar.set 2026-11-04' };
      for (const user of ['admin', 'xfj', 'leader']) {
        const r = await stack.graphql(RECOUNT, { i }, await stack.login(user));
        expect(errorCode(r), user).toBe('FORBIDDEN');
      }
      // another service's credential neither; credit's reaches the input check
      expect(errorCode(await stack.graphql(RECOUNT, { i }, stack.serviceToken('procurement')))).toBe('FORBIDDEN');
      const credit = await stack.graphql(RECOUNT, { i }, stack.serviceToken('credit'));
      expect(credit.errors![0]!.extensions).toMatchObject({ field: 'input.to', reason: 'DATE_TOO_EARLY' });
    });

    it('refuses to extend a reply period that has run out, on its last day still extending it', async () => {
      /** A petition assigned today whose reply period ends on `deadline` (as if it had run since earlier). */
      const petition = async (deadline: string) => {
        const made = (await register({ kind: 'PETITION', receivedOn: today(), departmentId: CZJ.id })).data!
          .registerCase;
        await stack.graphql(TRIAGE, { id: made.id, accepted: true }, xfj);
        await stack.graphql(ASSIGN, { id: made.id, input: { departmentId: CZJ.id } }, xfj);
        await stack.subgraphs.casework!.dataSource.query(
          'UPDATE casework_case SET reply_deadline = ?, deadline = ? WHERE id = ?',
          [deadline, deadline, made.id],
        );
        return made.id;
      };
      const lastDay = await petition(today());
      expect((await stack.graphql(EXTEND, { id: lastDay, reason: '涉及多个部门' }, xfj)).errors).toBeUndefined();
      const late = await petition(addDays(today(), -1));
      const refused = await stack.graphql(EXTEND, { id: late, reason: '涉及多个部门' }, xfj);
      expect(extensions(refused)).toMatchObject({
        field: 'id',
        reason: 'EXTENSION_TOO_LATE',
        params: { date: addDays(today(), -1) },
      });
    });

    it('takes a petition from RECEIVED through triage, assignment, extension and reply', async () => {
      const received = today();
      const made = (await register({ kind: 'PETITION', receivedOn: received, departmentId: CZJ.id })).data!
        .registerCase;
      expect(made).toMatchObject({ status: 'RECEIVED', replyDeadline: null, department: { name: CZJ.name } });
      const noReason = await stack.graphql(TRIAGE, { id: made.id, accepted: false }, xfj);
      expect(extensions(noReason)).toMatchObject({ field: 'reason', reason: 'CASE_OUT_OF_SCOPE_REASON' });
      const accepted = (await stack.graphql<{ triageCase: CaseOut }>(TRIAGE, { id: made.id, accepted: true }, xfj))
        .data!.triageCase;
      expect(accepted).toMatchObject({ status: 'ACCEPTED' });
      const sixty = new Date(Date.parse(`${received}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
      expect(accepted.replyDeadline).toBe(sixty);
      expect(accepted.deadline).toBe(sixty);

      const lead = await stack.graphql(
        ASSIGN,
        { id: made.id, input: { departmentId: CZJ.id, coHandlerIds: [CZJ.id] } },
        xfj,
      );
      expect(extensions(lead)).toMatchObject({ field: 'input.coHandlerIds', reason: 'INVALID_VALUE' });
      const assigned = (
        await stack.graphql<{ assignCase: CaseOut }>(
          ASSIGN,
          { id: made.id, input: { departmentId: CZJ.id, coHandlerIds: [JXJ.id] } },
          xfj,
        )
      ).data!.assignCase;
      expect(assigned).toMatchObject({
        status: 'ASSIGNED',
        department: { name: CZJ.name },
        coHandlers: [{ name: JXJ.name }],
      });
      // a reassignment from what was read before that assignment is refused, not written over it unseen
      const stale = await stack.graphql(
        ASSIGN,
        { id: made.id, input: { departmentId: JXJ.id, version: assigned.version - 1 } },
        xfj,
      );
      expect(extensions(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(
        (
          await stack.graphql<{ case: CaseOut }>(
            `query ($id: ID!) { case(id: $id) { ${FIELDS} } }`,
            { id: made.id },
            xfj,
          )
        ).data!.case,
      ).toMatchObject({ version: assigned.version, department: { name: CZJ.name } });

      const extended = (
        await stack.graphql<{ extendCase: CaseOut }>(EXTEND, { id: made.id, reason: '涉及多个部门' }, xfj)
      ).data!.extendCase;
      const ninety = new Date(Date.parse(`${received}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
      expect(extended).toMatchObject({ replyDeadline: ninety, extensionReason: '涉及多个部门' });
      const again = await stack.graphql(EXTEND, { id: made.id, reason: '再次延期' }, xfj);
      expect(extensions(again)).toMatchObject({ reason: 'EXTENSION_ALREADY_GRANTED' });

      // czj holds no CASEWORK domain: it reads its department's case but may not reply; xfj replies for it
      expect(
        errorCode(await stack.graphql(REPLY, { id: made.id, input: { reply: '' } }, await stack.login('czj'))),
      ).toBe('FORBIDDEN');
      const withOutcome = await stack.graphql(
        REPLY,
        { id: made.id, input: { reply: '已核查处理', outcome: 'A' } },
        xfj,
      );
      expect(extensions(withOutcome)).toMatchObject({ field: 'input.outcome', reason: 'OUTCOME_NOT_APPLICABLE' });
      const replied = await stack.graphql<{ replyCase: CaseOut }>(
        REPLY,
        { id: made.id, input: { reply: '已核查处理' } },
        xfj,
      );
      expect(replied.data!.replyCase).toMatchObject({ status: 'REPLIED', overdue: false });

      const seen = async (user: string) =>
        (
          await stack.graphql<{ cases: { items: CaseOut[] } }>(LIST, { pageSize: 200 }, await stack.login(user))
        ).data!.cases.items.some((c) => c.id === made.id);
      expect(await seen('czj')).toBe(true); // lead
      expect(await seen('jxj')).toBe(true); // co-handler
      expect(await seen('rsj')).toBe(false);
      expect(await seen('leader')).toBe(true);

      const trail = await stack.graphql<{ caseworkAuditTrail: { items: { action: string }[] } }>(
        'query ($id: String) { caseworkAuditTrail(entityId: $id, pageSize: 20) { items { action } } }',
        { id: made.id },
        await stack.login('supervisor'),
      );
      expect(trail.data!.caseworkAuditTrail.items.map((e) => e.action).sort()).toEqual(
        ['case.accept', 'case.assign', 'case.extend', 'case.register', 'case.reply'].sort(),
      );
    });

    it('counts NPC suggestions from assignment in calendar months; the reply carries A/B/C, closing the satisfaction', async () => {
      const made = (await register({ kind: 'NPC_SUGGESTION', receivedOn: today() })).data!.registerCase;
      expect(made).toMatchObject({ status: 'ACCEPTED', deadline: null, replyDeadline: null });
      expect(extensions(await stack.graphql(EXTEND, { id: made.id, reason: '情况复杂' }, xfj))).toMatchObject({
        reason: 'INVALID_STATE',
      });
      const assigned = (
        await stack.graphql<{ assignCase: CaseOut }>(ASSIGN, { id: made.id, input: { departmentId: JXJ.id } }, xfj)
      ).data!.assignCase;
      expect(assigned.replyDeadline).toBe(addMonths(today(), 3));
      const extended = (await stack.graphql<{ extendCase: CaseOut }>(EXTEND, { id: made.id, reason: '情况复杂' }, xfj))
        .data!.extendCase;
      expect(extended.replyDeadline).toBe(addMonths(today(), 6));
      const noOutcome = await stack.graphql(REPLY, { id: made.id, input: { reply: '已研究办理' } }, xfj);
      expect(extensions(noOutcome)).toMatchObject({ field: 'input.outcome', reason: 'OUTCOME_REQUIRED' });
      expect(
        (await stack.graphql(REPLY, { id: made.id, input: { reply: '已研究办理', outcome: 'B' } }, xfj)).data,
      ).toMatchObject({ replyCase: { status: 'REPLIED', outcome: 'B' } });
      const unrated = await stack.graphql(CLOSE, { id: made.id }, xfj);
      expect(extensions(unrated)).toMatchObject({ field: 'input.delegateSatisfaction', reason: 'OUTCOME_REQUIRED' });
      expect(
        (await stack.graphql(CLOSE, { id: made.id, input: { delegateSatisfaction: 'BASICALLY_SATISFIED' } }, xfj)).data,
      ).toMatchObject({ closeCase: { status: 'CLOSED', delegateSatisfaction: 'BASICALLY_SATISFIED' } });
    });

    it('gives judicial recommendations two months from receipt and no extension; lists overdue cases only', async () => {
      const made = (await register({ kind: 'JUDICIAL_RECOMMENDATION', receivedOn: '2026-01-31', departmentId: CZJ.id }))
        .data!.registerCase;
      expect(made).toMatchObject({ status: 'ACCEPTED', replyDeadline: '2026-03-31', overdue: today() > '2026-03-31' });
      expect(extensions(await stack.graphql(EXTEND, { id: made.id, reason: '情况复杂' }, xfj))).toMatchObject({
        reason: 'EXTENSION_NOT_ALLOWED',
      });
      const overdue = await stack.graphql<{ cases: { items: CaseOut[] } }>(
        LIST,
        { overdueOnly: true, pageSize: 200 },
        xfj,
      );
      expect(overdue.data!.cases.items.length).toBeGreaterThan(0);
      expect(overdue.data!.cases.items.every((c) => c.overdue)).toBe(true);
    });

    it('publishes a new rule version for cases received from its first day; never retroactive or out of order', async () => {
      const PUBLISH = `mutation ($input: PublishDeadlineRuleInput!) { publishCaseDeadlineRule(input: $input) { id amount effectiveFrom } }`;
      const input = {
        kind: 'PROCURATORIAL_RECOMMENDATION',
        stage: 'REPLY',
        startsFrom: 'RECEIVED',
        unit: 'MONTHS',
        amount: 1,
        extensionAmount: null,
        effectiveFrom: today(),
        source: '县政府办公室关于缩短检察建议答复期限的通知（测试）',
      };
      expect(errorCode(await stack.graphql(PUBLISH, { input }, await stack.login('czj')))).toBe('FORBIDDEN');
      const yesterday = addDays(today(), -1);
      expect(
        extensions(await stack.graphql(PUBLISH, { input: { ...input, effectiveFrom: yesterday } }, xfj)),
      ).toMatchObject({
        field: 'input.effectiveFrom',
        reason: 'DATE_TOO_EARLY',
      });
      expect(
        extensions(await stack.graphql(PUBLISH, { input: { ...input, stage: 'ACCEPT', startsFrom: 'ASSIGNED' } }, xfj)),
      ).toMatchObject({ field: 'input.startsFrom', reason: 'INVALID_VALUE' });
      // a complaint's receipt tells the complainant the reply day: its period cannot wait for assignment
      expect(
        extensions(
          await stack.graphql(PUBLISH, { input: { ...input, kind: 'COMPLAINT', startsFrom: 'ASSIGNED' } }, xfj),
        ),
      ).toMatchObject({ field: 'input.startsFrom', reason: 'INVALID_VALUE' });
      const published = await stack.graphql<{ publishCaseDeadlineRule: { id: string } }>(PUBLISH, { input }, xfj);
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishCaseDeadlineRule.id).toBe('PROCURATORIAL_RECOMMENDATION.REPLY.2');
      // a second version on the same first day would leave two in force
      expect(extensions(await stack.graphql(PUBLISH, { input }, xfj))).toMatchObject({ reason: 'DATE_NOT_AFTER' });

      const received = (on: string) =>
        register({ kind: 'PROCURATORIAL_RECOMMENDATION', receivedOn: on, departmentId: CZJ.id }).then(
          (r) => r.data!.registerCase,
        );
      expect((await received(today())).replyDeadline).toBe(addMonths(today(), 1));
      expect((await received(yesterday)).replyDeadline).toBe(addMonths(yesterday, 2));
      // an explicit null reason is no reason: accepting needs none
      const petition = (await register({ kind: 'PETITION', receivedOn: today() })).data!.registerCase;
      const accepted = await stack.graphql<{ triageCase: CaseOut }>(
        TRIAGE,
        { id: petition.id, accepted: true, reason: null },
        xfj,
      );
      expect(accepted.data?.triageCase.status).toBe('ACCEPTED');
    });

    it('tells each open case its working days left on the county calendar, and an overdue one how many it is past', async () => {
      const made = (await register({ kind: 'HOTLINE', receivedOn: today() })).data!.registerCase;
      const LEFT = 'query ($id: ID!) { case(id: $id) { deadline overdue workingDaysLeft } }';
      const fresh = (await stack.graphql<{ case: { workingDaysLeft: number } }>(LEFT, { id: made.id }, xfj)).data!.case;
      // accepted within 3 working days: all three are still ahead
      expect(fresh.workingDaysLeft).toBe(3);
      const late = (await register({ kind: 'JUDICIAL_RECOMMENDATION', receivedOn: '2026-01-31', departmentId: CZJ.id }))
        .data!.registerCase;
      const past = (
        await stack.graphql<{ case: { overdue: boolean; workingDaysLeft: number } }>(LEFT, { id: late.id }, xfj)
      ).data!.case;
      expect(past.overdue).toBe(true);
      expect(past.workingDaysLeft).toBeLessThan(0);
      // a petition counts calendar days, yet its working days left are told the same way
      const petition = await stack.graphql<{ case: { workingDaysLeft: number | null } }>(
        LEFT,
        { id: (await register({ kind: 'PETITION', receivedOn: today() })).data!.registerCase.id },
        xfj,
      );
      expect(petition.data!.case.workingDaysLeft).toBeGreaterThan(0);
    });

    it('lists a page of cases with their departments at a cost that does not grow with the page', async () => {
      const leader = await stack.login('leader');
      // one department's cases: every row has a department to fetch, whichever rows the small page holds
      stack.resetSqlCount();
      const small = await stack.graphql<{ cases: { items: CaseOut[] } }>(
        LIST,
        { departmentId: CZJ.id, pageSize: 2 },
        leader,
      );
      const one = stack.sqlCount();
      stack.resetSqlCount();
      const large = await stack.graphql<{ cases: { items: CaseOut[] } }>(
        LIST,
        { departmentId: CZJ.id, pageSize: 50 },
        leader,
      );
      expect(stack.sqlCount()).toBe(one);
      expect(small.errors).toBeUndefined();
      expect(large.data!.cases.items.length).toBeGreaterThan(2);
    });
  },
);
