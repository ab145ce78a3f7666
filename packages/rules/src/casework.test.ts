import { describe, expect, it } from 'vitest';
import { maskContact, seesEveryCase, worksCaseOf } from './casework.js';
import type { Caller } from './roles.js';

const officer = (domains: Caller['domains'], countyWide: Caller['countyWide'], departmentId = 'd1'): Caller => ({
  kind: 'user',
  id: 'u',
  username: 'u',
  roles: ['OFFICER'],
  domains,
  departmentId,
  regionCode: null,
  countyWide,
});

describe('casework access', () => {
  it('lets county-wide CASEWORK officers, supervisors and leaders see every case, no one else', () => {
    expect(seesEveryCase(officer(['CASEWORK'], ['CASEWORK']))).toBe(true);
    expect(seesEveryCase(officer(['CASEWORK'], []))).toBe(false);
    // SUPERVISION for the whole county sees every case; for its own department only, its own cases
    expect(seesEveryCase(officer(['SUPERVISION'], ['SUPERVISION']))).toBe(true);
    expect(seesEveryCase(officer(['SUPERVISION'], []))).toBe(false);
    expect(seesEveryCase({ ...officer([], []), roles: ['LEADER'] })).toBe(true);
    expect(seesEveryCase(null)).toBe(false);
  });

  it('lets a department’s CASEWORK officers work its own cases, county-wide ones any', () => {
    expect(worksCaseOf(officer(['CASEWORK'], []), 'd1')).toBe(true);
    expect(worksCaseOf(officer(['CASEWORK'], []), 'd2')).toBe(false);
    expect(worksCaseOf(officer(['CASEWORK'], []), null)).toBe(false);
    expect(worksCaseOf(officer(['CASEWORK'], ['CASEWORK']), null)).toBe(true);
    expect(worksCaseOf(officer(['CREDIT'], []), 'd1')).toBe(false);
  });
});

describe('contact masking', () => {
  it('keeps a phone number’s first three and last four digits, a name’s first character', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('0768-1234567')).toBe('076****4567');
    expect(maskContact('张三丰')).toBe('张**');
    expect(maskContact('zhang@example.cn')).toBe('z********');
    expect(maskContact('王')).toBe('*');
  });
});
