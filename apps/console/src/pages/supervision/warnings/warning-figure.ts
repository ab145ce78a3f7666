// How a warning's figure and threshold read for each kind: a ratio as a percentage, an amount in yuan, a
// risk level by its label, a missed deadline as the days past it beside the deadline, a missing calendar as
// not loaded, a count with its unit. Pure.
import { daysBetween, displayMoney } from '@integrity/rules';
import type { Translate } from '../../../i18n';
import type { MessageKey } from '../../../messages';

const RATIO = new Set(['COVERAGE_BELOW_TARGET', 'COURT_APPEARANCE_LOW', 'PPP_CAP_NEAR', 'PPP_CAP_EXCEEDED']);
const LEVEL = new Set(['DEBT_ORANGE', 'DEBT_RED', 'RED_WITHOUT_PLAN', 'EMERGENCY_PLAN_MISSING']);
/** Kinds whose figure is a count, with the unit it counts in. */
const COUNTED: Record<string, MessageKey> = {
  COMMITMENT_OVERDUE: 'warn.countItems',
  COMMITMENT_BREACHED: 'warn.countItems',
  CASE_OVERDUE: 'warn.countCases',
  JUDGMENT_UNFULFILLED: 'warn.countCases',
  TASK_REPORT_OVERDUE: 'warn.countTasks',
  DEFAULT_WITHOUT_INCIDENT: 'warn.countDefaults',
};
/** Kinds whose figure and threshold are both the deadline missed (an objection, a repair, a rectification). */
const DEADLINE = new Set(['OBJECTION_OVERDUE', 'REPAIR_OVERDUE', 'RECTIFICATION_OVERDUE']);

export interface WarningFigures {
  kind: string;
  figure: string;
  threshold: string;
  resolvedOn?: string | null;
  /** The subgraph that owns the figure (for DELIVERY_STUCK, the sender). */
  source?: string;
}

function read(kind: string, value: string, level: (level: string) => string): string {
  if (RATIO.has(kind)) return `${(Number(value) * 100).toFixed(2)}%`;
  if (kind === 'PAYMENT_OVERDUE') return value === '0' ? '0' : `${displayMoney(value)} 元`;
  if (LEVEL.has(kind)) return level(value);
  return value;
}

/**
 * The figure and the threshold of a warning as an officer reads them. A missed deadline counts its days past
 * the deadline up to `today`, or up to the day it was resolved.
 */
export function warningFigures(
  w: WarningFigures,
  {
    t,
    level,
    domain = (d) => d,
    today,
  }: { t: Translate; level: (level: string) => string; domain?: (subgraph: string) => string; today: string },
): { figure: string; threshold: string } {
  if (DEADLINE.has(w.kind))
    return {
      figure: t('warn.daysPast', { days: Math.max(0, daysBetween(w.threshold, w.resolvedOn ?? today)) }),
      threshold: t('warn.deadline', { date: w.threshold }),
    };
  if (w.kind === 'CALENDAR_MISSING') return { figure: t('warn.notLoaded'), threshold: t('warn.mustLoad') };
  if (w.kind === 'DELIVERY_STUCK')
    return {
      figure: t('warn.deliveryWaited', { sender: domain(w.source ?? ''), minutes: w.figure }),
      threshold: t('warn.minutes', { minutes: w.threshold }),
    };
  const unit = COUNTED[w.kind];
  if (unit) return { figure: t(unit, { count: w.figure }), threshold: t(unit, { count: w.threshold }) };
  return { figure: read(w.kind, w.figure, level), threshold: read(w.kind, w.threshold, level) };
}
