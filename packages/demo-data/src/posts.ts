import type { DemoDepartment } from './departments.js';

/** Bodies whose leaders are not 局长 and 副局长 (a town's are 镇长 and 副镇长, by kind). */
const LEADERS_BY_CODE: Record<string, [string, string]> = {
  RMYH: ['行长', '副行长'],
  ZZB: ['部长', '副部长'],
  XCB: ['部长', '副部长'],
  JCW: ['主任', '副主任'],
  ZFB: ['主任', '副主任'],
  FY: ['院长', '副院长'],
  JCY: ['检察长', '副检察长'],
};

/** What a body's head and deputy are called: 局长 of a bureau, 镇长 of a town, 院长 of the court… */
export function leaderTitles(d: Pick<DemoDepartment, 'code' | 'kind'>): { head: string; deputy: string } {
  const [head, deputy] =
    d.kind === 'TOWN_GOVERNMENT' ? ['镇长', '副镇长'] : (LEADERS_BY_CODE[d.code] ?? ['局长', '副局长']);
  return { head, deputy };
}

/**
 * The posts of a body's demo civil servants: the ranks of the general-management track as 公务员职务与职级并行规定
 * (2019) names them (the old 科员/办事员/副主任科员 titles are gone), a section head (股长; 办公室主任 in a town) and
 * the body's deputy head. Always eight, so a seed's random draws pick the same places whatever the body.
 */
export const demoPostsOf = (d: Pick<DemoDepartment, 'code' | 'kind'>): string[] => [
  '一级科员',
  '二级科员',
  '二级主任科员',
  d.kind === 'TOWN_GOVERNMENT' ? '办公室主任' : '股长',
  leaderTitles(d).deputy,
  '四级主任科员',
  '三级主任科员',
  '一级主任科员',
];
