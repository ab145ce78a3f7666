// supervision through the committed supergraph with every subgraph on MySQL: the live score from the other
// domains' figures (@requires), flat in SQL statements, moving when a figure moves; versioned rules; the
// plan's task ledger with its departments.
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { demoDepartmentByCode, demoDepartments, demoWorkingCalendars } from '@integrity/demo-data';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { addDays, addYears, today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as supervision } from '../src/index.js';
import { DEFAULT_RULES } from '../src/score/scoring-rules.js';
import { previousPeriod } from '../src/ledger/overdue-reports.js';
import { periodOf, reportDueOn } from '../src/ledger/reporting-period.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);

const RANKING = `query Ranking($pageSize: Int!) {
  departments(pageSize: $pageSize) {
    items { id name integrityScore { score grade ruleVersion deductions { indicator points reason source figure value basis } } }
  }
}`;
interface Score {
  score: number;
  grade: string;
  ruleVersion: number;
  deductions: {
    indicator: string;
    points: number;
    reason: string;
    source: string;
    figure: string;
    value: number;
    basis: string;
  }[];
}
type Ranking = { departments: { items: { id: string; name: string; integrityScore: Score }[] } };

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `supervision on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;

    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
    }, 180_000);
    afterAll(() => stack?.close());

    it('ranks every department by a live score computed from the other subgraphs’ figures, in as many statements for 50 as for 5', async () => {
      const leader = await stack.login('leader');
      stack.resetSqlCount();
      const small = await stack.graphql<Ranking>(RANKING, { pageSize: 5 }, leader);
      const smallCount = stack.sqlCount();
      stack.resetSqlCount();
      const large = await stack.graphql<Ranking>(RANKING, { pageSize: 50 }, leader);
      expect(large.errors).toBeUndefined();
      expect(small.errors).toBeUndefined();
      expect(stack.sqlCount()).toBe(smallCount);
      const items = large.data!.departments.items;
      expect(items).toHaveLength(50);
      for (const { integrityScore: s } of items) {
        expect(s.ruleVersion).toBe(1);
        const deducted = s.deductions.reduce((sum, d) => sum + Math.round(d.points * 100), 0);
        expect(s.score).toBe(Math.max(0, 10000 - deducted) / 100);
      }
      // the demo county has overdue payments and commitments: some departments lose points for them
      const all = items.flatMap((d) => d.integrityScore.deductions);
      expect(all.some((d) => d.indicator === 'OVERDUE_PAYMENTS' && d.source === 'procurement')).toBe(true);
      expect(all.some((d) => d.indicator === 'OVERDUE_COMMITMENTS' && d.source === 'investment')).toBe(true);
      // and overdue cases (casework's demo county), read through @requires like the others
      expect(all.some((d) => d.indicator === 'OVERDUE_CASES' && d.source === 'casework')).toBe(true);
      expect(new Set(items.map((d) => d.integrityScore.grade)).size).toBeGreaterThan(1);
    });

    it('deducts for supervision’s own figures: overdue rectification orders and last quarter’s missing task reports', async () => {
      const { data } = await stack.graphql<{
        departments: {
          items: {
            name: string;
            overdueRectificationCount: number;
            integrityScore: Score;
          }[];
        };
      }>(
        '{ departments(pageSize: 200) { items { name overdueRectificationCount integrityScore { score grade ruleVersion deductions { indicator points reason source figure value basis } } } } }',
        {},
        await stack.login('leader'),
      );
      const items = data!.departments.items;
      const deduction = (d: (typeof items)[number], indicator: string) =>
        d.integrityScore.deductions.find((x) => x.indicator === indicator);
      for (const d of items) {
        const orders = deduction(d, 'OVERDUE_RECTIFICATIONS');
        if (d.overdueRectificationCount === 0) expect(orders, d.name).toBeUndefined();
        else expect(orders, d.name).toMatchObject({ value: d.overdueRectificationCount, source: 'supervision' });
      }
      expect(items.some((d) => d.overdueRectificationCount > 0)).toBe(true);
      // the demo county's 县审计局 and 饶洋镇 have not reported on last quarter; 县发改局 has
      const byName = (name: string) => items.find((d) => d.name === name)!;
      // (in a quarter's first working days last quarter's reports are not due yet: nobody is late)
      const due = reportDueOn(previousPeriod(today()), demoWorkingCalendars()).date;
      for (const late of ['饶平县审计局', '饶平县饶洋镇人民政府'])
        if (today() <= due) expect(deduction(byName(late), 'OVERDUE_TASK_REPORTS')).toBeUndefined();
        else
          expect(deduction(byName(late), 'OVERDUE_TASK_REPORTS'), late).toMatchObject({
            source: 'supervision',
            figure: 'overdueTaskReportCount',
            basis: expect.stringContaining('四.1'),
          });
      expect(deduction(byName('饶平县发展和改革局'), 'OVERDUE_TASK_REPORTS')).toBeUndefined();
    });

    it('deducts from a town government that missed last year’s arrears plan, and from no one else', async () => {
      const { data } = await stack.graphql<{
        departments: {
          items: {
            name: string;
            kind: string;
            regionDebtRiskLevel: string | null;
            regionArrearsPlanMissed: boolean | null;
            integrityScore: Score;
          }[];
        };
      }>(
        '{ departments(pageSize: 200) { items { name kind regionDebtRiskLevel regionArrearsPlanMissed integrityScore { score grade ruleVersion deductions { indicator points reason source figure value basis } } } } }',
        {},
        await stack.login('leader'),
      );
      for (const d of data!.departments.items) {
        const arrears = d.integrityScore.deductions.find((x) => x.indicator === 'TOWN_ARREARS_PLAN_MISSED');
        if (d.kind === 'TOWN_GOVERNMENT' && d.regionArrearsPlanMissed)
          expect(arrears, d.name).toMatchObject({ value: 1, points: 5, source: 'debt' });
        else expect(arrears, d.name).toBeUndefined();
        // towns are not rated
        if (d.kind === 'TOWN_GOVERNMENT') expect(d.regionDebtRiskLevel, d.name).toBeNull();
      }
      // the demo county: 饶洋镇 met 70% of last year's plan, 黄冈镇 all of it; the county itself is YELLOW
      const byName = (n: string) => data!.departments.items.find((d) => d.name === n)!;
      expect(byName('饶平县饶洋镇人民政府').regionArrearsPlanMissed).toBe(true);
      expect(byName('饶平县黄冈镇人民政府').regionArrearsPlanMissed).toBe(false);
      expect(byName('饶平县发展和改革局').regionDebtRiskLevel).toBe('YELLOW');
    });

    it('deducts an overdue objection from the department answering for it: once accepted the acceptor’s alone, before every county-wide CREDIT department but the record’s own', async () => {
      const leader = await stack.login('leader');
      const creditDb = stack.subgraphs.credit!.dataSource;
      const [fgj, rsj] = [demoDepartmentByCode('FGJ').id, demoDepartmentByCode('RSJ').id];
      const figures = async () => {
        const r = await stack.graphql<{
          departments: { items: { id: string; overdueObjectionCount: number; integrityScore: Score }[] };
        }>(
          '{ departments(pageSize: 200) { items { id overdueObjectionCount integrityScore { deductions { indicator value points } } } } }',
          {},
          leader,
        );
        expect(r.errors).toBeUndefined();
        return new Map(
          r.data!.departments.items.map((d) => [
            d.id,
            {
              count: d.overdueObjectionCount,
              deduction: d.integrityScore.deductions.find((x) => x.indicator === 'OVERDUE_OBJECTIONS'),
            },
          ]),
        );
      };
      const before = await figures();
      // a record of 县发改局's own (itself or one of its civil servants), and one of neither credit department
      const [own] = (await creditDb.query(
        "SELECT id FROM credit_record WHERE (subject_type = 'DEPARTMENT' AND subject_id = ?) OR (subject_type <> 'DEPARTMENT' AND department_id = ?) LIMIT 1",
        [fgj, fgj],
      )) as { id: string }[];
      const [other] = (await creditDb.query(
        "SELECT id FROM credit_record WHERE subject_type <> 'DEPARTMENT' AND department_id NOT IN (?, ?) LIMIT 1",
        [fgj, rsj],
      )) as { id: string }[];
      const filed = addDays(today(), -30);
      const insert =
        'INSERT INTO objection (id, record_id, reason, filed_by, filed_on, accept_deadline, decision_deadline, status, accepted_on, accepted_department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';
      // filed a month ago on 发改局's own record and never accepted: 人社局 could have accepted it, 发改局 may not
      await creditDb.query(insert, [
        '00000000-0000-4000-8000-0000000000ob',
        own!.id,
        '逾期未受理的异议',
        'test',
        filed,
        addDays(filed, 2),
        addDays(filed, 14),
        'FILED',
        null,
        null,
      ]);
      // accepted by 人社局 and its decision overdue: 人社局's alone
      await creditDb.query(insert, [
        '00000000-0000-4000-8000-0000000000oc',
        other!.id,
        '逾期未决定的异议',
        'test',
        filed,
        addDays(filed, 2),
        addDays(filed, 15),
        'ACCEPTED',
        addDays(filed, 1),
        rsj,
      ]);
      try {
        const after = await figures();
        for (const [id, now] of after) {
          expect(now.count, id).toBe(before.get(id)!.count + (id === rsj ? 2 : 0));
          if (now.count > 0)
            expect(now.deduction, id).toMatchObject({ value: now.count, points: Math.min(10, 2 * now.count) });
          else expect(now.deduction, id).toBeUndefined();
        }
        expect(after.get(rsj)!.count).toBeGreaterThanOrEqual(2);
      } finally {
        await creditDb.query(
          "DELETE FROM objection WHERE id IN ('00000000-0000-4000-8000-0000000000ob', '00000000-0000-4000-8000-0000000000oc')",
        );
      }
    });

    it('moves the score when credit records a dishonesty record on the department', async () => {
      const leader = await stack.login('leader');
      const fgj = await stack.login('fgj');
      const target = demoDepartments.find((d) => d.shortName === '县统计局')!;
      const scoreOf = async () => {
        const r = await stack.graphql<{ _: unknown; departments: Ranking['departments'] }>(
          RANKING,
          { pageSize: 200 },
          leader,
        );
        return r.data!.departments.items.find((d) => d.id === target.id)!.integrityScore;
      };
      const before = await scoreOf();
      const decided = addDays(today(), -1);
      const added = await stack.graphql(
        `mutation ($input: AddCreditRecordInput!) { addCreditRecord(input: $input) { id } }`,
        {
          input: {
            subjectType: 'DEPARTMENT',
            subjectId: target.id,
            category: 'BROKEN_COMMITMENT',
            severity: 'GENERAL',
            documentNumber: '饶发改信〔2026〕7号',
            authority: '饶平县发展和改革局',
            decisionDate: decided,
            publish: true,
            publicityEnd: addYears(decided, 1),
          },
        },
        fgj,
      );
      expect(added.errors).toBeUndefined();
      const after = await scoreOf();
      const records = (s: Score) => s.deductions.find((d) => d.indicator === 'ACTIVE_DISHONESTY_RECORDS')?.value ?? 0;
      expect(records(after)).toBe(records(before) + 1);
      const rule = DEFAULT_RULES.indicators.find((r) => r.indicator === 'ACTIVE_DISHONESTY_RECORDS')!;
      expect(after.score).toBe(
        Math.max(0, before.score - (records(after) * rule.points <= rule.cap ? rule.points : 0)),
      );
    });

    it('deducts for a procurement breach while its credit record is in force, and no longer once it has lapsed', async () => {
      const leader = await stack.login('leader');
      const czj = await stack.login('czj');
      const department = demoDepartments.find((d) => d.code === 'CZJ')!;
      const figures = async () => {
        const r = await stack.graphql<{
          departments: {
            items: {
              id: string;
              breachCount: number;
              activeProcurementBreachRecordCount: number;
              integrityScore: Score;
            }[];
          };
        }>(
          '{ departments(pageSize: 200) { items { id breachCount activeProcurementBreachRecordCount integrityScore { deductions { indicator figure value points } } } } }',
          {},
          leader,
        );
        expect(r.errors).toBeUndefined();
        const d = r.data!.departments.items.find((x) => x.id === department.id)!;
        return { ...d, deduction: d.integrityScore.deductions.find((x) => x.indicator === 'PROCUREMENT_BREACHES') };
      };
      const before = await figures();
      const made = await stack.graphql<{ recordProcurementBreach: { id: string } }>(
        'mutation ($input: RecordBreachInput!) { recordProcurementBreach(input: $input) { id } }',
        { input: { departmentId: department.id, description: '未按合同约定支付中小企业货款，经核实。' } },
        czj,
      );
      expect(made.errors).toBeUndefined();
      const key = `breach-${made.data!.recordProcurementBreach.id}`;
      await stack.delivered('procurement', { key });
      const rule = DEFAULT_RULES.indicators.find((r) => r.indicator === 'PROCUREMENT_BREACHES')!;
      const after = await figures();
      expect(after.breachCount).toBe(before.breachCount + 1);
      expect(after.activeProcurementBreachRecordCount).toBe(before.activeProcurementBreachRecordCount + 1);
      expect(after.deduction).toMatchObject({
        figure: 'activeProcurementBreachRecordCount',
        value: after.activeProcurementBreachRecordCount,
        points: Math.min(rule.cap, rule.points * after.activeProcurementBreachRecordCount),
      });
      // its record's period ends: the breach stays on procurement's books but no longer deducts
      await stack.subgraphs.credit!.dataSource.query('UPDATE credit_record SET publicity_end = ? WHERE source_id = ?', [
        addDays(today(), -1),
        key,
      ]);
      const lapsed = await figures();
      expect(lapsed.breachCount).toBe(before.breachCount + 1);
      expect(lapsed.activeProcurementBreachRecordCount).toBe(before.activeProcurementBreachRecordCount);
      expect(lapsed.deduction?.value ?? 0).toBe(before.activeProcurementBreachRecordCount);
    });

    it('publishes a new rule version that every score then names; supervisors and county-wide SUPERVISION officers only', async () => {
      const current = await stack.graphql<{
        scoringRules: { version: number; indicators: Record<string, unknown>[]; grades: Record<string, number> };
      }>(
        '{ scoringRules { version grades { A B C } indicators { indicator figure kind points per target cap source } } }',
        {},
        await stack.login('leader'),
      );
      expect(current.data!.scoringRules.version).toBe(1);
      const indicators = current.data!.scoringRules.indicators.map((i) =>
        Object.fromEntries(Object.entries(i).filter(([, v]) => v !== null)),
      );
      const publish =
        'mutation ($input: ScoringRulesInput!, $note: String!) { publishScoringRules(input: $input, note: $note) { version note publishedBy } }';
      const input = { indicators, grades: { A: 95, B: 80, C: 60 } };

      // an officer of another domain is refused whatever the input
      const refused = await stack.graphql(
        publish,
        { input: { ...input, grades: { A: 1, B: 2, C: 3 } }, note: 'x' },
        await stack.login('rsj'),
      );
      expect(errorCode(refused)).toBe('FORBIDDEN');
      const bad = await stack.graphql(
        publish,
        { input: { ...input, grades: { A: 60, B: 80, C: 95 } }, note: '调整等级' },
        await stack.login('supervisor'),
      );
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(bad.errors![0]!.extensions).toMatchObject({
        field: 'input.grades.B',
        reason: 'GRADE_BANDS_NOT_DESCENDING',
      });

      const published = await stack.graphql<{ publishScoringRules: { version: number; publishedBy: string } }>(
        publish,
        { input, note: '提高A、B等级分数线' },
        await stack.login('fgj'),
      );
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishScoringRules).toMatchObject({ version: 2, publishedBy: 'fgj' });
      const ranking = await stack.graphql<Ranking>(RANKING, { pageSize: 20 }, await stack.login('leader'));
      expect(ranking.data!.departments.items.every((d) => d.integrityScore.ruleVersion === 2)).toBe(true);
      const graded = ranking.data!.departments.items.map((d) => d.integrityScore);
      expect(graded.every((s) => (s.score >= 95 ? s.grade === 'A' : s.grade !== 'A'))).toBe(true);
      const history = await stack.graphql<{ scoringRuleHistory: { version: number }[] }>(
        '{ scoringRuleHistory { version } }',
        {},
        await stack.login('leader'),
      );
      expect(history.data!.scoringRuleHistory.map((v) => v.version)).toEqual([2, 1]);
    });

    it('lists every duty of the plan with its departments, and a department’s own tasks', async () => {
      const token = await stack.login('hgz');
      const all = await stack.graphql<{
        planTasks: {
          total: number;
          items: {
            id: string;
            section: string;
            leadDepartments: { name: string }[];
            cooperatingDepartments: { name: string }[];
            unresolvedNames: string[];
            otherLeadUnits: string[];
            otherCooperatingUnits: string[];
          }[];
        };
      }>(
        '{ planTasks(pageSize: 200) { total items { id section text leadDepartments { name } cooperatingDepartments { name } unresolvedNames otherLeadUnits otherCooperatingUnits } } }',
        {},
        token,
      );
      expect(all.errors).toBeUndefined();
      const tasks = all.data!.planTasks.items;
      expect(new Set(tasks.map((t) => t.section)).size).toBe(24);
      const first = tasks.find((t) => t.id === '二.3.1')!;
      expect(first.leadDepartments.map((d) => d.name)).toEqual(
        expect.arrayContaining(['饶平县发展和改革局', '饶平县监察委员会', '饶平县人力资源和社会保障局']),
      );
      expect(first.cooperatingDepartments.length).toBe(
        demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT').length,
      );
      expect(tasks.find((t) => t.id === '一.4.1')!.unresolvedNames).toEqual(['县网信办']);
      // every task names who leads it: departments, or the plan's own words where no department stands for them
      expect(tasks.filter((t) => !t.leadDepartments.length && !t.otherLeadUnits.length)).toEqual([]);
      expect(tasks.find((t) => t.id === '三.6.1')!.leadDepartments.map((d) => d.name)).toEqual([
        '饶平县工业和信息化局',
      ]);
      expect(tasks.find((t) => t.id === '一.1.1')!.otherLeadUnits).toEqual(['县机关绩效考核协调领导小组办公室']);
      // 四.4 says who acts in prose: "县发改局要会同有关部门"
      const prose = tasks.find((t) => t.id === '四.4.1')!;
      expect(prose.leadDepartments.map((d) => d.name)).toEqual(['饶平县发展和改革局']);
      expect(prose.otherCooperatingUnits).toEqual(['有关部门']);
      const town = demoDepartments.find((d) => d.kind === 'TOWN_GOVERNMENT')!;
      const own = await stack.graphql<{ planTasks: { total: number } }>(
        'query ($d: ID!) { planTasks(departmentId: $d, pageSize: 200) { total } }',
        { d: town.id },
        token,
      );
      expect(own.data!.planTasks.total).toBeGreaterThan(10);
      expect(own.data!.planTasks.total).toBeLessThan(all.data!.planTasks.total);
    });

    it('takes quarterly progress reports from the departments the plan names; the lead sees its co-operators’, others only their own', async () => {
      const hgz = await stack.login('hgz'); // 黄冈镇人民政府: co-operates in 二.3.1
      const quarter = periodOf(today());
      const report =
        'mutation ($t: ID!, $input: ReportTaskProgressInput!) { reportTaskProgress(taskId: $t, input: $input) { id period status reportedBy reportedOn department { name } } }';
      const input = {
        period: quarter,
        status: 'ON_TRACK',
        progress: '已建立镇政务失信记录台账，按月报送县发改局。',
        evidence: '黄冈府〔2026〕12号',
      };
      const filed = await stack.graphql<{ reportTaskProgress: { reportedBy: string; department: { name: string } } }>(
        report,
        { t: '二.3.1', input },
        hgz,
      );
      expect(filed.errors).toBeUndefined();
      expect(filed.data!.reportTaskProgress).toMatchObject({
        reportedBy: 'hgz',
        department: { name: '饶平县黄冈镇人民政府' },
      });

      // not named for the task: refused; a quarter that has not started: refused on the field
      expect(errorCode(await stack.graphql(report, { t: '二.3.1', input }, await stack.login('jxj')))).toBe(
        'FORBIDDEN',
      );
      const future = await stack.graphql(
        report,
        { t: '二.3.1', input: { ...input, period: `${Number(today().slice(0, 4)) + 1}Q1` } },
        hgz,
      );
      expect(errorCode(future)).toBe('BAD_USER_INPUT');
      expect(future.errors![0]!.extensions!.field).toBe('input.period');

      const lines =
        'query ($p: String!) { planTasks(pageSize: 200) { items { id reportLines(period: $p) { role state dueOn calendarMissing department { name } report { progress } } } } }';
      type Lines = {
        planTasks: {
          items: {
            id: string;
            reportLines: {
              role: string;
              state: string;
              department: { name: string };
              report: { progress: string } | null;
            }[];
          }[];
        };
      };
      const task = (r: { data?: Lines | null }) => r.data!.planTasks.items.find((t) => t.id === '二.3.1')!.reportLines;
      const lead = task(await stack.graphql<Lines>(lines, { p: quarter }, await stack.login('fgj')));
      expect(lead.length).toBe(3 + demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT').length);
      expect(lead.find((l) => l.department.name === '饶平县黄冈镇人民政府')).toMatchObject({
        role: 'COOPERATING',
        state: 'ON_TIME',
        report: { progress: input.progress },
      });
      const own = task(await stack.graphql<Lines>(lines, { p: quarter }, hgz));
      expect(own.map((l) => l.department.name)).toEqual(['饶平县黄冈镇人民政府']);
      expect(task(await stack.graphql<Lines>(lines, { p: quarter }, await stack.login('jxj')))).toEqual([]);
      // a quarter long past with nothing filed: every line overdue
      const past = task(
        await stack.graphql<Lines>(
          lines,
          { p: `${Number(today().slice(0, 4)) - 1}Q1` },
          await stack.login('supervisor'),
        ),
      );
      expect(past.every((l) => l.state === 'OVERDUE' && l.report === null)).toBe(true);
    });

    it('keeps a report filed after its due day late, in the ledger and the score, and a correction on its first day', async () => {
      const period = previousPeriod(today());
      const due = reportDueOn(period, demoWorkingCalendars()).date;
      const raoyang = demoDepartments.find((d) => d.shortName === '饶洋镇人民政府')!;
      const town = await stack.newUserToken({
        username: 'raoyang-reporter',
        roles: ['OFFICER'],
        domains: ['INVESTMENT'],
        departmentId: raoyang.id,
      });
      const leader = await stack.login('leader');
      const deduction = async () =>
        (
          await stack.graphql<{ departments: { items: { id: string; integrityScore: Score }[] } }>(
            '{ departments(pageSize: 200) { items { id integrityScore { deductions { indicator value } } } } }',
            {},
            leader,
          )
        )
          .data!.departments.items.find((d) => d.id === raoyang.id)!
          .integrityScore.deductions.find((x) => x.indicator === 'OVERDUE_TASK_REPORTS');
      const state = async (name: string, token: string) =>
        (
          await stack.graphql<{
            planTasks: { items: { id: string; reportLines: { state: string; department: { name: string } }[] }[] };
          }>(
            'query ($p: String!) { planTasks(pageSize: 200) { items { id reportLines(period: $p) { state department { name } } } } }',
            { p: period },
            token,
          )
        )
          .data!.planTasks.items.find((t) => t.id === '二.3.1')!
          .reportLines.find((l) => l.department.name === name)!.state;
      const report = (token: string, progress: string) =>
        stack.graphql(
          'mutation ($t: ID!, $input: ReportTaskProgressInput!) { reportTaskProgress(taskId: $t, input: $input) { id } }',
          { t: '二.3.1', input: { period, status: 'ON_TRACK', progress } },
          token,
        );
      const before = await deduction();
      expect((await report(town, '已补报上季度政务失信记录台账建设进展。')).errors).toBeUndefined();
      if (today() > due) {
        // filed now, after its due day: late, and the deduction stands (one missing became one late)
        expect(await state(raoyang.name, town)).toBe('LATE');
        expect(await deduction()).toEqual(before);
      } else expect(await state(raoyang.name, town)).toBe('ON_TIME');
      // 黄冈镇 reported on time (the demo's third day after the quarter): correcting it today keeps it on time
      const hgz = await stack.login('hgz');
      expect((await report(hgz, '更正：台账已按月报送县发改局。')).errors).toBeUndefined();
      expect(await state('饶平县黄冈镇人民政府', hgz)).toBe('ON_TIME');
    });

    it('counts report due days on the calendar credit keeps, and says where a year is not loaded', async () => {
      const lines =
        'query ($p: String!) { planTasks(pageSize: 200) { items { id reportLines(period: $p) { dueOn calendarMissing } } } }';
      type Lines = {
        planTasks: { items: { id: string; reportLines: { dueOn: string; calendarMissing: boolean }[] }[] };
      };
      const supervisor = await stack.login('supervisor');
      const of = async (p: string) => {
        const r = await stack.graphql<Lines>(lines, { p }, supervisor);
        expect(r.errors).toBeUndefined();
        return r.data!.planTasks.items.flatMap((t) => t.reportLines);
      };
      // 2026Q1 ends Tue 31 Mar; 清明 4–6 Apr (loaded 2026): ten working days end Wed 15 Apr, not Tue 14 Apr
      const q1 = await of('2026Q1');
      expect(q1.length).toBeGreaterThan(1);
      expect(new Set(q1.map((l) => `${l.dueOn}|${l.calendarMissing}`))).toEqual(new Set(['2026-04-15|false']));
      // 2026Q3: 国庆 1–7 Oct, Sat 10 Oct worked → Tue 20 Oct
      expect(new Set((await of('2026Q3')).map((l) => l.dueOn))).toEqual(new Set(['2026-10-20']));
      // 2025 has no calendar in the demo: weekends only, and said
      expect(new Set((await of('2025Q3')).map((l) => `${l.dueOn}|${l.calendarMissing}`))).toEqual(
        new Set(['2025-10-14|true']),
      );
    });
  },
);
