import { describe, expect, it } from 'vitest';
import { canRead, canWrite } from './access.js';
import type { Caller } from './roles.js';

const base: Caller = {
  kind: 'user',
  id: 'u',
  username: 'u',
  roles: [],
  domains: [],
  departmentId: 'own',
  regionCode: null,
  countyWide: [],
};
const as = (over: Partial<Caller>): Caller => ({ ...base, ...over });

describe('access rules', () => {
  it('lets leaders, supervisors and admins read every domain, and nobody anonymous', () => {
    for (const role of ['LEADER', 'SUPERVISOR', 'ADMIN'] as const)
      expect(canRead(as({ roles: [role] }), 'DEBT')).toBe(true);
    expect(canRead(null, 'CREDIT')).toBe(false);
    expect(canRead(as({ roles: ['OFFICER'], domains: ['CREDIT'] }), 'DEBT')).toBe(false);
  });

  it('never lets leaders or supervisors write domain data', () => {
    expect(canWrite(as({ roles: ['LEADER'] }), 'CREDIT', 'own')).toBe(false);
    expect(canWrite(as({ roles: ['SUPERVISOR'] }), 'CREDIT', 'own')).toBe(false);
  });

  it('lets an officer write their own department only, unless county-wide in that domain', () => {
    const officer = as({ roles: ['OFFICER'], domains: ['CREDIT', 'PROCUREMENT'], countyWide: ['CREDIT'] });
    expect(canWrite(officer, 'PROCUREMENT', 'own')).toBe(true);
    expect(canWrite(officer, 'PROCUREMENT', 'other')).toBe(false);
    expect(canWrite(officer, 'CREDIT', 'other')).toBe(true);
    expect(canWrite(officer, 'DEBT', 'own')).toBe(false);
  });

  it('keeps DIRECTORY writes for administrators and refuses services', () => {
    expect(canWrite(as({ roles: ['ADMIN'] }), 'DIRECTORY')).toBe(true);
    expect(canWrite(as({ roles: ['OFFICER'], domains: ['DIRECTORY'] }), 'DIRECTORY')).toBe(false);
    expect(canWrite(as({ kind: 'service', roles: ['ADMIN'] }), 'DIRECTORY')).toBe(false);
  });
});
