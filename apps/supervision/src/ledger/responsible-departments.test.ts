import { readFileSync } from 'node:fs';
import { demoDepartments } from '@integrity/demo-data';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from './plan-file.js';
import { parsePlan } from './plan-text.js';
import { resolveUnits, unitsWithoutDepartment } from './responsible-departments.js';

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
    expect(unresolved).toEqual(['县网信办']);
  });

  it('links every unit of the whole plan to a department, but the two bodies the directory lacks', () => {
    const unresolved = new Set(tasks.flatMap((t) => resolveUnits(t, demoDepartments).unresolved));
    expect([...unresolved].sort()).toEqual(['县机关绩效考核协调领导小组办公室', '县网信办'].sort());
    // investment promotion (三.6) is led by the bureau the plan calls 县经信局, today 县工信局
    const investment = resolveUnits(
      tasks.find((t) => t.section === '三.6')!,
      demoDepartments,
    );
    expect(investment.units.filter((u) => u.role === 'LEAD').map((u) => nameOf(u.departmentId))).toEqual(['县工信局']);
    // the 政务服务中心 is run by 县政数局
    const sharing = resolveUnits(
      tasks.find((t) => t.section === '二.4')!,
      demoDepartments,
    );
    expect(sharing.units.map((u) => nameOf(u.departmentId))).toContain('县政数局');
  });

  it('names, as the plan words them, the units no department stands for, in their group', () => {
    const of = (section: string) => {
      const task = tasks.find((t) => t.section === section)!;
      return unitsWithoutDepartment(task.responsible, resolveUnits(task, demoDepartments).unresolved);
    };
    expect(of('一.1')).toEqual({ lead: ['县机关绩效考核协调领导小组办公室'], cooperating: [] });
    expect(of('一.4').lead).toEqual(['县网信办']);
    expect(of('四.1').lead).toEqual(['县有关部门']);
    expect(of('二.3')).toEqual({ lead: [], cooperating: ['其他有关部门'] });
    // in prose: "县发改局要会同有关部门" leads with a department and works with those it names in general
    expect(of('四.4')).toEqual({ lead: [], cooperating: ['有关部门'] });
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
