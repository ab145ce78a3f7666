import { describe, expect, it } from 'vitest';
import { repairDecider, requireRepairDecider } from './repair-rules.js';

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
