// The early-warning feed through the committed supergraph on MySQL: every kind the demo county has, from the
// other domains' figures (through the gateway) and supervision's own tables; officers see their own; a note
// acknowledges; a cause that is gone resolves its warning by itself; the feed is batched.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { demoDepartments } from '@integrity/demo-data';
import { DELIVERY_STUCK_MINUTES } from '@integrity/rules';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { today } from '@integrity/subgraph-kit';
import { errorCode, mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { subgraph as supervision } from '../src/index.js';
import { kindsOf, type Signal } from '../src/warning/warning-kinds.js';
import { reconcile } from '../src/warning/warning-sweep.js';

const mysql = await mysqlStatus();
const SUPERGRAPH = new URL('../../../gateway/supergraph.graphql', import.meta.url);
const CZJ = demoDepartments.find((d) => d.code === 'CZJ')!;

const FEED = `query Feed($kind: WarningKind, $departmentId: ID, $status: WarningStatus, $pageSize: Int) {
  integrityWarnings(kind: $kind, departmentId: $departmentId, status: $status, pageSize: $pageSize) {
    total
    items { id kind status since figure threshold source link sourceKey resolvedOn ackNote department { id name } }
  }
}`;
interface Warning {
  id: string;
  kind: string;
  status: string;
  since: string;
  figure: string;
  source: string;
  link: string;
  sourceKey: string;
  resolvedOn: string | null;
  department: { id: string; name: string } | null;
}
type Feed = { integrityWarnings: { total: number; items: Warning[] } };
/** integrity_warning as stored. */
interface WarningRow {
  id: string;
  kind: string;
  source_key: string;
  department_id: string | null;
  figure: string;
  threshold: string;
  since: string;
  source: string;
  link: string;
  status?: string;
  ack_by?: string | null;
}
const ACK = 'mutation ($id: ID!, $note: String!) { acknowledgeWarning(id: $id, note: $note) { id status ackNote } }';
/** A stored warning as the cause a sweep would find for it now. */
const asSignal = (w: WarningRow): Signal => ({
  kind: w.kind as Signal['kind'],
  departmentId: w.department_id,
  sourceKey: w.source_key,
  figure: w.figure,
  threshold: w.threshold,
  since: w.since,
  source: w.source,
  link: w.link,
});

describe.skipIf(!mysql.ok && process.env.CI !== 'true')(
  `warnings on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`,
  () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        supergraphSdl: readFileSync(SUPERGRAPH, 'utf8'),
      });
    }, 180_000);
    afterAll(() => stack?.close());
    const db = () => stack.subgraphs.supervision!.dataSource;

    const feed = async (user: string, variables: Record<string, unknown> = {}) => {
      const r = await stack.graphql<Feed>(FEED, { pageSize: 200, ...variables }, await stack.login(user));
      expect(r.errors).toBeUndefined();
      return r.data!.integrityWarnings;
    };

    it('shows every kind the demo county has, each naming its department, figure, source and where to look', async () => {
      const all = await feed('leader');
      const kinds = new Set(all.items.map((w) => w.kind));
      for (const kind of [
        'PAYMENT_OVERDUE',
        'COMMITMENT_OVERDUE',
        'COMMITMENT_BREACHED',
        'RECTIFICATION_OVERDUE',
        'TASK_REPORT_OVERDUE',
        'OBJECTION_OVERDUE',
        'REPAIR_OVERDUE',
        'CASE_OVERDUE', // casework's demo county
        'JUDGMENT_UNFULFILLED',
      ])
        expect(kinds, kind).toContain(kind);
      if (today().slice(5, 7) === '12') expect(kinds).toContain('CALENDAR_MISSING');
      for (const w of all.items) {
        expect(w.status).toBe('OPEN');
        expect(w.since <= today()).toBe(true);
        expect(w.link).toMatch(/^\//);
        // county-wide kinds name no department, nor an objection no department has accepted yet
        if (w.kind !== 'CALENDAR_MISSING' && w.kind !== 'DELIVERY_STUCK' && w.kind !== 'OBJECTION_OVERDUE')
          expect(w.department?.name, w.kind).toBeTruthy();
      }
      // the demo's overdue objections: one accepted by 县发改局, late with its decision (that bureau's), one never
      // accepted (the county credit office's as a whole: no department named)
      expect(
        all.items
          .filter((w) => w.kind === 'OBJECTION_OVERDUE')
          .map((w) => w.department?.name ?? '（全县）')
          .sort(),
      ).toEqual(['（全县）', '饶平县发展和改革局'].sort());
      const counts = await stack.graphql<{ integrityWarningCounts: { kind: string; count: number }[] }>(
        '{ integrityWarningCounts { kind count } }',
        {},
        await stack.login('leader'),
      );
      expect(counts.data!.integrityWarningCounts.reduce((n, c) => n + c.count, 0)).toBe(all.total);
      const payments = await feed('supervisor', { kind: 'PAYMENT_OVERDUE' });
      expect(payments.items.every((w) => w.kind === 'PAYMENT_OVERDUE' && w.source === 'procurement')).toBe(true);
    });

    it('shows an officer only their own department’s, and lets them acknowledge with a note; others may not', async () => {
      const own = await feed('czj');
      expect(own.items.length).toBeGreaterThan(0);
      expect(own.items.every((w) => w.department?.id === CZJ.id)).toBe(true);
      expect(
        (await feed('czj', { departmentId: demoDepartments[5]!.id })).items.every((w) => w.department?.id === CZJ.id),
      ).toBe(true);
      const target = own.items[0]!;
      const noNote = await stack.graphql(ACK, { id: target.id, note: ' ' }, await stack.login('czj'));
      expect(noNote.errors![0]!.extensions).toMatchObject({ field: 'note', reason: 'REQUIRED' });
      // longer than the column holds: refused on its field, not an internal error
      const tooLong = await stack.graphql(ACK, { id: target.id, note: '核'.repeat(1001) }, await stack.login('czj'));
      expect(tooLong.errors![0]!.extensions).toMatchObject({
        field: 'note',
        reason: 'TOO_LONG',
        params: { max: 1000 },
      });
      expect(errorCode(await stack.graphql(ACK, { id: target.id, note: '' }, await stack.login('leader')))).toBe(
        'FORBIDDEN',
      );
      const other = await stack.graphql(ACK, { id: target.id, note: '正在核实' }, await stack.login('jxj'));
      expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_DEPARTMENT_ONLY' });
      const done = await stack.graphql(
        ACK,
        { id: target.id, note: '已安排资金，月底前支付' },
        await stack.login('czj'),
      );
      expect(done.data).toMatchObject({
        acknowledgeWarning: { status: 'ACKNOWLEDGED', ackNote: '已安排资金，月底前支付' },
      });
      const again = await stack.graphql(ACK, { id: target.id, note: '再次确认' }, await stack.login('czj'));
      expect(again.errors![0]!.extensions).toMatchObject({ reason: 'INVALID_STATE' });
    });

    it('resolves a warning by itself, dated, once its cause is gone', async () => {
      const supervisor = await stack.login('supervisor');
      const [warning] = (await feed('supervisor', { kind: 'RECTIFICATION_OVERDUE' })).items;
      const order = await stack.graphql<{ rectification: { department: { id: string } } }>(
        'query ($id: ID!) { rectification(id: $id) { department { id } } }',
        { id: warning!.sourceKey },
        supervisor,
      );
      // the town's officer reports late and the supervisor accepts: the order is no longer overdue
      const town = demoDepartments.find((d) => d.id === order.data!.rectification.department.id)!;
      const officer = await stack.newUserToken({
        username: 'town-officer',
        roles: ['OFFICER'],
        domains: ['INVESTMENT'],
        departmentId: town.id,
      });
      const reported = await stack.graphql(
        'mutation ($id: ID!) { reportRectification(id: $id, input: { report: "配套道路已建成通车" }) { status } }',
        { id: warning!.sourceKey },
        officer,
      );
      expect(reported.errors).toBeUndefined();
      await stack.graphql(
        'mutation ($id: ID!) { decideRectification(id: $id, accepted: true, note: "验收通过") { status } }',
        { id: warning!.sourceKey },
        supervisor,
      );
      process.env.WARNING_REFRESH_SECONDS = '0';
      try {
        const after = (await feed('supervisor', { kind: 'RECTIFICATION_OVERDUE' })).items.find(
          (w) => w.id === warning!.id,
        )!;
        expect(after).toMatchObject({ status: 'RESOLVED', resolvedOn: today() });
      } finally {
        delete process.env.WARNING_REFRESH_SECONDS;
      }
      // the whole feed: open first, then acknowledged (the test before), then resolved, each oldest cause first
      const rank = { OPEN: 0, ACKNOWLEDGED: 1, RESOLVED: 2 } as Record<string, number>;
      const listed = (await feed('supervisor')).items.map((w) => [rank[w.status]!, w.since] as const);
      expect(new Set(listed.map(([r]) => r))).toEqual(new Set([0, 1, 2]));
      expect(listed).toEqual([...listed].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1])));
    });

    it('reads the feed in as many statements for 50 warnings as for 5, and refuses acknowledging to no one signed in', async () => {
      const leader = await stack.login('leader');
      await stack.graphql(FEED, { pageSize: 5 }, leader); // a fresh sweep, if due, happens here
      stack.resetSqlCount();
      await stack.graphql(FEED, { pageSize: 5 }, leader);
      const small = stack.sqlCount();
      stack.resetSqlCount();
      const large = await stack.graphql<Feed>(FEED, { pageSize: 50 }, leader);
      expect(large.data!.integrityWarnings.items.length).toBeGreaterThan(5);
      expect(stack.sqlCount()).toBe(small);
      expect(errorCode(await stack.graphql(ACK, { id: 'x', note: 'y' }))).toBe('UNAUTHENTICATED');
    });

    it('warns the finance bureau of a region’s default not recorded as a graded incident (debt’s figure)', async () => {
      const year = Number(today().slice(0, 4));
      // a county-level region the test owns: a bond two years old whose interest fell due last January, unpaid
      await stack.subgraphs.directory!.dataSource.query(
        "INSERT INTO region (code, name, level, parent_code) VALUES ('445104', '测试区', 'COUNTY', '445100')",
      );
      const czj = await stack.login('czj');
      const limit = await stack.graphql(
        'mutation ($r: String!, $y: Int!) { setDebtLimit(regionCode: $r, year: $y, amount: "1000.00") { amount } }',
        { r: '445104', y: year - 2 },
        czj,
      );
      expect(limit.errors).toBeUndefined();
      const issued = await stack.graphql(
        'mutation ($i: IssueDebtInput!) { issueDebt(input: $i) { id } }',
        {
          i: {
            regionCode: '445104',
            kind: 'GENERAL_BOND',
            principal: '100.00',
            rate: '3.25',
            issuedOn: `${year - 2}-01-10`,
            maturesOn: `${year + 3}-01-10`,
            project: '测试项目',
          },
        },
        czj,
      );
      expect(issued.errors).toBeUndefined();
      process.env.WARNING_REFRESH_SECONDS = '0';
      try {
        const { items } = await feed('supervisor', { kind: 'DEFAULT_WITHOUT_INCIDENT' });
        expect(items.map((w) => [w.sourceKey, w.department?.id, w.source, w.link, w.status])).toEqual([
          [`445104/${year}`, CZJ.id, 'debt', '/debt', 'OPEN'],
        ]);
        expect(Number(items[0]!.figure)).toBeGreaterThan(0);
      } finally {
        delete process.env.WARNING_REFRESH_SECONDS;
      }
    });

    it('warns county-wide of a domain whose facts wait undelivered past the limit, acknowledged by an administrator, leaves it while the sender is unknown, and resolves it once delivered', async () => {
      const outbox = stack.subgraphs.procurement!.dataSource;
      // a breach for credit written 15 minutes ago, refused three times, its next retry an hour away
      const written = new Date(Date.now() - (DELIVERY_STUCK_MINUTES + 5) * 60_000).toISOString();
      const deliver = () =>
        outbox.query("UPDATE outbox_message SET delivered_at = ? WHERE dedupe_key = 'stuck-for-the-test'", [
          new Date().toISOString(),
        ]);
      await outbox.query(
        `INSERT INTO outbox_message (id, topic, dedupe_key, payload_json, created_at, attempts, next_attempt_at, last_error)
         VALUES (?, 'credit.departmentRecord', 'stuck-for-the-test', '{}', ?, 3, ?, 'refused')`,
        [randomUUID(), written, new Date(Date.now() + 3_600_000).toISOString()],
      );
      process.env.WARNING_REFRESH_SECONDS = '0';
      try {
        const { items } = await feed('supervisor', { kind: 'DELIVERY_STUCK' });
        expect(items.map((w) => [w.sourceKey, w.department, w.source, w.link, w.status, w.since])).toEqual([
          ['procurement', null, 'procurement', '/system/delivery', 'OPEN', today(new Date(written))],
        ]);
        expect(Number(items[0]!.figure)).toBeGreaterThanOrEqual(DELIVERY_STUCK_MINUTES + 5);
        // the administrators mend deliveries, so they acknowledge this kind, and no department's warning
        const admin = await stack.login('admin');
        const departments = await feed('czj', { status: 'OPEN' });
        const refused = await stack.graphql(ACK, { id: departments.items[0]!.id, note: '' }, admin);
        expect(refused.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_PERMITTED' });
        const acknowledged = await stack.graphql(ACK, { id: items[0]!.id, note: '已联系信用子图运维' }, admin);
        expect(acknowledged.data).toMatchObject({ acknowledgeWarning: { status: 'ACKNOWLEDGED' } });
        // a sweep that could not ask procurement leaves its warning as it is; one that could resolves it
        const open = (await db().query("SELECT * FROM integrity_warning WHERE status <> 'RESOLVED'")) as WarningRow[];
        const others: Signal[] = open.filter((w) => w.kind !== 'DELIVERY_STUCK').map(asSignal);
        await reconcile(db(), others, today(), { unknown: [{ kind: 'DELIVERY_STUCK', sourceKey: 'procurement' }] });
        expect((await feed('leader', { kind: 'DELIVERY_STUCK' })).items.map((w) => w.status)).toEqual(['ACKNOWLEDGED']);
        await deliver();
        const after = await feed('supervisor', { kind: 'DELIVERY_STUCK' });
        expect(after.items.map((w) => [w.sourceKey, w.status])).toEqual([['procurement', 'RESOLVED']]);
      } finally {
        await deliver();
        delete process.env.WARNING_REFRESH_SECONDS;
      }
    });

    /** A warning still open, as stored, taken out of the table so that the next sweep finds its cause new. */
    const takeOut = async (kind: string) => {
      await feed('leader'); // swept at least once (a read sweeps a table never swept)
      const [row] = (await db().query(
        "SELECT * FROM integrity_warning WHERE kind = ? AND status <> 'RESOLVED' ORDER BY id LIMIT 1",
        [kind],
      )) as WarningRow[];
      await db().query('DELETE FROM integrity_warning WHERE id = ?', [row!.id]);
      return row!;
    };
    const stored = async (row: WarningRow) =>
      (await db().query('SELECT status FROM integrity_warning WHERE kind = ? AND source_key = ?', [
        row.kind,
        row.source_key,
      ])) as { status: string }[];

    it('sweeps once when the feed and the counts of two readers find the warnings stale at once: every reader answered, a new cause warned once', async () => {
      const row = await takeOut('COMMITMENT_OVERDUE');
      process.env.WARNING_REFRESH_SECONDS = '0';
      try {
        const both = await stack.graphql<Feed & { integrityWarningCounts: unknown[] }>(
          `query { integrityWarnings(pageSize: 5) { total } integrityWarningCounts { kind count } }`,
          {},
          await stack.login('supervisor'),
        );
        expect(both.errors).toBeUndefined();
        await Promise.all([feed('supervisor'), feed('leader')]);
      } finally {
        delete process.env.WARNING_REFRESH_SECONDS;
      }
      expect(await stored(row)).toEqual([{ status: 'OPEN' }]);
    });

    it('hands a warning to the department that now answers for it (an objection accepted): open again, its acknowledgement the other’s', async () => {
      await feed('leader');
      const open = (await db().query(
        "SELECT * FROM integrity_warning WHERE status <> 'RESOLVED' ORDER BY kind, source_key",
      )) as WarningRow[];
      const row = open.find((w) => w.kind === 'OBJECTION_OVERDUE')!;
      await db().query(
        "UPDATE integrity_warning SET status = 'ACKNOWLEDGED', ack_by = 'rsj', ack_on = ?, ack_note = '已督办' WHERE id = ?",
        [today(), row.id],
      );
      const elsewhere = demoDepartments.find((d) => d.id !== row.department_id)!.id;
      const moved = open.map((w) => (w.id === row.id ? { ...asSignal(w), departmentId: elsewhere } : asSignal(w)));
      try {
        await reconcile(db(), moved, today());
        const [after] = (await db().query(
          'SELECT department_id, status, ack_by, figure FROM integrity_warning WHERE id = ?',
          [row.id],
        )) as WarningRow[];
        expect(after).toMatchObject({ department_id: elsewhere, status: 'OPEN', ack_by: null, figure: row.figure });
        // the others, their departments unchanged, as they were
        const others = (await db().query(
          "SELECT id, status, version FROM integrity_warning WHERE status <> 'RESOLVED' AND id <> ? ORDER BY kind, source_key",
          [row.id],
        )) as { id: string; status: string; version: number }[];
        expect(others.map((w) => [w.id, w.status])).toEqual(
          open.filter((w) => w.id !== row.id).map((w) => [w.id, w.status]),
        );
      } finally {
        await reconcile(db(), open.map(asSignal), today());
      }
    });

    it('takes turns when two processes sweep at once: the second reads what the first wrote (no cause inserted twice)', async () => {
      const row = await takeOut('PAYMENT_OVERDUE');
      const open = [
        row,
        ...((await db().query("SELECT * FROM integrity_warning WHERE status <> 'RESOLVED'")) as WarningRow[]),
      ];
      // the causes as every sweeping process finds them now: the open warnings, the one taken out among them
      const signals: Signal[] = open.map(asSignal);
      const written = await Promise.all([reconcile(db(), signals, today()), reconcile(db(), signals, today())]);
      expect(written).toEqual([true, true]);
      expect(await stored(row)).toEqual([{ status: 'OPEN' }]);
      const after = (await db().query("SELECT id FROM integrity_warning WHERE status <> 'RESOLVED'")) as unknown[];
      expect(after).toHaveLength(open.length);
    });

    it('writes nothing from causes read before the last sweep’s: a slow sweep does not reopen what a later one resolved', async () => {
      const row = await takeOut('PAYMENT_OVERDUE');
      const rest = (
        (await db().query("SELECT * FROM integrity_warning WHERE status <> 'RESOLVED'")) as WarningRow[]
      ).map(asSignal);
      // both read after the sweep takeOut's feed made, a few milliseconds apart
      const slowRead = new Date().toISOString();
      await new Promise((r) => setTimeout(r, 5));
      const laterRead = new Date().toISOString();
      // the later reading (the cause gone) is written first; the slow one, read before it with the cause, comes second
      expect(await reconcile(db(), rest, today(), { readAt: laterRead })).toBe(true);
      expect(await reconcile(db(), [...rest, asSignal(row)], today(), { readAt: slowRead })).toBe(false);
      expect(await stored(row)).toEqual([]);
      const [{ swept_at }] = (await db().query("SELECT swept_at FROM warning_sweep WHERE id = 'main'")) as {
        swept_at: string;
      }[];
      expect(swept_at).toBe(laterRead);
      // read after it: written (the cause back); a stamp from the future (a clock set back) holds nothing up
      expect(await reconcile(db(), [...rest, asSignal(row)], today(), { readAt: new Date().toISOString() })).toBe(true);
      expect(await stored(row)).toEqual([{ status: 'OPEN' }]);
      await db().query("UPDATE warning_sweep SET swept_at = ? WHERE id = 'main'", [
        new Date(Date.now() + 3_600_000).toISOString(),
      ]);
      expect(await reconcile(db(), rest, today(), { readAt: new Date().toISOString() })).toBe(true);
      expect(await stored(row)).toEqual([{ status: 'RESOLVED' }]);
      await reconcile(db(), [...rest, asSignal(row)], today(), { readAt: new Date().toISOString() });
    });

    it('goes on judging the other domains while credit is down: facts stuck for credit warn, credit’s own kinds stay as they are', async () => {
      const row = await takeOut('PAYMENT_OVERDUE'); // a cause the next sweep must find new again: procurement judged
      const creditKinds = kindsOf('credit');
      const creditWarnings = async () =>
        (await db().query(
          `SELECT kind, source_key, status, version FROM integrity_warning WHERE kind IN (${creditKinds.map(() => '?').join(', ')}) ORDER BY kind, source_key`,
          creditKinds,
        )) as { kind: string; source_key: string; status: string }[];
      const before = await creditWarnings();
      expect(before.filter((w) => w.status === 'OPEN').map((w) => w.kind)).toContain('OBJECTION_OVERDUE');
      // procurement's fact for credit, written 15 minutes ago, never answered: credit is down
      const outbox = stack.subgraphs.procurement!.dataSource;
      const key = `stuck-while-credit-down-${randomUUID()}`;
      await outbox.query(
        `INSERT INTO outbox_message (id, topic, dedupe_key, payload_json, created_at, attempts, next_attempt_at, last_error)
         VALUES (?, 'credit.departmentRecord', ?, '{}', ?, 2, ?, 'connect ECONNREFUSED')`,
        [
          randomUUID(),
          key,
          new Date(Date.now() - (DELIVERY_STUCK_MINUTES + 5) * 60_000).toISOString(),
          new Date(Date.now() + 3_600_000).toISOString(),
        ],
      );
      process.env.WARNING_REFRESH_SECONDS = '0';
      await stack.stopSubgraph('credit');
      try {
        const stuck = await feed('supervisor', { kind: 'DELIVERY_STUCK', status: 'OPEN' });
        expect(stuck.items.map((w) => w.sourceKey)).toEqual(['procurement']);
        expect(await stored(row)).toEqual([{ status: 'OPEN' }]);
        expect(await creditWarnings()).toEqual(before);
      } finally {
        await stack.restartSubgraph('credit');
        await outbox.query('UPDATE outbox_message SET delivered_at = ? WHERE dedupe_key = ?', [
          new Date().toISOString(),
          key,
        ]);
      }
      try {
        // credit back: judged again, its causes unchanged; the delivery no longer stuck
        await feed('leader');
        expect((await creditWarnings()).map((w) => [w.kind, w.source_key, w.status])).toEqual(
          before.map((w) => [w.kind, w.source_key, w.status]),
        );
        expect((await feed('leader', { kind: 'DELIVERY_STUCK', status: 'OPEN' })).items).toEqual([]);
      } finally {
        delete process.env.WARNING_REFRESH_SECONDS;
      }
    });

    it('warns of next year’s missing calendar from 1 December in the county, not on 30 November (through the gateway)', async () => {
      const year = Number(today().slice(0, 4));
      const next = String(year + 1);
      // the case stands only while next year's arrangement is not loaded, as the demo county has it
      const answer = await stack.graphql<{ workingCalendarYear: { loaded: boolean } }>(
        'query ($y: Int!) { workingCalendarYear(year: $y) { loaded } }',
        { y: year + 1 },
        await stack.login('admin'),
      );
      expect(answer.data!.workingCalendarYear.loaded).toBe(false);
      process.env.WARNING_REFRESH_SECONDS = '0';
      await feed('leader'); // swept now: the clock then goes back, and the sweep stamped later must not hold
      // the process's clock set to either side of midnight in the county (UTC+8); only Date is faked, so timers,
      // the database and the gateway run as they do
      vi.useFakeTimers({ toFake: ['Date'] });
      const nextYears = async (instant: string) => {
        vi.setSystemTime(new Date(instant));
        const { items } = await feed('leader', { kind: 'CALENDAR_MISSING' });
        return items.filter((w) => w.sourceKey === next && w.status !== 'RESOLVED');
      };
      try {
        expect(await nextYears(`${year}-11-30T23:59:00+08:00`)).toEqual([]);
        const warned = await nextYears(`${year}-12-01T00:01:00+08:00`);
        expect(warned.map((w) => [w.status, w.since, w.department, w.source])).toEqual([
          ['OPEN', `${year}-12-01`, null, 'credit'],
        ]);
      } finally {
        vi.useRealTimers();
        delete process.env.WARNING_REFRESH_SECONDS;
      }
    });
  },
);
