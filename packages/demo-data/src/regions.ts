/** Regions of the demo county, keyed by division code. Town codes follow the statistical division scheme. */
export interface DemoRegion {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';
  parentCode: string | null;
}

export const DEMO_COUNTY_CODE = '445122';

const TOWNS = [
  '黄冈镇',
  '饶洋镇',
  '新丰镇',
  '建饶镇',
  '三饶镇',
  '新塘镇',
  '汤溪镇',
  '浮滨镇',
  '浮山镇',
  '东山镇',
  '上饶镇',
  '樟溪镇',
  '钱东镇',
  '高堂镇',
  '联饶镇',
  '所城镇',
  '大埕镇',
  '柘林镇',
  '汫洲镇',
  '海山镇',
  '新圩镇',
];

export const demoRegions: DemoRegion[] = [
  { code: '440000', name: '广东省', level: 'PROVINCE', parentCode: null },
  { code: '445100', name: '潮州市', level: 'CITY', parentCode: '440000' },
  { code: DEMO_COUNTY_CODE, name: '饶平县', level: 'COUNTY', parentCode: '445100' },
  ...TOWNS.map((name, i) => ({
    code: `${DEMO_COUNTY_CODE}${String(100 + i)}`,
    name,
    level: 'TOWN' as const,
    parentCode: DEMO_COUNTY_CODE,
  })),
];

export const demoTowns = demoRegions.filter((r) => r.level === 'TOWN');
