// Turns the names in the plan's parentheses into directory departments. The plan predates the 2019 county
// institutional reform (机构改革), so some units now carry other names; collectives stand for every county
// department or every town government. A name that matches nothing is returned, never dropped.
import { COLLECTIVES, PROSE_RELEVANT, responsibleUnits, type PlanTask } from './plan-text.js';

export interface DirectoryDepartment {
  id: string;
  name: string;
  shortName: string;
  kind: 'COUNTY_DEPARTMENT' | 'TOWN_GOVERNMENT' | 'OTHER';
}

/** Units the plan names by their pre-2019 names, with the department that took over their duties. */
export const RENAMED_UNITS: Record<string, string> = {
  县法制局: '县司法局', // 法制局 merged into 司法局
  县卫计局: '县卫健局', // 卫生和计划生育局 → 卫生健康局
  县国土资源局: '县自然资源局',
  县工商局: '县市场监管局', // 工商、质监、食药监 → 市场监督管理局
  县经信局: '县工信局', // 经济和信息化局 → 工业和信息化局
  县政务服务中心: '县政数局', // the centre is run by 政务服务数据管理局
};

/** Collectives that name no particular unit: recorded in the task's text, resolved to nobody. */
const UNSPECIFIED: string[] = [COLLECTIVES.OTHER_RELEVANT, COLLECTIVES.RELEVANT_COUNTY, PROSE_RELEVANT];

export interface TaskUnit {
  departmentId: string;
  role: 'LEAD' | 'COOPERATING';
  namedAs: string;
}

export function resolveUnits(
  task: Pick<PlanTask, 'lead' | 'cooperating'>,
  departments: DirectoryDepartment[],
): { units: TaskUnit[]; unresolved: string[] } {
  const byName = new Map<string, DirectoryDepartment>();
  for (const d of departments) {
    byName.set(d.shortName, d);
    byName.set(d.name, d);
  }
  const units = new Map<string, TaskUnit>();
  const unresolved: string[] = [];
  const add = (d: DirectoryDepartment, role: TaskUnit['role'], namedAs: string) => {
    if (units.get(d.id)?.role === 'LEAD') return; // a lead that is also named among co-operators stays lead
    units.set(d.id, { departmentId: d.id, role, namedAs });
  };
  const place = (name: string, role: TaskUnit['role']) => {
    if (UNSPECIFIED.includes(name)) return;
    if (name === COLLECTIVES.ALL_COUNTY_DEPARTMENTS)
      return departments.filter((d) => d.kind === 'COUNTY_DEPARTMENT').forEach((d) => add(d, role, name));
    if (name === COLLECTIVES.ALL_TOWNS)
      return departments.filter((d) => d.kind === 'TOWN_GOVERNMENT').forEach((d) => add(d, role, name));
    const found = byName.get(name) ?? byName.get(RENAMED_UNITS[name] ?? '');
    if (found) add(found, role, name);
    else unresolved.push(name);
  };
  task.lead.forEach((n) => place(n, 'LEAD'));
  task.cooperating.forEach((n) => place(n, 'COOPERATING'));
  return { units: [...units.values()], unresolved };
}

/**
 * The names of a task's lead and co-operating groups that no directory department stands for, as the plan words
 * them: a unit the directory lacks (县网信办) or a collective naming nobody (县有关部门). Read from the plan's
 * parenthesis, so the ledger shows who the plan means where no department can be linked.
 */
export function unitsWithoutDepartment(
  responsible: string,
  unresolved: readonly string[],
): { lead: string[]; cooperating: string[] } {
  const groups = responsibleUnits(responsible);
  const named = (n: string) => unresolved.includes(n) || UNSPECIFIED.includes(n);
  return { lead: groups.lead.filter(named), cooperating: groups.cooperating.filter(named) };
}
