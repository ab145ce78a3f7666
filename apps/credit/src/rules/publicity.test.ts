import { describe, expect, it } from 'vitest';
import { checkPublicity, effectiveStatus, maskName, repairOpensOn } from './publicity.js';

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { message: string; extensions: { code: string; field: string; reason?: string } };
  }
  throw new Error('accepted');
};

describe('publicity periods', () => {
  it('accepts each severity exactly at its bounds and refuses a day outside, on publicityEnd', () => {
    expect(checkPublicity('DEPARTMENT', 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2026-01-31', true, '2026-04-30')).toBe(
      '2026-04-30',
    ); // +3 months (month end)
    expect(checkPublicity('DEPARTMENT', 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2026-01-31', true, '2027-01-31')).toBe(
      '2027-01-31',
    );
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2026-01-31', true, '2026-04-29'))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'publicityEnd' });
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'ADMINISTRATIVE_PENALTY', 'GENERAL', '2026-01-31', true, '2027-02-01'))
        .extensions.field,
    ).toBe('publicityEnd');
    expect(checkPublicity('DEPARTMENT', 'JUDICIAL_JUDGMENT', 'SERIOUS', '2025-03-10', true, '2026-03-10')).toBe(
      '2026-03-10',
    );
    expect(checkPublicity('DEPARTMENT', 'JUDICIAL_JUDGMENT', 'SERIOUS', '2025-03-10', true, '2028-03-10')).toBe(
      '2028-03-10',
    );
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'JUDICIAL_JUDGMENT', 'SERIOUS', '2025-03-10', true, '2026-03-09'))
        .message,
    ).toMatch(/at least 12 and at most 36 months/);
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'JUDICIAL_JUDGMENT', 'SERIOUS', '2025-03-10', true, '2028-03-11'))
        .extensions.field,
    ).toBe('publicityEnd');
    expect(checkPublicity('DEPARTMENT', 'BROKEN_COMMITMENT', 'MINOR', '2026-05-01', true, '2026-08-01')).toBe(
      '2026-08-01',
    );
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'BROKEN_COMMITMENT', 'MINOR', '2026-05-01', true, '2026-08-02'))
        .extensions.field,
    ).toBe('publicityEnd');
  });

  it('lets only MINOR records stay unpublished', () => {
    expect(checkPublicity('DEPARTMENT', 'BROKEN_COMMITMENT', 'MINOR', '2026-05-01', false, null)).toBe('2026-08-01');
    expect(
      refused(() => checkPublicity('DEPARTMENT', 'BROKEN_COMMITMENT', 'GENERAL', '2026-05-01', false, '2026-09-01'))
        .extensions.field,
    ).toBe('publish');
  });

  it('leaves publishing an individual’s record to the deciding authority, whatever its severity', () => {
    expect(checkPublicity('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', 'SERIOUS', '2026-05-01', false, null)).toBe(
      '2029-05-01',
    );
    expect(checkPublicity('CIVIL_SERVANT', 'DISCIPLINARY_SANCTION', 'GENERAL', '2026-05-01', true, '2026-08-01')).toBe(
      '2026-08-01',
    );
    expect(
      refused(() => checkPublicity('ENTERPRISE', 'ADMINISTRATIVE_PENALTY', 'SERIOUS', '2026-05-01', false, null))
        .extensions.reason,
    ).toBe('MUST_PUBLISH');
  });

  it('shows a record past its period as EXPIRED from the day after its end', () => {
    const r = { status: 'ACTIVE' as const, publicityEnd: '2026-11-24' };
    expect(effectiveStatus(r, '2026-11-24')).toBe('ACTIVE');
    expect(effectiveStatus(r, '2026-11-25')).toBe('EXPIRED');
    expect(effectiveStatus({ ...r, status: 'REPAIRED' }, '2027-01-01')).toBe('REPAIRED');
  });

  it('opens repair on the exact day the minimum period has run', () => {
    expect(repairOpensOn('GENERAL', '2026-01-15')).toBe('2026-04-15');
    expect(repairOpensOn('SERIOUS', '2024-02-29')).toBe('2025-02-28');
    expect(repairOpensOn('MINOR', '2026-01-15')).toBe('2026-01-15');
  });

  it('masks names: 张*明, 张*, 欧***华', () => {
    expect(maskName('张三明')).toBe('张*明');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳建国华')).toBe('欧***华');
  });
});
