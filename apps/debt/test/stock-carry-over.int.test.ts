import { subgraph as directory } from '@integrity/directory';
import { today } from '@integrity/subgraph-kit';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as debt } from '../src/index.js';

const mysql = await mysqlStatus();
const YEAR = Number(today().slice(0, 4));
// a county-level region with no demo debt, added to the directory for the test: the test owns its figures
const REGION = '445105';

describe.skipIf(!mysql.ok)(`debt stock carry-over on MySQL${mysql.ok ? '' : ` (skipped: ${mysql.reason})`}`, () => {
  let stack: Stack;
  let czj: string;

  beforeAll(async () => {
    stack = await startStack({ subgraphs: [directory, debt] });
    await stack.subgraphs.directory!.dataSource.query(
      "INSERT INTO region (code, name, level, parent_code) VALUES ('445105', '结转区', 'COUNTY', '445100')",
    );
    czj = await stack.login('czj');
  });
  afterAll(() => stack?.close());

  const sql = <T>(query: string, params: unknown[] = []) =>
    stack.subgraphs.debt!.dataSource.query(query, params) as Promise<T[]>;
  const plan = (year: number, kind: string, stockAtStart: string, plannedReduction: string) =>
    stack.graphql<{ setDebtStockPlan: { stockAtStart: string } }>(
      'mutation ($i: SetDebtStockPlanInput!) { setDebtStockPlan(input: $i) { stockAtStart } }',
      { i: { regionCode: REGION, year, kind, stockAtStart, plannedReduction } },
      czj,
    );
  const reduce = (kind: string, amount: string) =>
    stack.graphql<{ recordDebtReduction: { id: string } }>(
      'mutation ($i: RecordDebtReductionInput!) { recordDebtReduction(input: $i) { id } }',
      { i: { regionCode: REGION, year: YEAR, kind, amount, reducedOn: today(), means: '安排财政资金偿还' } },
      czj,
    );
  const openings = async (kind: string) =>
    (
      await sql<{ year: number; stock: string; version: number }>(
        'SELECT year, CAST(stock_at_start AS CHAR) AS stock, version FROM debt_stock_plan WHERE region_code = ? AND kind = ? ORDER BY year',
        [REGION, kind],
      )
    ).map((r) => [Number(r.year), r.stock, Number(r.version)]);
  const carryAudits = () =>
    sql<{ entity_id: string; before_json: string; after_json: string }>(
      "SELECT entity_id, before_json, after_json FROM audit_log WHERE action = 'debt.stock-carry-over' ORDER BY entity_id",
    );

  it('lowers the later years’ opening stock by a reduction recorded after their plans, audited with its cause', async () => {
    // this year stands for N−1 and the two after it for N and N+1: a reduction of this year recorded once next
    // year's plan exists is the late January reduction of last year, with the same arithmetic
    expect((await plan(YEAR, 'HIDDEN_DEBT', '100.00', '50.00')).errors).toBeUndefined();
    expect((await plan(YEAR + 1, 'HIDDEN_DEBT', '100.00', '60.00')).errors).toBeUndefined();
    expect((await plan(YEAR + 2, 'HIDDEN_DEBT', '100.00', '20.00')).errors).toBeUndefined();
    const first = await reduce('HIDDEN_DEBT', '30.00');
    expect(first.errors).toBeUndefined();
    // each row's version moved once for the next year's first plan (which races its reductions) and once for the
    // reduction or its carry-over
    expect(await openings('HIDDEN_DEBT')).toEqual([
      [YEAR, '10000', 3],
      [YEAR + 1, '7000', 3],
      [YEAR + 2, '7000', 2],
    ]);
    const audits = await carryAudits();
    expect(audits.map((a) => a.entity_id)).toEqual([
      `${REGION}/${YEAR + 1}/HIDDEN_DEBT`,
      `${REGION}/${YEAR + 2}/HIDDEN_DEBT`,
    ]);
    expect(JSON.parse(audits[0]!.before_json)).toMatchObject({ stockAtStart: '10000' });
    expect(JSON.parse(audits[0]!.after_json)).toMatchObject({
      stockAtStart: '7000',
      cause: { action: 'debt.reduction', reductionId: first.data!.recordDebtReduction.id, year: YEAR, amount: '30.00' },
    });
    // the carried opening is the one the plan must keep
    expect((await plan(YEAR + 1, 'HIDDEN_DEBT', '100.00', '60.00')).errors![0]!.extensions).toMatchObject({
      field: 'stockAtStart',
      reason: 'OPENING_STOCK_MISMATCH',
      params: { expected: '70.00' },
    });
  });

  it('refuses a reduction that would leave a later year’s plan above its opening, changing nothing', async () => {
    const reductions = (await sql<{ n: number }>('SELECT COUNT(*) AS n FROM debt_reduction'))[0]!.n;
    const before = await openings('HIDDEN_DEBT');
    const auditCount = (await carryAudits()).length;
    // next year would open at 59.99 under its planned 60.00: one fen too many
    expect((await reduce('HIDDEN_DEBT', '10.01')).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
      reason: 'CARRY_OVER_EXCEEDS_NEXT_YEAR',
      params: { year: YEAR + 1, opening: '59.99', plannedReduction: '60.00', reduced: '0.00' },
    });
    expect((await sql<{ n: number }>('SELECT COUNT(*) AS n FROM debt_reduction'))[0]!.n).toBe(reductions);
    expect(await openings('HIDDEN_DEBT')).toEqual(before);
    expect(await carryAudits()).toHaveLength(auditCount);
    // exactly the plan fits
    expect((await reduce('HIDDEN_DEBT', '10.00')).errors).toBeUndefined();
    expect((await openings('HIDDEN_DEBT')).map(([year, stock]) => [year, stock])).toEqual([
      [YEAR, '10000'],
      [YEAR + 1, '6000'],
      [YEAR + 2, '6000'],
    ]);
  });

  it('refuses a reduction or a corrected opening that would leave a later year with more reduced than its opening', async () => {
    expect((await plan(YEAR, 'ARREARS', '100.00', '0.00')).errors).toBeUndefined();
    expect((await plan(YEAR + 1, 'ARREARS', '100.00', '0.00')).errors).toBeUndefined();
    // what next year will have reduced by the time a late reduction of this year comes in (its dates lie ahead)
    await sql(
      "INSERT INTO debt_reduction (id, region_code, year, kind, amount, reduced_on, means, recorded_by, recorded_at) VALUES ('carry-over-test', ?, ?, 'ARREARS', 8000, ?, '安排财政资金偿还', 'czj', ?)",
      [REGION, YEAR + 1, `${YEAR + 1}-01-15`, new Date().toISOString()],
    );
    expect((await reduce('ARREARS', '20.01')).errors![0]!.extensions).toMatchObject({
      field: 'amount',
      reason: 'CARRY_OVER_EXCEEDS_NEXT_YEAR',
      params: { year: YEAR + 1, opening: '79.99', plannedReduction: '0.00', reduced: '80.00' },
    });
    expect((await reduce('ARREARS', '20.00')).errors).toBeUndefined();
    expect((await openings('ARREARS')).map(([year, stock]) => [year, stock])).toEqual([
      [YEAR, '10000'],
      [YEAR + 1, '8000'],
    ]);
    // a corrected opening of the first recorded year carries the same way, up or down
    expect((await plan(YEAR, 'ARREARS', '99.99', '0.00')).errors![0]!.extensions).toMatchObject({
      field: 'stockAtStart',
      reason: 'CARRY_OVER_EXCEEDS_NEXT_YEAR',
      params: { year: YEAR + 1, opening: '79.99' },
    });
    expect((await plan(YEAR, 'ARREARS', '120.00', '0.00')).errors).toBeUndefined();
    expect((await openings('ARREARS')).map(([year, stock]) => [year, stock])).toEqual([
      [YEAR, '12000'],
      [YEAR + 1, '10000'],
    ]);
  });
});
