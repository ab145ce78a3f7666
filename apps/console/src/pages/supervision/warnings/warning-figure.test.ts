import { describe, expect, it } from 'vitest';
import { translator } from '../../../i18n';
import { warningFigures } from './warning-figure';

const t = translator('zh-CN');
const read = { t, level: (v: string) => ({ RED: '红色', ORANGE: '橙色' })[v] ?? v, today: '2026-12-06' };

describe('how a warning reads', () => {
  it('shows a missed deadline as the days past it, beside the deadline', () => {
    const w = { kind: 'OBJECTION_OVERDUE', figure: '2026-11-18', threshold: '2026-11-18' };
    expect(warningFigures(w, read)).toEqual({ figure: '逾期 18 天', threshold: '期限 2026-11-18' });
    // overdue from the day after the deadline: one day then
    expect(warningFigures({ ...w, figure: '2026-12-05', threshold: '2026-12-05' }, read).figure).toBe('逾期 1 天');
    // across a month's end and a year's
    const on = (today: string) => ({ ...read, today });
    expect(warningFigures({ ...w, threshold: '2026-02-28' }, on('2026-03-01')).figure).toBe('逾期 1 天');
    expect(warningFigures({ ...w, threshold: '2026-12-31' }, on('2027-01-01')).figure).toBe('逾期 1 天');
  });
  it('counts a resolved warning up to the day it was resolved', () => {
    const w = {
      kind: 'RECTIFICATION_OVERDUE',
      figure: '2026-12-01',
      threshold: '2026-12-01',
      resolvedOn: '2026-12-04',
    };
    expect(warningFigures(w, read).figure).toBe('逾期 3 天');
  });
  it('reads ratios, amounts, levels, counts with their units and a missing calendar as an officer does', () => {
    expect(warningFigures({ kind: 'COVERAGE_BELOW_TARGET', figure: '0.9524', threshold: '1' }, read)).toEqual({
      figure: '95.24%',
      threshold: '100.00%',
    });
    expect(warningFigures({ kind: 'COURT_APPEARANCE_LOW', figure: '0.5000', threshold: '1' }, read)).toEqual({
      figure: '50.00%',
      threshold: '100.00%',
    });
    expect(warningFigures({ kind: 'PAYMENT_OVERDUE', figure: '93500.00', threshold: '0' }, read)).toEqual({
      figure: '93,500.00 元',
      threshold: '0',
    });
    expect(warningFigures({ kind: 'DEBT_RED', figure: 'RED', threshold: 'RED' }, read).figure).toBe('红色');
    expect(warningFigures({ kind: 'CASE_OVERDUE', figure: '5', threshold: '0' }, read)).toEqual({
      figure: '5 件',
      threshold: '0 件',
    });
    expect(warningFigures({ kind: 'TASK_REPORT_OVERDUE', figure: '19', threshold: '0' }, read).figure).toBe(
      '19 项任务',
    );
    expect(warningFigures({ kind: 'CALENDAR_MISSING', figure: '0', threshold: '1' }, read)).toEqual({
      figure: '未载入',
      threshold: '应载入',
    });
    // the sender by its domain's name, as the page gives it
    const named = { ...read, domain: (s: string) => (s === 'procurement' ? '采购' : s) };
    expect(
      warningFigures({ kind: 'DELIVERY_STUCK', figure: '25', threshold: '10', source: 'procurement' }, named),
    ).toEqual({ figure: '采购积压 25 分钟', threshold: '10 分钟' });
  });
});
