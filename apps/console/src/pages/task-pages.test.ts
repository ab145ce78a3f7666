import { describe, expect, it } from 'vitest';
import { accessFor } from '../access';
import { taskPagesFor } from './task-pages';

const ids = (
  roles: ('ADMIN' | 'LEADER' | 'SUPERVISOR' | 'OFFICER')[],
  domains: ('CREDIT' | 'PROCUREMENT' | 'INVESTMENT' | 'DEBT' | 'DIRECTORY')[] = [],
) => taskPagesFor(accessFor({ roles, domains })).map((p) => `${p.id}:${p.write}`);

describe('task pages follow their host page', () => {
  it('gives the calendar to administrators only', () => {
    expect(ids(['ADMIN'])).toContain('calendar:true');
    expect(ids(['LEADER']).some((p) => p.startsWith('calendar'))).toBe(false);
    expect(ids(['OFFICER'], ['CREDIT']).some((p) => p.startsWith('calendar'))).toBe(false);
  });

  it('shows breach records to procurement readers, writable for PROCUREMENT officers', () => {
    expect(ids(['LEADER'])).toContain('breaches:false');
    expect(ids(['OFFICER'], ['PROCUREMENT'])).toContain('breaches:true');
    expect(ids(['OFFICER'], ['INVESTMENT']).some((p) => p.startsWith('breaches'))).toBe(false);
  });

  it('shows the NPC/CPPCC outcomes to everyone who sees the case inbox', () => {
    expect(ids(['LEADER'])).toContain('proposals:false');
    expect(ids(['OFFICER'], ['CREDIT'])).toContain('proposals:false');
  });
});
