import { stableId } from './ids.js';
import { demoDepartmentByCode } from './departments.js';

export interface DemoUser {
  id: string;
  username: string;
  displayName: string;
  roles: ('ADMIN' | 'LEADER' | 'SUPERVISOR' | 'OFFICER')[];
  domains: ('DIRECTORY' | 'CREDIT' | 'PROCUREMENT' | 'INVESTMENT' | 'DEBT' | 'SUPERVISION' | 'CASEWORK')[];
  departmentCode: string;
}

const user = (
  username: string,
  displayName: string,
  roles: DemoUser['roles'],
  departmentCode: string,
  domains: DemoUser['domains'] = [],
): DemoUser => ({
  id: stableId('user', username),
  username,
  displayName,
  roles,
  domains,
  departmentCode,
});

/** The contract's demo users (docs/CONTRACT.md, "Demo users"). */
export const demoUsers: DemoUser[] = [
  user('admin', '系统管理员', ['ADMIN'], 'ZSJ'),
  user('leader', '县领导', ['LEADER'], 'ZFB'),
  user('supervisor', '县监察委监督员', ['SUPERVISOR'], 'JCW'),
  user('rsj', '县人社局经办人', ['OFFICER'], 'RSJ', ['CREDIT']),
  user('fgj', '县发改局经办人', ['OFFICER'], 'FGJ', ['CREDIT', 'PROCUREMENT', 'SUPERVISION']),
  user('czj', '县财政局经办人', ['OFFICER'], 'CZJ', ['PROCUREMENT', 'DEBT']),
  user('jxj', '县工信局经办人', ['OFFICER'], 'JXJ', ['INVESTMENT']),
  user('hgz', '黄冈镇经办人', ['OFFICER'], 'ZF445122100', ['INVESTMENT']),
  user('xfj', '县信访局经办人', ['OFFICER'], 'XFJ', ['CASEWORK']),
];

export const demoUserDepartmentId = (u: DemoUser): string => demoDepartmentByCode(u.departmentCode).id;
