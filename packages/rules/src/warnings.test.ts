import { describe, expect, it } from 'vitest';
import type { Caller } from './roles.js';
import { warningAcknowledgeRefusal } from './warnings.js';

const user = (over: Partial<Caller>): Caller => ({
  kind: 'user',
  id: 'u',
  username: 'u',
  roles: ['OFFICER'],
  domains: ['CREDIT'],
  departmentId: 'd1',
  regionCode: null,
  countyWide: [],
  ...over,
});
const own = { kind: 'PAYMENT_OVERDUE', departmentId: 'd1' };
const other = { kind: 'PAYMENT_OVERDUE', departmentId: 'd2' };
const delivery = { kind: 'DELIVERY_STUCK', departmentId: null };
const calendar = { kind: 'CALENDAR_MISSING', departmentId: null };
const ppp = { kind: 'PPP_CAP_NEAR', departmentId: null };

describe('warningAcknowledgeRefusal', () => {
  it('lets an officer acknowledge their own department’s warnings only', () => {
    expect(warningAcknowledgeRefusal(user({}), own)).toBeNull();
    expect(warningAcknowledgeRefusal(user({}), other)).toBe('OWN_DEPARTMENT_ONLY');
    expect(warningAcknowledgeRefusal(user({}), ppp)).toBe('OWN_DEPARTMENT_ONLY');
    expect(warningAcknowledgeRefusal(user({ departmentId: null }), ppp)).toBe('OWN_DEPARTMENT_ONLY');
  });

  it('lets supervisors and county-wide SUPERVISION officers acknowledge every warning', () => {
    const countyWide = user({ domains: ['SUPERVISION'], countyWide: ['SUPERVISION'] });
    for (const caller of [user({ roles: ['SUPERVISOR'] }), countyWide])
      for (const w of [own, other, delivery, calendar, ppp]) expect(warningAcknowledgeRefusal(caller, w)).toBeNull();
  });

  it('gives an officer with SUPERVISION for their own department only that department’s warnings', () => {
    const local = user({ domains: ['SUPERVISION'] });
    expect(warningAcknowledgeRefusal(local, own)).toBeNull();
    expect(warningAcknowledgeRefusal(local, other)).toBe('OWN_DEPARTMENT_ONLY');
  });

  it('lets administrators acknowledge the kinds they mend and nothing else', () => {
    const admin = user({ roles: ['ADMIN'], domains: [], departmentId: 'd1' });
    expect(warningAcknowledgeRefusal(admin, delivery)).toBeNull();
    expect(warningAcknowledgeRefusal(admin, calendar)).toBeNull();
    expect(warningAcknowledgeRefusal(admin, ppp)).toBe('NOT_PERMITTED');
    expect(warningAcknowledgeRefusal(admin, own)).toBe('NOT_PERMITTED');
  });

  it('gives leaders, services and nobody none', () => {
    expect(warningAcknowledgeRefusal(user({ roles: ['LEADER'] }), own)).toBe('NOT_PERMITTED');
    expect(warningAcknowledgeRefusal(user({ roles: ['LEADER'] }), delivery)).toBe('NOT_PERMITTED');
    expect(warningAcknowledgeRefusal(user({ kind: 'service', roles: [] }), delivery)).toBe('NOT_PERMITTED');
    expect(warningAcknowledgeRefusal(null, own)).toBe('NOT_PERMITTED');
  });
});
