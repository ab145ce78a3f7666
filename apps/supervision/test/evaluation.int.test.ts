// The annual evaluation through the committed supergraph on MySQL: preliminary results are the live scores
// (read through the gateway), departments file feedback by the deadline, supervisors decide, the results are
// made final and published, and the public reads the grades without logging in.
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { demoDepartments, demoWorkingCalendars } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { addDays, isWorkingDay, today, WEEKENDS_ONLY } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as supervision } from '../src/index.js';
import { feedbackDeadline, feedbackYears } from '../src/evaluation/evaluation-rules.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const CZJ = demoDepartments.find((d) => d.code === 'CZJ')!;
const JXJ = demoDepartments.find((d) => d.code === 'JXJ')!;
const FGJ = demoDepartments.find((d) => d.code === 'FGJ')!;
const YEAR = Number(today().slice(0, 4));

const START = 'mutation ($y: Int!) { startEvaluation(year: $y) { id status feedbackDeadline ruleVersion } }';
const RESULTS = `query ($y: Int!) { evaluation(year: $y) { id status results { id score grade finalScore finalGrade department { id } feedback { id decision } } } }`;
const FEEDBACK = 'mutation ($r: ID!, $t: String!) { fileEvaluationFeedback(resultId: $r, text: $t) { id } }';
const DECIDE =
  'mutation ($id: ID!, $s: Float, $n: String!) { decideEvaluationFeedback(id: $id, adjustedScore: $s, note: $n) { decision } }';
const RATINGS = 'query ($y: Int!) { publicIntegrityRatings(year: $y) { departmentName grade score } }';
type Result = {
  id: string;
  score: number;
  grade: string;
  finalScore: number;
  finalGrade: string;
  department: { id: string };
  feedback: { id: string; decision: string | null } | null;
};
type Results = { evaluation: { id: string; status: string; results: Result[] } | null };

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `the annual evaluation on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
    }, 180_000);
    afterAll(() => stack?.close());

    const results = async (user: string) =>
      (await stack.graphql<Results>(RESULTS, { y: YEAR }, await stack.login(user))).data!.evaluation!;

    it('runs from preliminary results to published grades the public can read', async () => {
      for (const user of ['leader', 'czj', 'rsj'])
        expect(errorCode(await stack.graphql(START, { y: -1 }, await stack.login(user))), user).toBe('FORBIDDEN');
      const supervisor = await stack.login('supervisor');
      const live = await stack.graphql<{ departments: { items: { id: string; integrityScore: { score: number } }[] } }>(
        '{ departments(pageSize: 200) { items { id integrityScore { score } } } }',
        {},
        supervisor,
      );
      // the deadline is counted on credit's calendar: an administrator makes the next working day a holiday
      const calendars = demoWorkingCalendars();
      const thisYear = calendars.get(YEAR) ?? { ...WEEKENDS_ONLY, holidays: new Set<string>() };
      let holiday = addDays(today(), 1);
      while (!isWorkingDay(holiday, thisYear)) holiday = addDays(holiday, 1);
      const set = await stack.graphql(
        'mutation ($d: Date!) { setCalendarDay(date: $d, kind: HOLIDAY, name: "测试假日") { date } }',
        { d: holiday },
        await stack.login('admin'),
      );
      expect(set.errors).toBeUndefined();
      const before = feedbackDeadline(today(), calendars).date;
      if (holiday.slice(0, 4) === String(YEAR)) thisYear.holidays.add(holiday);
      calendars.set(YEAR, thisYear);
      const started = await stack.graphql<{
        startEvaluation: { id: string; status: string; feedbackDeadline: string };
      }>(START, { y: YEAR }, await stack.login('fgj'));
      expect(started.errors).toBeUndefined();
      // the test's holiday goes again (the deadline was fixed at the start and stays)
      const unset = await stack.graphql(
        'mutation ($d: Date!) { setCalendarDay(date: $d, kind: NORMAL, name: "") { date } }',
        { d: holiday },
        await stack.login('admin'),
      );
      expect(unset.errors).toBeUndefined();
      const { id } = started.data!.startEvaluation;
      expect(started.data!.startEvaluation.status).toBe('PRELIMINARY');
      expect(started.data!.startEvaluation.feedbackDeadline > today()).toBe(true);
      if (holiday.slice(0, 4) === String(YEAR)) {
        const expected = feedbackDeadline(today(), calendars).date;
        expect(started.data!.startEvaluation.feedbackDeadline).toBe(expected);
        expect(expected > before).toBe(true);
      }
      const again = await stack.graphql(START, { y: YEAR }, supervisor);
      expect(again.errors![0]!.extensions).toMatchObject({ field: 'year', reason: 'EVALUATION_EXISTS' });

      // the snapshot is the live score of every department at that moment
      const all = await results('supervisor');
      const liveScore = new Map(live.data!.departments.items.map((d) => [d.id, d.integrityScore.score]));
      expect(all.results).toHaveLength(liveScore.size);
      for (const r of all.results) expect(r.score).toBe(liveScore.get(r.department.id));
      // before publication a department sees only its own result
      const own = await results('czj');
      expect(own.results.map((r) => r.department.id)).toEqual([CZJ.id]);

      const czjResult = own.results[0]!;
      const jxjResult = all.results.find((r) => r.department.id === JXJ.id)!;
      const notTheirs = await stack.graphql(FEEDBACK, { r: czjResult.id, t: '对扣分有异议' }, await stack.login('jxj'));
      expect(notTheirs.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_ONLY' });
      const czj = await stack.login('czj');
      const tooLong = await stack.graphql(FEEDBACK, { r: czjResult.id, t: '复'.repeat(2001) }, czj);
      expect(tooLong.errors![0]!.extensions).toMatchObject({
        field: 'text',
        reason: 'TOO_LONG',
        params: { max: 2000 },
      });
      expect(
        (await stack.graphql(FEEDBACK, { r: czjResult.id, t: '逾期账款已于考核前清偿，请复核' }, czj)).errors,
      ).toBeUndefined();
      const twice = await stack.graphql(FEEDBACK, { r: czjResult.id, t: '再次反馈意见' }, czj);
      expect(twice.errors![0]!.extensions).toMatchObject({ reason: 'FEEDBACK_ALREADY_FILED' });
      // no one decides feedback on their own department's result: 县发改局's county-wide SUPERVISION officer files
      // on his bureau's and may not decide it, whatever the input
      const fgj = await stack.login('fgj');
      const fgjResult = all.results.find((r) => r.department.id === FGJ.id)!;
      const fgjFeedback = (
        await stack.graphql<{ fileEvaluationFeedback: { id: string } }>(
          FEEDBACK,
          { r: fgjResult.id, t: '信用档案覆盖率已达标，请复核' },
          fgj,
        )
      ).data!.fileEvaluationFeedback.id;
      for (const score of [100, 101]) {
        const own = await stack.graphql(DECIDE, { id: fgjFeedback, s: score, n: '复核' }, fgj);
        expect(own.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_CASE' });
      }

      const early = await stack.graphql(
        'mutation ($id: ID!) { finalizeEvaluation(id: $id) { status } }',
        { id },
        supervisor,
      );
      expect(early.errors![0]!.extensions).toMatchObject({ reason: 'EVALUATION_FEEDBACK_OPEN' });
      // the deadline passes (yesterday): feedback is closed, the cycle can go on
      await stack.subgraphs.supervision!.dataSource.query('UPDATE evaluation SET feedback_deadline = ? WHERE id = ?', [
        addDays(today(), -1),
        id,
      ]);
      const late = await stack.graphql(FEEDBACK, { r: jxjResult.id, t: '逾期提出的反馈' }, await stack.login('jxj'));
      expect(late.errors![0]!.extensions).toMatchObject({ field: 'resultId', reason: 'EVALUATION_FEEDBACK_CLOSED' });
      const undecided = await stack.graphql(
        'mutation ($id: ID!) { finalizeEvaluation(id: $id) { status } }',
        { id },
        supervisor,
      );
      expect(undecided.errors![0]!.extensions).toMatchObject({ reason: 'FEEDBACK_UNDECIDED', params: { count: 2 } });

      const feedbackId = (await results('supervisor')).results.find((r) => r.id === czjResult.id)!.feedback!.id;
      const outOfRange = await stack.graphql(DECIDE, { id: feedbackId, s: 101, n: '复核' }, supervisor);
      expect(outOfRange.errors![0]!.extensions).toMatchObject({ field: 'adjustedScore', reason: 'TOO_LARGE' });
      expect(
        (await stack.graphql(DECIDE, { id: feedbackId, s: 91.5, n: '经复核，逾期账款已清偿' }, supervisor)).data,
      ).toEqual({
        decideEvaluationFeedback: { decision: 'ADJUSTED' },
      });
      expect((await stack.graphql(DECIDE, { id: fgjFeedback, s: null, n: '维持原评分' }, supervisor)).data).toEqual({
        decideEvaluationFeedback: { decision: 'KEPT' },
      });
      const finalized = await stack.graphql<{ finalizeEvaluation: { status: string } }>(
        'mutation ($id: ID!) { finalizeEvaluation(id: $id) { status } }',
        { id },
        supervisor,
      );
      expect(finalized.data!.finalizeEvaluation.status).toBe('FINAL');
      expect(
        (await stack.graphql<{ publicIntegrityRatings: unknown[] }>(RATINGS, { y: YEAR })).data!.publicIntegrityRatings,
      ).toEqual([]);
      await stack.graphql('mutation ($id: ID!) { publishEvaluation(id: $id) { status } }', { id }, supervisor);

      const ratings = (
        await stack.graphql<{ publicIntegrityRatings: { departmentName: string; grade: string; score: number }[] }>(
          RATINGS,
          {
            y: YEAR,
          },
        )
      ).data!.publicIntegrityRatings;
      expect(ratings).toHaveLength(all.results.length);
      expect(ratings.find((r) => r.departmentName === CZJ.name)).toEqual({
        departmentName: CZJ.name,
        grade: 'A',
        score: 91.5,
      });
      expect([...ratings].sort((a, b) => b.score - a.score)).toEqual(ratings);
      // each published grade reaches credit through the outbox, and a credit report quotes it (issue 14.5)
      await stack.delivered('supervision', { topic: 'credit.evaluationGrade' });
      const report = await stack.graphql<{ creditReport: { number: string } }>(
        'mutation ($id: ID!) { creditReport(subjectType: DEPARTMENT, subjectId: $id) { number } }',
        { id: CZJ.id },
        supervisor,
      );
      const verified = await stack.graphql<{ verifyCreditReport: { grade: unknown } }>(
        'query ($n: String!) { verifyCreditReport(number: $n) { grade { year grade score } } }',
        { n: report.data!.creditReport.number },
      );
      expect(verified.data!.verifyCreditReport.grade).toEqual({ year: YEAR, grade: 'A', score: 91.5 });
      // published: every department sees every result
      expect((await results('czj')).results).toHaveLength(all.results.length);
      expect(
        (await stack.graphql<{ publicIntegrityRatingYears: number[] }>('{ publicIntegrityRatingYears }')).data,
      ).toEqual({ publicIntegrityRatingYears: [YEAR] });

      // honours (二.（五））: any active dishonesty record bars, and so does a published grade D
      const published = new Map((await results('supervisor')).results.map((r) => [r.department.id, r.finalGrade]));
      const honours = await stack.graphql<{
        departments: {
          items: {
            id: string;
            activeDishonestyRecordCount: number;
            overduePaymentCount: number;
            breachAwaitingCreditCount: number;
            breachedCommitmentCount: number;
            integrityHonorEligibility: {
              eligible: boolean;
              bars: { kind: string; count: number | null; year: number | null }[];
            };
          }[];
        };
      }>(
        '{ departments(pageSize: 200) { items { id activeDishonestyRecordCount overduePaymentCount breachAwaitingCreditCount breachedCommitmentCount integrityHonorEligibility { eligible bars { kind count year } } } } }',
        {},
        await stack.login('leader'),
      );
      expect(honours.errors).toBeUndefined();
      const items = honours.data!.departments.items;
      for (const d of items) {
        // every domain's failings, in the rules' order, then the grade
        const counted = (kind: string, count: number) => (count > 0 ? [{ kind, count, year: null }] : []);
        const expected = [
          ...counted('DISHONESTY_RECORDS', d.activeDishonestyRecordCount),
          ...counted('OVERDUE_PAYMENTS', d.overduePaymentCount),
          ...counted('PROCUREMENT_BREACHES', d.breachAwaitingCreditCount),
          ...counted('BREACHED_COMMITMENTS', d.breachedCommitmentCount),
          ...(published.get(d.id) === 'D' ? [{ kind: 'GRADE_D', count: null, year: YEAR }] : []),
        ];
        expect(d.integrityHonorEligibility, d.id).toEqual({ eligible: expected.length === 0, bars: expected });
      }
      expect(items.some((d) => d.activeDishonestyRecordCount > 0)).toBe(true);
      expect(items.some((d) => d.integrityHonorEligibility.eligible)).toBe(true);
      // the demo shows the bars from other domains than credit: procurement's overdue payments, investment's broken
      // commitments (its procurement breaches are all held by credit by now, so they bar as records)
      for (const kind of ['OVERDUE_PAYMENTS', 'BREACHED_COMMITMENTS'])
        expect(
          items.some((d) => d.integrityHonorEligibility.bars.some((b) => b.kind === kind)),
          kind,
        ).toBe(true);
      // the demo county has a department graded D (three active records)
      expect(items.some((d) => d.integrityHonorEligibility.bars.some((b) => b.kind === 'GRADE_D'))).toBe(true);
    });

    it('counts a deadline fixed without a calendar again once the year is loaded, never earlier', async () => {
      // credit's database as it runs now (the test stops and restarts credit once)
      const credit = {
        query: (sql: string, params?: unknown[]) => stack.subgraphs.credit!.dataSource.query(sql, params),
      };
      const years = feedbackYears(today());
      const marks = years.map(() => '?').join(', ');
      // the calendar as it is, put back at the end however the test ends
      const savedYears = (await credit.query(`SELECT * FROM calendar_year WHERE year IN (${marks})`, years)) as {
        year: number;
        loaded_at: string;
        loaded_by: string;
      }[];
      const likes = years.map(() => 'date LIKE ?').join(' OR ');
      const inYears = years.map((y) => `${y}-%`);
      const savedDays = (await credit.query(`SELECT * FROM calendar_day WHERE ${likes}`, inYears)) as {
        date: string;
        kind: string;
        name: string;
      }[];
      const admin = await stack.login('admin');
      const supervisor = await stack.login('supervisor');
      const load = async (days: { date: string; kind: string; name: string }[]) => {
        for (const y of years) {
          const r = await stack.graphql(
            'mutation ($y: Int!, $d: [ArrangedDayInput!]!) { loadWorkingCalendar(year: $y, days: $d) { date } }',
            { y, d: days.filter((d) => d.date.startsWith(`${y}-`)) },
            admin,
          );
          expect(r.errors).toBeUndefined();
        }
      };
      const read = async (year: number) => {
        const r = await stack.graphql<{ evaluation: { id: string; feedbackDeadline: string } }>(
          'query ($y: Int!) { evaluation(year: $y) { id feedbackDeadline } }',
          { y: year },
          supervisor,
        );
        expect(r.errors).toBeUndefined();
        const [row] = (await stack.subgraphs.supervision!.dataSource.query(
          'SELECT feedback_deadline_calendar_missing AS missing FROM evaluation WHERE id = ?',
          [r.data!.evaluation.id],
        )) as { missing: number | boolean }[];
        return { deadline: r.data!.evaluation.feedbackDeadline, missing: !!row!.missing };
      };
      const causes = async () => {
        const rows = (await stack.subgraphs.supervision!.dataSource.query(
          "SELECT entity_id AS id, before_json AS b FROM audit_log WHERE action = 'evaluation.feedback-deadline-recount'",
        )) as { id: string; b: string }[];
        // by evaluation, then cause (without the year: which year's message comes first depends on the date);
        // one message may move both evaluations in either order
        return rows
          .map((r) => `${r.id} ${(JSON.parse(r.b) as { cause: string }).cause.replace(/ \d{4}$/, '')}`)
          .sort((x, y) => x.localeCompare(y));
      };
      const told = () => stack.delivered('credit', { topic: 'calendar.changed.supervision' });
      try {
        // no year the count passes through loaded (a day of it may be set, that does not load it)
        await credit.query(`DELETE FROM calendar_year WHERE year IN (${marks})`, years);
        const weekendsOnly = feedbackDeadline(today(), new Map()).date;
        const ids: string[] = [];
        for (const y of [YEAR - 1, YEAR - 2]) {
          const started = await stack.graphql<{ startEvaluation: { id: string; feedbackDeadline: string } }>(
            START,
            { y },
            supervisor,
          );
          expect(started.errors).toBeUndefined();
          expect(started.data!.startEvaluation.feedbackDeadline).toBe(weekendsOnly);
          expect(await read(y)).toEqual({ deadline: weekendsOnly, missing: true }); // stands while not loaded
          ids.push(started.data!.startEvaluation.id);
        }
        // past its deadline while a year the count ran through is still not loaded: not made final, as the deadline
        // may yet move later and cut a department short
        const supervision = stack.subgraphs.supervision!.dataSource;
        await supervision.query('UPDATE evaluation SET feedback_deadline = ? WHERE id = ?', [
          addDays(today(), -1),
          ids[0],
        ]);
        const unsettled = await stack.graphql(
          'mutation ($id: ID!) { finalizeEvaluation(id: $id) { status } }',
          { id: ids[0] },
          supervisor,
        );
        expect(unsettled.errors?.[0]?.extensions).toMatchObject({
          field: 'id',
          reason: 'FEEDBACK_DEADLINE_CALENDAR_MISSING',
        });
        // credit not answering is said as such (try again later), not as a calendar to load
        await stack.stopSubgraph('credit');
        try {
          const down = await stack.graphql(
            'mutation ($id: ID!) { finalizeEvaluation(id: $id) { status } }',
            { id: ids[0] },
            supervisor,
          );
          expect(down.errors?.[0]?.extensions).toMatchObject({ code: 'DEPENDENCY_UNAVAILABLE', service: 'credit' });
        } finally {
          await stack.restartSubgraph('credit');
        }
        await supervision.query('UPDATE evaluation SET feedback_deadline = ? WHERE id = ?', [weekendsOnly, ids[0]]);
        // the years loaded (weekends only) by a change whose message never came — an evaluation started while the
        // year was being loaded: the first read settles it
        for (const y of years)
          await credit.query('INSERT INTO calendar_year (year, loaded_at, loaded_by) VALUES (?, ?, ?)', [
            y,
            new Date().toISOString(),
            'test',
          ]);
        expect(await read(YEAR - 1)).toEqual({ deadline: weekendsOnly, missing: false });
        expect(await causes()).toEqual([`${ids[0]} read after the calendar was loaded`]);
        // loaded with a Saturday worked in exchange inside the count: it would end a day earlier; it stays, and
        // credit's message settles the other evaluation without a read
        let saturday = addDays(today(), 1);
        while (new Date(`${saturday}T00:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
        await load([{ date: saturday, kind: 'WORKDAY', name: '测试调休' }]);
        await told();
        const earlier = feedbackDeadline(
          today(),
          new Map(years.map((y) => [y, { holidays: new Set<string>(), workdays: new Set([saturday]) }])),
        );
        expect(earlier.date < weekendsOnly).toBe(true);
        const [row] = (await stack.subgraphs.supervision!.dataSource.query(
          'SELECT feedback_deadline AS d, feedback_deadline_calendar_missing AS missing FROM evaluation WHERE id = ?',
          [ids[1]],
        )) as { d: string; missing: number | boolean }[];
        expect({ d: row!.d, missing: !!row!.missing }).toEqual({ d: weekendsOnly, missing: false });
        expect(await read(YEAR - 1)).toEqual({ deadline: weekendsOnly, missing: false });
        // a holiday on the next weekday instead: one working day later for both, as credit's message tells them
        let weekday = addDays(today(), 1);
        while (!isWorkingDay(weekday, WEEKENDS_ONLY)) weekday = addDays(weekday, 1);
        await load([{ date: weekday, kind: 'HOLIDAY', name: '测试假日' }]);
        await told();
        const later = feedbackDeadline(
          today(),
          new Map(years.map((y) => [y, { holidays: new Set([weekday]), workdays: new Set<string>() }])),
        );
        expect(later.date > weekendsOnly).toBe(true);
        expect(await read(YEAR - 1)).toEqual({ deadline: later.date, missing: false });
        expect(await read(YEAR - 2)).toEqual({ deadline: later.date, missing: false });
        // each move audited once, with its cause: the read, then the loads credit told of
        expect(await causes()).toEqual(
          [
            `${ids[0]} read after the calendar was loaded`,
            `${ids[1]} calendar.load`,
            `${ids[0]} calendar.load`,
            `${ids[1]} calendar.load`,
          ].sort((x, y) => x.localeCompare(y)),
        );
      } finally {
        await credit.query(`DELETE FROM calendar_day WHERE ${likes}`, inYears);
        await credit.query(`DELETE FROM calendar_year WHERE year IN (${marks})`, years);
        for (const d of savedDays)
          await credit.query('INSERT INTO calendar_day (date, kind, name) VALUES (?, ?, ?)', [d.date, d.kind, d.name]);
        for (const y of savedYears)
          await credit.query('INSERT INTO calendar_year (year, loaded_at, loaded_by) VALUES (?, ?, ?)', [
            y.year,
            y.loaded_at,
            y.loaded_by,
          ]);
      }
    });

    it('takes no feedback into an evaluation made final at the same moment: filed while finalisation holds it, refused', async () => {
      const supervisor = await stack.login('supervisor');
      const started = await stack.graphql<{ startEvaluation: { id: string } }>(START, { y: YEAR - 3 }, supervisor);
      expect(started.errors).toBeUndefined();
      const evaluation = started.data!.startEvaluation.id;
      const own = await stack.graphql<Results>(RESULTS, { y: YEAR - 3 }, await stack.login('czj'));
      const resultId = own.data!.evaluation!.results.find((r) => r.department.id === CZJ.id)!.id;
      // finalisation has moved the evaluation, not yet committed, when the department files its feedback
      const finalising = stack.subgraphs.supervision!.dataSource.createQueryRunner();
      await finalising.startTransaction();
      try {
        await finalising.query("UPDATE evaluation SET status = 'FINAL', version = version + 1 WHERE id = ?", [
          evaluation,
        ]);
        const filing = stack.graphql(FEEDBACK, { r: resultId, t: '扣分依据有误，请复核' }, await stack.login('czj'));
        const waited = await Promise.race([
          filing.then(() => false),
          new Promise((r) => setTimeout(() => r(true), 500)),
        ]);
        expect(waited).toBe(true);
        await finalising.commitTransaction();
        expect((await filing).errors?.[0]?.extensions).toMatchObject({ reason: 'EVALUATION_FEEDBACK_CLOSED' });
      } finally {
        if (finalising.isTransactionActive) await finalising.rollbackTransaction();
        await finalising.release();
      }
      const filed = (await stack.subgraphs.supervision!.dataSource.query(
        'SELECT id FROM evaluation_feedback WHERE result_id = ?',
        [resultId],
      )) as unknown[];
      expect(filed).toEqual([]);
    });
  },
);
