import { decryptIdNumber } from '@integrity/credit';
import { addMonths } from '@integrity/subgraph-kit';
import { complaintScenario } from './complaint-scenario.js';
import type { LimitDb } from './limit-db.js';

/** A GraphQL operation of a scenario (the i-th request may vary it, as the writes do). */
export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  /** Demo user whose token the gateway and subgraph calls carry; none for the public list. */
  user?: string;
  operation(i: number): Operation;
  /** The same answer from hand-written SQL, serialised to JSON as a server would. */
  limit(db: LimitDb, i: number): Promise<string>;
  /** Writes go to their one subgraph directly; reads replay the gateway's captured plan. */
  writeSubgraph?(i: number): string;
  /** Seconds a second gateway, started for this scenario, keeps anonymous answers (GATEWAY_CACHE_PUBLIC_SECONDS). */
  publicCacheSeconds?: number;
}

/** What the scenarios pick from the generated data once, before anything is timed. */
export interface Fixtures {
  today: string;
  year: number;
  servantId: string;
  servantIds: string[];
  tenderingProjectIds: string[];
  suppliers: string[];
  milestoneIds: string[];
  /** Departments a complaint may name, in a fixed order. */
  departmentIds: string[];
}

export async function loadFixtures(db: LimitDb, today: string): Promise<Fixtures> {
  const servant = await db.query<{ subject_id: string }>(
    'credit',
    "SELECT subject_id FROM credit_record WHERE subject_type = 'CIVIL_SERVANT' AND created_by = 'seed-scale' ORDER BY id LIMIT 1",
  );
  const servants = await db.query<{ id: string }>('credit', 'SELECT id FROM civil_servant ORDER BY id LIMIT 200');
  const tendering = await db.query<{ id: string }>(
    'procurement',
    "SELECT id FROM procurement_project WHERE status = 'TENDERING' ORDER BY id LIMIT 50",
  );
  // suppliers with no active serious record, so credit's check lets their bids through
  const restricted = new Set(
    (
      await db.query<{ subject_id: string }>(
        'credit',
        "SELECT DISTINCT subject_id FROM credit_record WHERE subject_type = 'ENTERPRISE' AND severity = 'SERIOUS' AND status = 'ACTIVE'",
      )
    ).map((r) => r.subject_id),
  );
  const suppliers = (await db.query<{ uscc: string }>('directory', 'SELECT uscc FROM enterprise ORDER BY uscc'))
    .map((r) => r.uscc)
    .filter((u) => !restricted.has(u))
    .slice(0, 200);
  const milestones = await db.query<{ id: string }>(
    'procurement',
    "SELECT m.id FROM payment_milestone m JOIN contract c ON c.id = m.contract_id JOIN procurement_project p ON p.id = c.project_id WHERE p.status = 'IN_PERFORMANCE' AND m.paid_amount + 100000 < m.amount ORDER BY m.id LIMIT 100",
  );
  const departments = await db.query<{ id: string }>('directory', 'SELECT id FROM department ORDER BY id LIMIT 200');
  return {
    today,
    year: Number(today.slice(0, 4)),
    servantId: servant[0]!.subject_id,
    servantIds: servants.map((s) => s.id),
    tenderingProjectIds: tendering.map((p) => p.id),
    suppliers,
    milestoneIds: milestones.map((m) => m.id),
    departmentIds: departments.map((d) => d.id),
  };
}

const DASHBOARD = `query Dashboard($year: Int!) {
  creditCoverage { total withFile ratio }
  departments(pageSize: 200) { total items { id name region { name } civilServantCount creditFileCoverage activeDishonestyRecordCount
    overduePaymentCount overduePaymentAmount breachCount overdueCommitmentCount commitmentFulfilmentRate } }
  regions { code name debtRisk(year: $year) { debtBalance debtRatio level } }
}`;

/** The dashboard's figures by hand: one grouped statement per figure, every database at once. */
async function dashboardFigures(db: LimitDb, f: Fixtures) {
  const on = f.today;
  const yearEnd = `${f.year}-12-31`;
  const [
    departments,
    regions,
    servants,
    files,
    servantsBy,
    filesBy,
    dishonest,
    overdue,
    breaches,
    commitments,
    issued,
    repaid,
    fiscal,
  ] = await Promise.all([
    db.query(
      'directory',
      'SELECT d.id, d.name, d.kind, d.region_code, r.name AS region FROM department d JOIN region r ON r.code = d.region_code ORDER BY d.kind, d.code LIMIT 200',
    ),
    db.query('directory', 'SELECT code, name FROM region'),
    db.query('credit', 'SELECT COUNT(*) AS n FROM civil_servant'),
    db.query('credit', 'SELECT COUNT(*) AS n FROM credit_file'),
    db.query('credit', 'SELECT department_id, COUNT(*) AS n FROM civil_servant GROUP BY department_id'),
    db.query('credit', 'SELECT department_id, COUNT(*) AS n FROM credit_file GROUP BY department_id'),
    db.query(
      'credit',
      "SELECT department_id, COUNT(*) AS n FROM credit_record WHERE status = 'ACTIVE' AND publicity_end >= ? AND category NOT IN ('COMMENDATION', 'TRAINING') GROUP BY department_id",
      [on],
    ),
    db.query(
      'procurement',
      'SELECT purchaser_id, COUNT(*) AS n, SUM(amount - paid_amount) AS amount FROM payment_milestone WHERE paid_amount < amount AND due_date < ? GROUP BY purchaser_id',
      [on],
    ),
    db.query('procurement', 'SELECT department_id, COUNT(*) AS n FROM breach_record GROUP BY department_id'),
    db.query(
      'investment',
      'SELECT department_id, SUM(CASE WHEN waived_on IS NULL AND breached_on IS NULL AND fulfilled_amount < amount AND due_date < ? THEN 1 ELSE 0 END) AS overdue, SUM(CASE WHEN waived_on IS NULL AND (due_date <= ? OR fulfilled_amount >= amount) THEN 1 ELSE 0 END) AS assessed, SUM(CASE WHEN fulfilled_amount >= amount THEN 1 ELSE 0 END) AS fulfilled FROM commitment GROUP BY department_id',
      [on, on],
    ),
    db.query(
      'debt',
      'SELECT region_code, SUM(principal) AS issued FROM debt_instrument WHERE issued_on <= ? GROUP BY region_code',
      [yearEnd],
    ),
    db.query(
      'debt',
      'SELECT region_code, SUM(principal) AS repaid FROM repayment WHERE paid_on <= ? GROUP BY region_code',
      [yearEnd],
    ),
    db.query('debt', 'SELECT region_code, amount FROM fiscal_resources WHERE year = ?', [f.year]),
  ]);
  const by = (rows: Record<string, unknown>[], key: string) => new Map(rows.map((r) => [String(r[key]), r]));
  const n = (row: Record<string, unknown> | undefined, field = 'n') => Number(row?.[field] ?? 0);
  const [sBy, fBy, dBy, oBy, bBy, cBy] = [
    by(servantsBy, 'department_id'),
    by(filesBy, 'department_id'),
    by(dishonest, 'department_id'),
    by(overdue, 'purchaser_id'),
    by(breaches, 'department_id'),
    by(commitments, 'department_id'),
  ];
  const [iBy, rBy, fiBy] = [by(issued, 'region_code'), by(repaid, 'region_code'), by(fiscal, 'region_code')];
  return {
    creditCoverage: { total: n(servants[0]), withFile: n(files[0]), ratio: n(files[0]) / Math.max(1, n(servants[0])) },
    departments: departments.map((d) => {
      const id = String(d.id);
      const c = cBy.get(id);
      return {
        id,
        name: d.name,
        kind: d.kind,
        region: { name: d.region },
        civilServantCount: n(sBy.get(id)),
        creditFileCoverage: n(sBy.get(id)) ? n(fBy.get(id)) / n(sBy.get(id)) : null,
        activeDishonestyRecordCount: n(dBy.get(id)),
        overduePaymentCount: n(oBy.get(id)),
        overduePaymentAmount: String(oBy.get(id)?.amount ?? '0'),
        breachCount: n(bBy.get(id)),
        overdueCommitmentCount: n(c, 'overdue'),
        commitmentFulfilmentRate: n(c, 'assessed') ? n(c, 'fulfilled') / n(c, 'assessed') : null,
      };
    }),
    regions: regions.map((r) => {
      const code = String(r.code);
      const balance = n(iBy.get(code), 'issued') - n(rBy.get(code), 'repaid');
      const resources = n(fiBy.get(code), 'amount');
      const ratio = resources ? balance / resources : null;
      return {
        code,
        name: r.name,
        debtRisk: iBy.has(code)
          ? { debtBalance: balance, debtRatio: ratio, level: ratio === null ? null : ratio > 1.2 ? 'RED' : 'GREEN' }
          : null,
      };
    }),
  };
}

/** The names of the departments some rows name, in one statement (none when no row names one). */
async function departmentNames(db: LimitDb, rows: Record<string, unknown>[]): Promise<Map<unknown, unknown>> {
  const ids = [...new Set(rows.map((r) => r.department_id).filter(Boolean))];
  const found = ids.length ? await db.query('directory', 'SELECT id, name FROM department WHERE id IN (?)', [ids]) : [];
  return new Map(found.map((d) => [d.id, d.name]));
}

/** The public disclosure list, anonymous: as it is, or through a gateway keeping answers for a few seconds. */
function publicList(f: Fixtures, name: string, publicCacheSeconds?: number): Scenario {
  return {
    name,
    publicCacheSeconds,
    operation: () => ({
      query:
        '{ publicDishonestyRecords(pageSize: 20) { total items { id subjectType subjectName category severity documentNumber authority decisionDate publicityEnd department { name } } } }',
    }),
    limit: async (db) => {
      const where =
        "publish = 1 AND decision_date <= ? AND status = 'ACTIVE' AND publicity_end >= ? AND category NOT IN ('COMMENDATION', 'TRAINING')";
      const [total, items] = await Promise.all([
        db.query('credit', `SELECT COUNT(*) AS n FROM credit_record WHERE ${where}`, [f.today, f.today]),
        db.query(
          'credit',
          `SELECT id, subject_type, subject_id, subject_name, category, severity, document_number, authority, decision_date, publicity_end, department_id FROM credit_record WHERE ${where} ORDER BY decision_date DESC, id DESC LIMIT 20`,
          [f.today, f.today],
        ),
      ]);
      const names = await departmentNames(db, items);
      return JSON.stringify({
        publicDishonestyRecords: {
          total: Number(total[0]!.n),
          items: items.map((r) => ({
            ...r,
            department: r.department_id ? { name: names.get(r.department_id) } : null,
          })),
        },
      });
    },
  };
}

export function scenarios(f: Fixtures): Scenario[] {
  return [
    {
      name: 'leaders dashboard',
      user: 'leader',
      operation: () => ({ query: DASHBOARD, variables: { year: f.year } }),
      limit: async (db) => JSON.stringify(await dashboardFigures(db, f)),
    },
    {
      name: 'scored department ranking',
      user: 'leader',
      operation: () => ({
        query:
          '{ departments(pageSize: 200) { total items { id name integrityScore { score grade deductions { reason points } } } } }',
      }),
      // the score's inputs by hand (the dashboard's figures and the three more the score reads), scored in JS
      limit: async (db) => {
        const [figures, serious, objections, breached] = await Promise.all([
          dashboardFigures(db, f),
          db.query(
            'credit',
            "SELECT department_id, COUNT(*) AS n FROM credit_record WHERE status = 'ACTIVE' AND severity = 'SERIOUS' AND publicity_end >= ? GROUP BY department_id",
            [f.today],
          ),
          db.query(
            'credit',
            "SELECT COUNT(*) AS n FROM objection WHERE status IN ('FILED', 'ACCEPTED') AND decision_deadline < ?",
            [f.today],
          ),
          db.query(
            'investment',
            'SELECT department_id, COUNT(*) AS n FROM commitment WHERE breached_on IS NOT NULL GROUP BY department_id',
          ),
        ]);
        const seriousBy = new Map(serious.map((r) => [String(r.department_id), Number(r.n)]));
        const breachedBy = new Map(breached.map((r) => [String(r.department_id), Number(r.n)]));
        const items = figures.departments.map((d) => {
          const deductions = [
            { reason: 'COVERAGE', points: d.creditFileCoverage !== null && d.creditFileCoverage < 1 ? 5 : 0 },
            {
              reason: 'DISHONESTY',
              points: Math.min(20, 2 * d.activeDishonestyRecordCount + 5 * (seriousBy.get(d.id) ?? 0)),
            },
            { reason: 'PAYMENTS', points: Math.min(15, 3 * d.overduePaymentCount + 5 * d.breachCount) },
            {
              reason: 'COMMITMENTS',
              points: Math.min(15, 3 * d.overdueCommitmentCount + 5 * (breachedBy.get(d.id) ?? 0)),
            },
            { reason: 'OBJECTIONS', points: Math.min(10, 2 * Number(objections[0]?.n ?? 0)) },
          ].filter((x) => x.points > 0);
          const score = 100 - deductions.reduce((s, x) => s + x.points, 0);
          return {
            id: d.id,
            name: d.name,
            integrityScore: { score, grade: score >= 90 ? 'A' : score >= 75 ? 'B' : 'C', deductions },
          };
        });
        return JSON.stringify({ departments: { total: items.length, items } });
      },
    },
    {
      name: 'credit records page (50, sorted, with names)',
      user: 'fgj',
      operation: () => ({
        query:
          'query ($s: SortDirection) { creditRecords(sortBy: DECISION_DATE, sortDirection: $s, status: ACTIVE, subjectType: CIVIL_SERVANT, pageSize: 50) { total items { id subjectName category severity decisionDate publicityEnd status department { id name } } } }',
        variables: { s: 'DESC' },
      }),
      limit: async (db) => {
        const where = "subject_type = 'CIVIL_SERVANT' AND status = 'ACTIVE' AND publicity_end >= ?";
        const [total, items] = await Promise.all([
          db.query('credit', `SELECT COUNT(*) AS n FROM credit_record WHERE ${where}`, [f.today]),
          db.query(
            'credit',
            `SELECT id, subject_name, category, severity, decision_date, publicity_end, status, department_id FROM credit_record WHERE ${where} ORDER BY decision_date DESC, id DESC LIMIT 50`,
            [f.today],
          ),
        ]);
        const names = await departmentNames(db, items);
        return JSON.stringify({
          creditRecords: {
            total: Number(total[0]!.n),
            items: items.map((r) => ({ ...r, department: { id: r.department_id, name: names.get(r.department_id) } })),
          },
        });
      },
    },
    {
      name: "a civil servant's whole file",
      user: 'fgj',
      operation: () => ({
        query:
          'query ($id: ID!) { civilServant(id: $id) { id name idNumberMasked idNumber post department { name } creditFile { openedOn openedBy } records { id category severity decisionDate publicityEnd status objections { id status } repairs { id status } } honorEligibility { eligible reasons } } }',
        variables: { id: f.servantId },
      }),
      // the same reads, and the two read-log rows credit writes for revealing the number and reading the records
      limit: async (db) => {
        const [servant, file, records] = await Promise.all([
          db.query('credit', 'SELECT * FROM civil_servant WHERE id = ?', [f.servantId]),
          db.query('credit', 'SELECT opened_on, opened_by FROM credit_file WHERE civil_servant_id = ?', [f.servantId]),
          db.query(
            'credit',
            "SELECT * FROM credit_record WHERE subject_type = 'CIVIL_SERVANT' AND subject_id = ? ORDER BY decision_date DESC, id",
            [f.servantId],
          ),
        ]);
        const ids = records.map((r) => r.id);
        const s = servant[0]!;
        const [objections, repairs, department] = await Promise.all([
          ids.length
            ? db.query('credit', 'SELECT id, record_id, status FROM objection WHERE record_id IN (?)', [ids])
            : [],
          ids.length
            ? db.query('credit', 'SELECT id, record_id, status FROM repair_application WHERE record_id IN (?)', [ids])
            : [],
          db.query('directory', 'SELECT name FROM department WHERE id = ?', [s.department_id]),
          db.query(
            'credit',
            "INSERT INTO read_log (id, reader_id, reader_name, civil_servant_id, what, request_id, at) VALUES (UUID(), 'bench', 'bench', ?, 'ID_NUMBER', 'bench', ?), (UUID(), 'bench', 'bench', ?, 'RECORDS', 'bench', ?)",
            [f.servantId, new Date().toISOString(), f.servantId, new Date().toISOString()],
          ),
        ]);
        const active = records.filter(
          (r) =>
            r.status === 'ACTIVE' &&
            String(r.publicity_end) >= f.today &&
            !['COMMENDATION', 'TRAINING'].includes(String(r.category)),
        );
        return JSON.stringify({
          civilServant: {
            id: s.id,
            name: s.name,
            idNumberMasked: s.id_number_masked,
            idNumber: decryptIdNumber(String(s.id_number_enc)),
            post: s.post,
            department: department[0],
            creditFile: file[0] ?? null,
            records: records.map((r) => ({
              ...r,
              objections: objections.filter((o) => o.record_id === r.id),
              repairs: repairs.filter((o) => o.record_id === r.id),
            })),
            honorEligibility: { eligible: active.length === 0, reasons: active.map((r) => r.id) },
          },
        });
      },
    },
    publicList(f, 'public disclosure list (no token)'),
    publicList(f, 'public disclosure list (no token, 5 s response cache)', 5),
    {
      name: 'write mix (add record, submit bid, record payment)',
      user: 'fgj',
      operation: (i) => {
        const kind = i % 3;
        if (kind === 0)
          return {
            query: 'mutation ($input: AddCreditRecordInput!) { addCreditRecord(input: $input) { id } }',
            variables: {
              input: {
                subjectType: 'CIVIL_SERVANT',
                subjectId: f.servantIds[i % f.servantIds.length],
                category: 'ADMINISTRATIVE_PENALTY',
                severity: 'GENERAL',
                documentNumber: `基准〔${f.year}〕${i}号`,
                authority: '县发展和改革局',
                decisionDate: f.today,
                publish: true,
                publicityEnd: addMonths(f.today, 6),
              },
            },
          };
        if (kind === 1)
          return {
            query:
              'mutation ($p: ID!, $u: String!) { submitBid(projectId: $p, supplierUscc: $u, amount: "1000.00") { id } }',
            variables: {
              p: f.tenderingProjectIds[i % f.tenderingProjectIds.length],
              u: f.suppliers[Math.floor(i / 3) % f.suppliers.length],
            },
          };
        return {
          query:
            'mutation ($m: ID!, $on: Date!) { recordPayment(milestoneId: $m, amount: "0.01", paidOn: $on) { id } }',
          variables: { m: f.milestoneIds[i % f.milestoneIds.length], on: f.today },
        };
      },
      writeSubgraph: (i) => (i % 3 === 0 ? 'credit' : 'procurement'),
      // the rows the writes leave, by hand (no validation, credit check, audit trail or outbox)
      limit: async (db, i) => {
        const kind = i % 3;
        const stamp = new Date().toISOString();
        if (kind === 0)
          await db.query(
            'credit',
            "INSERT INTO credit_record (id, subject_type, subject_id, subject_name, department_id, category, severity, document_number, authority, decision_date, publish, publicity_start, publicity_end, status, under_objection, created_by, created_at, version) VALUES (UUID(), 'CIVIL_SERVANT', ?, 'bench', NULL, 'ADMINISTRATIVE_PENALTY', 'GENERAL', ?, '县发展和改革局', ?, 1, ?, ?, 'ACTIVE', 0, 'bench', ?, 1)",
            [f.servantIds[i % f.servantIds.length], `limit-${i}`, f.today, f.today, addMonths(f.today, 6), stamp],
          );
        else if (kind === 1)
          await db.query(
            'procurement',
            "INSERT INTO bid (id, project_id, supplier_uscc, supplier_name, amount, submitted_at, submitted_by) VALUES (UUID(), ?, ?, 'bench', 100000, ?, 'bench')",
            [f.tenderingProjectIds[i % f.tenderingProjectIds.length], f.suppliers[0], stamp],
          );
        else
          await db.query(
            'procurement',
            'UPDATE payment_milestone SET paid_amount = paid_amount + 1, paid_on = ?, version = version + 1 WHERE id = ?',
            [f.today, f.milestoneIds[i % f.milestoneIds.length]],
          );
        return JSON.stringify({ ok: true });
      },
    },
    complaintScenario(f),
  ];
}
