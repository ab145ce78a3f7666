import { readFileSync } from 'node:fs';
import { demoDepartments } from '@integrity/demo-data';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from './plan-file.js';
import { parsePlan } from './plan-text.js';
import { resolveUnits } from './responsible-departments.js';

const tasks = parsePlan(readFileSync(PLAN_FILE, 'utf8'));
const nameOf = (id: string) => demoDepartments.find((d) => d.id === id)!.shortName;
const towns = demoDepartments.filter((d) => d.kind === 'TOWN_GOVERNMENT');

describe('the plan’s units resolved against the directory', () => {
  it('二.3’s first task: 县发改局, 县监察委 and 县人社局 lead, every town government co-operates', () => {
    const { units, unresolved } = resolveUnits(
      tasks.find((t) => t.section === '二.3')!,
      demoDepartments,
    );
    expect(units.filter((u) => u.role === 'LEAD').map((u) => nameOf(u.departmentId))).toEqual([
      '县发改局',
      '县监察委',
      '县人社局',
    ]);
    expect(units.filter((u) => u.role === 'COOPERATING')).toHaveLength(towns.length);
    expect(unresolved).toEqual([]);
  });

  it('maps the names the plan used before the 2019 reform to today’s departments', () => {
    const { units, unresolved } = resolveUnits(
      { lead: ['县卫计局', '县国土资源局', '县法制局', '县工商局'], cooperating: [] },
      demoDepartments,
    );
    expect(units.map((u) => [nameOf(u.departmentId), u.namedAs])).toEqual([
      ['县卫健局', '县卫计局'],
      ['县自然资源局', '县国土资源局'],
      ['县司法局', '县法制局'],
      ['县市场监管局', '县工商局'],
    ]);
    expect(unresolved).toEqual([]);
  });

  it('reports a name the directory lacks instead of dropping it', () => {
    const { unresolved } = resolveUnits(
      tasks.find((t) => t.section === '一.4')!,
      demoDepartments,
    );
    expect(unresolved).toEqual(['县网信办', '县政务服务中心']);
  });

  it('expands 县政府各部门 to every county department and keeps a lead named again as lead', () => {
    const { units } = resolveUnits(
      { lead: ['县政府各部门'], cooperating: ['县发改局', '各镇人民政府'] },
      demoDepartments,
    );
    expect(units.filter((u) => u.role === 'LEAD')).toHaveLength(
      demoDepartments.filter((d) => d.kind === 'COUNTY_DEPARTMENT').length,
    );
    expect(units.find((u) => nameOf(u.departmentId) === '县发改局')!.role).toBe('LEAD');
  });
});
