import { describe, expect, it } from 'vitest';
import {
  REPAIR_RULES,
  repairAcceptedOn,
  repairDecider,
  repairDecisionDeadlineOf,
  repairOverdue,
  requireRepairDecider,
} from './repair-rules.js';

const officer = (departmentId: string, countyWide: boolean) => ({
  kind: 'user' as const,
  id: departmentId,
  username: departmentId,
  roles: ['OFFICER' as const],
  domains: ['CREDIT' as const],
  departmentId,
  regionCode: null,
  countyWide: countyWide ? ['CREDIT' as const] : [],
});

describe('who decides a repair', () => {
  it('is the recording authority by default (谁认定谁修复), even over the county credit office', () => {
    expect(() => requireRepairDecider(officer('rsj', false), { recordedByDepartmentId: 'rsj' })).not.toThrow();
    expect(() => requireRepairDecider(officer('fgj', true), { recordedByDepartmentId: 'rsj' })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN', reason: 'RECORDER_ONLY' }) }),
    );
  });

  it('falls to the county credit office when the recorder is unknown, or when the county so configures', () => {
    expect(() => requireRepairDecider(officer('fgj', true), { recordedByDepartmentId: null })).not.toThrow();
    expect(() => requireRepairDecider(officer('rsj', false), { recordedByDepartmentId: null })).toThrow();
    expect(repairDecider({ REPAIR_DECIDER: 'CREDIT_OFFICE' })).toBe('CREDIT_OFFICE');
    expect(repairDecider({})).toBe('RECORDER');
    expect(() =>
      requireRepairDecider(officer('fgj', true), { recordedByDepartmentId: 'rsj' }, 'CREDIT_OFFICE'),
    ).not.toThrow();
  });
});

describe('the repair decision clock (自受理之日起 5 working days)', () => {
  // a National Day week with an exchanged working Saturday, as the county's calendar keeps them
  const calendar = {
    holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
    workdays: new Set(['2026-10-10']),
  };

  it('runs from acceptance, which the county gives on the day of filing, and says so in its source', () => {
    expect(repairAcceptedOn('2026-09-29')).toBe('2026-09-29');
    expect(REPAIR_RULES.source).toContain('自受理之日起5个工作日');
    expect(REPAIR_RULES.source).toContain('提交当日受理');
  });

  it('is due on the 5th working day after acceptance, overdue only from the day after', () => {
    // accepted Tue 29 Sep: 30 Sep, 8 Oct, 9 Oct, Sat 10 Oct (exchanged), Mon 12 Oct
    const due = repairDecisionDeadlineOf(repairAcceptedOn('2026-09-29'), calendar);
    expect(due).toBe('2026-10-12');
    expect(repairOverdue('PENDING', due, '2026-10-12')).toBe(false);
    expect(repairOverdue('PENDING', due, '2026-10-13')).toBe(true);
    expect(repairOverdue('APPROVED', due, '2026-10-13')).toBe(false);
  });
});
