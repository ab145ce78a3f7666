import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The note of the version this migration publishes (also how a test finds it). */
export const BREACH_FIGURE_NOTE =
  '系统更正：政府采购违约扣分改按有效期内的违约失信记录计（activeProcurementBreachRecordCount），记录期满、信用修复或异议更正后不再扣分；此前按历史累计违约次数（breachCount）扣分，违约永不消除。其余指标、分值和等级线不变。';

/**
 * The score deducted for every procurement breach ever recorded (breachCount), so a breach never lapsed although
 * its credit record does and no longer bars honours. Versions are never edited (every score names the one it
 * used): when the version in force reads breachCount, the same rules with that figure replaced by credit's
 * active breach records are published as the next version, by 'migration', with a note saying why.
 */
export class BreachFigure1732406400670 implements MigrationInterface {
  name = 'BreachFigure1732406400670';

  async up(q: QueryRunner): Promise<void> {
    const [latest] = (await q.query(
      'SELECT version, rules_json FROM scoring_rule_version ORDER BY version DESC LIMIT 1',
    )) as { version: number; rules_json: string }[];
    if (!latest) return; // nothing published: the built-in defaults already read the new figure
    const rules = JSON.parse(latest.rules_json) as { indicators: { figure: string }[] };
    if (!rules.indicators.some((i) => i.figure === 'breachCount')) return;
    const next = {
      ...rules,
      indicators: rules.indicators.map((i) =>
        i.figure === 'breachCount' ? { ...i, figure: 'activeProcurementBreachRecordCount' } : i,
      ),
    };
    await q.query(
      'INSERT INTO scoring_rule_version (version, rules_json, note, published_by, published_at) VALUES (?, ?, ?, ?, ?)',
      [Number(latest.version) + 1, JSON.stringify(next), BREACH_FIGURE_NOTE, 'migration', new Date().toISOString()],
    );
  }

  async down(): Promise<void> {
    // a published version stays published: scores and evaluations name it
  }
}
