import { subgraph as casework } from '@integrity/casework';
import { subgraph as credit } from '@integrity/credit';
import { subgraph as debt } from '@integrity/debt';
import { subgraph as directory } from '@integrity/directory';
import { subgraph as investment } from '@integrity/investment';
import { subgraph as procurement } from '@integrity/procurement';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraph as supervision } from '../src/index.js';
import { BREACH_FIGURE_NOTE, BreachFigure1732406400670 } from '../src/migrations/1732406400670-breach-figure.js';
import { DEFAULT_RULES } from '../src/score/scoring-rules.js';

const mysql = await mysqlStatus();

// Migration 670 on both databases (supervision's score needs every domain that owns a figure): a version in force that deducts for every breach ever recorded (breachCount)
// is followed by one reading credit's active breach records, everything else equal; run again, it adds nothing.
describe.each(['mysql', 'sqlite'] as const)('the breach-figure migration on %s', (database) => {
  let stack: Stack;
  const skip = database === 'mysql' && !mysql.ok;
  beforeAll(async () => {
    if (!skip)
      stack = await startStack({
        subgraphs: [directory, credit, procurement, investment, debt, supervision, casework],
        database,
      });
  }, 180_000);
  afterAll(() => stack?.close());

  it.skipIf(skip)('publishes the rules in force with the lapsing breach figure, once', async () => {
    const ds = stack.subgraphs.supervision!.dataSource;
    const old = {
      ...DEFAULT_RULES,
      indicators: DEFAULT_RULES.indicators.map((i) =>
        i.indicator === 'PROCUREMENT_BREACHES' ? { ...i, figure: 'breachCount', points: 4 } : i,
      ),
    };
    const [{ v }] = (await ds.query('SELECT MAX(version) AS v FROM scoring_rule_version')) as { v: number }[];
    const last = Number(v);
    await ds.query(
      'INSERT INTO scoring_rule_version (version, rules_json, note, published_by, published_at) VALUES (?, ?, ?, ?, ?)',
      [last + 1, JSON.stringify(old), '旧版本', 'ksz', '2026-01-01T00:00:00.000Z'],
    );
    const runner = ds.createQueryRunner();
    const migration = new BreachFigure1732406400670();
    await migration.up(runner);
    await migration.up(runner); // the version in force no longer reads breachCount: nothing more
    await runner.release();
    const rows = (await ds.query(
      'SELECT version, rules_json, note, published_by FROM scoring_rule_version WHERE version > ? ORDER BY version',
      [last],
    )) as { version: number; rules_json: string; note: string; published_by: string }[];
    expect(rows.map((r) => [Number(r.version), r.published_by])).toEqual([
      [last + 1, 'ksz'],
      [last + 2, 'migration'],
    ]);
    expect(rows[1]!.note).toBe(BREACH_FIGURE_NOTE);
    // the supervisor's own points kept; only the figure changes
    expect(JSON.parse(rows[1]!.rules_json)).toEqual({
      ...old,
      indicators: old.indicators.map((i) =>
        i.indicator === 'PROCUREMENT_BREACHES' ? { ...i, figure: 'activeProcurementBreachRecordCount' } : i,
      ),
    });
    await ds.query('DELETE FROM scoring_rule_version WHERE version > ?', [last]);
  });
});
