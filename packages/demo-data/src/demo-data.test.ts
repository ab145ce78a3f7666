import { governmentUsccProblem } from '@integrity/rules';
import { describe, expect, it } from 'vitest';
import {
  demoDepartments,
  demoEnterprises,
  demoPostsOf,
  demoProcurementSubjects,
  demoSubjectsOf,
  leaderTitles,
  demoRegions,
  demoTowns,
  demoUsers,
  stableId,
  usccCheckCharacter,
} from './index.js';

describe('demo data', () => {
  it('has the county, its 21 towns and a government for each', () => {
    expect(demoTowns).toHaveLength(21);
    expect(new Set(demoRegions.map((r) => r.code)).size).toBe(demoRegions.length);
    expect(demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT')).toHaveLength(21);
  });

  it('gives every enterprise a valid, unique code', () => {
    for (const e of demoEnterprises) expect(e.uscc[17]).toBe(usccCheckCharacter(e.uscc.slice(0, 17)));
    expect(new Set(demoEnterprises.map((e) => e.uscc)).size).toBe(demoEnterprises.length);
    // every enterprise has a size class; a county's are mostly SMEs, with a few large ones
    expect(demoEnterprises.every((e) => ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'].includes(e.size))).toBe(true);
    expect(demoEnterprises.filter((e) => e.size === 'LARGE').length).toBe(2);
  });

  it('gives every department a valid, unique government body code (11…)', () => {
    for (const d of demoDepartments) expect(governmentUsccProblem(d.uscc), d.code).toBeNull();
    expect(new Set(demoDepartments.map((d) => d.uscc)).size).toBe(demoDepartments.length);
  });

  it('has procurement subjects bought by departments that exist, towns buying works of their own', () => {
    const codes = new Set(demoDepartments.map((d) => d.code));
    for (const s of demoProcurementSubjects)
      for (const b of s.buyers ?? []) expect(b === 'TOWN' || codes.has(b), b).toBe(true);
    const town = demoDepartments.find((d) => d.kind === 'TOWN_GOVERNMENT')!;
    expect(demoSubjectsOf(town).map((s) => s.name)).toContain('道路养护工程');
    expect(demoSubjectsOf(demoDepartments.find((d) => d.code === 'CZJ')!).map((s) => s.name)).not.toContain('医疗设备');
  });

  it('calls a body’s leaders and posts as that body does, with the ranks in use since 2019', () => {
    const byCode = (code: string) => demoDepartments.find((d) => d.code === code)!;
    const town = demoDepartments.find((d) => d.kind === 'TOWN_GOVERNMENT')!;
    expect(leaderTitles(town)).toEqual({ head: '镇长', deputy: '副镇长' });
    expect(leaderTitles(byCode('FY')).deputy).toBe('副院长');
    expect(leaderTitles(byCode('CZJ'))).toEqual({ head: '局长', deputy: '副局长' });
    for (const d of demoDepartments) {
      const posts = demoPostsOf(d);
      expect(posts).toHaveLength(8);
      expect(posts).toContain(leaderTitles(d).deputy);
      // abolished by 公务员职务与职级并行规定: no 办事员, 科员 or 副主任科员 any more
      expect(
        posts.filter((p) => ['办事员', '科员', '副主任科员', '主任科员'].includes(p)),
        d.code,
      ).toEqual([]);
    }
    expect(demoPostsOf(town)).not.toContain('副局长');
  });

  it('has unique department codes, stable ids and every contract demo user', () => {
    expect(new Set(demoDepartments.map((d) => d.code)).size).toBe(demoDepartments.length);
    expect(stableId('department', 'RSJ')).toBe(stableId('department', 'RSJ'));
    expect(stableId('department', 'RSJ')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(demoUsers.map((u) => u.username)).toEqual([
      'admin',
      'leader',
      'supervisor',
      'rsj',
      'fgj',
      'czj',
      'jxj',
      'hgz',
      'xfj',
    ]);
  });
});
