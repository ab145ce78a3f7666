// How a warning's figure and threshold read for each kind: a ratio as a percentage, an amount in yuan, a
// risk level by its label, a date or a count as it is. Pure.
import { displayMoney } from '@integrity/rules';

const RATIO = new Set(['COVERAGE_BELOW_TARGET', 'PPP_CAP_NEAR', 'PPP_CAP_EXCEEDED']);
const LEVEL = new Set(['DEBT_ORANGE', 'DEBT_RED', 'RED_WITHOUT_PLAN', 'EMERGENCY_PLAN_MISSING']);

export function warningFigure(kind: string, value: string, levelLabel: (level: string) => string): string {
  if (RATIO.has(kind)) return `${(Number(value) * 100).toFixed(2)}%`;
  if (kind === 'PAYMENT_OVERDUE') return value === '0' ? '0' : `${displayMoney(value)} 元`;
  if (LEVEL.has(kind)) return levelLabel(value);
  return value;
}
