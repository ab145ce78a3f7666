// Benchmark (run by hand: `npm run bench -w @integrity/gateway`; never a timed test). The leaders'
// whole-county query through this gateway and every subgraph on MySQL, side by side in one run with the
// lower limit: the same figures from hand-written SQL sent straight to each subgraph's database (no HTTP, no
// GraphQL, no query planning). Reports medians, p95 and the ratio. BENCH_RUNS sets the sample size.
import { readFileSync } from 'node:fs';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { today } from '@integrity/subgraph-kit';
import { startStack } from '@integrity/testing';
import { SUPERGRAPH_FILE } from '../src/paths.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const YEAR = Number(today().slice(0, 4));

const DASHBOARD = `query Dashboard($year: Int!) {
  creditCoverage { total withFile ratio }
  departments(pageSize: 200) { total items { id name region { name } civilServantCount creditFileCoverage activeDishonestyRecordCount
    overduePaymentCount overduePaymentAmount breachCount overdueCommitmentCount commitmentFulfilmentRate } }
  regions { code name debtRisk(year: $year) { debtBalance debtRatio level } }
}`;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function time(label: string, run: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(20, RUNS); i += 1) await run(); // warm caches and JIT
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    ms.push(performance.now() - started);
  }
  return { label, runs: RUNS, medianMs: +quantile(ms, 0.5).toFixed(2), p95Ms: +quantile(ms, 0.95).toFixed(2) };
}

const stack = await startStack({
  subgraphs: [directory, credit, procurement, investment, debt],
  supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
});
try {
  const token = await stack.login('leader');
  const db = (name: string) => stack.subgraphs[name]!.dataSource;
  const on = today();
  const gateway = await time('gateway (GraphQL, 5 subgraphs)', async () => {
    const result = await stack.graphql(DASHBOARD, { year: YEAR }, token);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
  });
  // The same figures, written by hand: one grouped statement per figure, every database at once.
  const sql = await time('hand-written SQL (lower limit)', () =>
    Promise.all([
      db('directory').query(
        'SELECT d.id, d.name, r.name AS region FROM department d JOIN region r ON r.code = d.region_code ORDER BY d.kind, d.code LIMIT 200',
      ),
      db('directory').query('SELECT code, name FROM region'),
      db('credit').query('SELECT COUNT(*) AS n FROM civil_servant'),
      db('credit').query('SELECT COUNT(*) AS n FROM credit_file'),
      db('credit').query('SELECT department_id, COUNT(*) AS n FROM civil_servant GROUP BY department_id'),
      db('credit').query('SELECT department_id, COUNT(*) AS n FROM credit_file GROUP BY department_id'),
      db('credit').query(
        "SELECT department_id, COUNT(*) AS n FROM credit_record WHERE status = 'ACTIVE' AND publicity_end >= ? AND category NOT IN ('COMMENDATION', 'TRAINING') GROUP BY department_id",
        [on],
      ),
      db('procurement').query(
        'SELECT purchaser_id, COUNT(*) AS n, SUM(amount - paid_amount) AS amount FROM payment_milestone WHERE paid_amount < amount AND due_date < ? GROUP BY purchaser_id',
        [on],
      ),
      db('procurement').query('SELECT department_id, COUNT(*) AS n FROM breach_record GROUP BY department_id'),
      db('investment').query(
        'SELECT department_id, SUM(CASE WHEN waived_on IS NULL AND breached_on IS NULL AND fulfilled_amount < amount AND due_date < ? THEN 1 ELSE 0 END) AS overdue, SUM(CASE WHEN waived_on IS NULL AND (due_date <= ? OR fulfilled_amount >= amount) THEN 1 ELSE 0 END) AS assessed FROM commitment GROUP BY department_id',
        [on, on],
      ),
      db('debt').query(
        'SELECT region_code, SUM(principal) AS issued FROM debt_instrument WHERE issued_on <= ? GROUP BY region_code',
        [`${YEAR}-12-31`],
      ),
      db('debt').query(
        'SELECT region_code, SUM(principal) AS repaid FROM repayment WHERE paid_on <= ? GROUP BY region_code',
        [`${YEAR}-12-31`],
      ),
      db('debt').query('SELECT region_code, amount FROM fiscal_resources WHERE year = ?', [YEAR]),
    ]),
  );
  stack.resetSqlCount();
  const once = await stack.graphql<{ departments: { items: unknown[] }; regions: unknown[] }>(
    DASHBOARD,
    { year: YEAR },
    token,
  );
  const report = {
    query: 'leaders dashboard',
    departments: once.data!.departments.items.length,
    regions: once.data!.regions.length,
    gatewaySqlStatements: stack.sqlCount(),
    results: [gateway, sql],
    ratioMedian: +(gateway.medianMs / sql.medianMs).toFixed(1),
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await stack.close();
}
