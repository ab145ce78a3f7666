import { methodFitsCategory } from '@integrity/rules';
import type { DemoDepartment } from './departments.js';

/** What the demo county buys, so that a project's title and its category (货物、工程、服务) agree. */
export interface DemoProcurementSubject {
  /** The title's subject: `${buyer}${name}采购项目`. */
  name: string;
  category: 'GOODS' | 'WORKS' | 'SERVICES';
  /** Department codes that buy it, TOWN for every town government; every buyer when absent. */
  buyers?: string[];
}

export const demoProcurementSubjects: DemoProcurementSubject[] = [
  { name: '办公设备', category: 'GOODS' },
  { name: '政务云服务', category: 'SERVICES' },
  { name: '物业管理服务', category: 'SERVICES' },
  { name: '档案数字化服务', category: 'SERVICES' },
  { name: '信息系统运维服务', category: 'SERVICES' },
  { name: '医疗设备', category: 'GOODS', buyers: ['WJJ'] },
  { name: '教学设备', category: 'GOODS', buyers: ['JYJ'] },
  { name: '执法记录仪', category: 'GOODS', buyers: ['GAJ', 'SCJ', 'ZRJ', 'STJ', 'YJJ', 'SFJ'] },
  { name: '审计咨询服务', category: 'SERVICES', buyers: ['SJJ', 'CZJ'] },
  { name: '校舍维修工程', category: 'WORKS', buyers: ['JYJ'] },
  { name: '道路养护工程', category: 'WORKS', buyers: ['JTJ', 'TOWN'] },
  { name: '农田水利工程', category: 'WORKS', buyers: ['SLJ', 'NYJ', 'TOWN'] },
  { name: '绿化工程', category: 'WORKS', buyers: ['ZJJ', 'TOWN'] },
];

/** The subjects a department buys: everyone's, and those of its own field. */
export const demoSubjectsOf = (d: Pick<DemoDepartment, 'code' | 'kind'>): DemoProcurementSubject[] =>
  demoProcurementSubjects.filter(
    (s) => !s.buyers || s.buyers.includes(d.code) || (d.kind === 'TOWN_GOVERNMENT' && s.buyers.includes('TOWN')),
  );

/** The subjects of one category, whoever buys them (the scale generator's departments are made up). */
export const demoSubjectsIn = (category: DemoProcurementSubject['category']): DemoProcurementSubject[] =>
  demoProcurementSubjects.filter((s) => s.category === category);

/** A method drawn for a demo purchase, as the law lets its category use it: works and services drawn to 询价 are
 * bought by 竞争性磋商 instead (the demo county and the scale generator alike). */
export const demoMethodFor = (drawn: string, category: string): string =>
  methodFitsCategory(drawn, category) ? drawn : 'COMPETITIVE_CONSULTATION';
