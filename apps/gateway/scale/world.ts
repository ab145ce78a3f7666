import { DEMO_COUNTY_CODE, demoDepartments, demoEnterprises, demoRegions } from '@integrity/demo-data';
import { addDays, today, usccCheckCharacter, usccProblem } from '@integrity/subgraph-kit';
import { random } from './random.js';

/**
 * One county's worth of data (scale 1), as issue 16 sizes it; scale 10 is a city, 100 a province.
 * Departments and regions count the demo county's own (which the generator always builds on: it carries
 * the demo users every benchmark logs in as, and every edge case); the row counts are added on top.
 */
export const PER_COUNTY = {
  regions: 22,
  departments: 60,
  enterprises: 400,
  civilServants: 5_000,
  creditRecords: 50_000,
  projects: 2_000,
  agreements: 600,
  commitments: 3_000,
  policies: 12,
  debtInstruments: 300,
  rectifications: 120,
  cases: 2_000,
  judgments: 40,
  hearings: 80,
} as const;

export interface WorldRegion {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';
  parentCode: string | null;
  /** Written by the generator (false: the demo seed's). */
  generated: boolean;
}

export interface WorldDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: 'COUNTY_DEPARTMENT' | 'TOWN_GOVERNMENT' | 'OTHER';
  regionCode: string;
  /** The county the department belongs to (its resident ID numbers start with it). */
  countyCode: string;
  generated: boolean;
}

export interface WorldEnterprise {
  uscc: string;
  name: string;
  regionCode: string;
  legalRepresentative: string;
  generated: boolean;
}

/** What every subgraph's generator must agree on: regions, departments and enterprises, with their ids. */
export interface World {
  seed: string;
  scale: number;
  /** The day dates are laid out around (as the demo does), so "overdue" stays true whenever it is seeded. */
  today: string;
  stamp: string;
  regions: WorldRegion[];
  departments: WorldDepartment[];
  enterprises: WorldEnterprise[];
  /** How many rows of a kind scale N adds. */
  count(kind: keyof typeof PER_COUNTY): number;
  /** A day `days` before today (negative: after). */
  daysAgo(days: number): string;
}

const PLACES = '东西南北中新平安和兴隆昌泰宁丰华永宏福清源溪山河湖海江城乡'.split('');
const BUREAUS = [
  '教育局',
  '公安局',
  '民政局',
  '司法局',
  '财政局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水务局',
  '农业农村局',
  '商务局',
  '文化广电旅游体育局',
  '卫生健康局',
  '退役军人事务局',
  '应急管理局',
  '审计局',
  '市场监督管理局',
  '统计局',
  '医疗保障局',
  '林业局',
  '城市管理和综合执法局',
  '政务服务数据管理局',
  '信访局',
  '科学技术局',
  '工业和信息化局',
  '人力资源和社会保障局',
  '发展和改革局',
  '税务局',
  '供销合作联社',
  '档案馆',
  '气象局',
  '地震局',
  '机关事务管理局',
  '投资促进局',
  '国有资产监督管理局',
  '粮食和物资储备局',
  '乡村振兴局',
  '人民政府办公室',
];
const COMPANY = [
  '科技',
  '建设工程',
  '物业管理',
  '食品',
  '陶瓷',
  '机械制造',
  '电子',
  '环保',
  '信息技术',
  '医药',
  '物流',
  '园林绿化',
];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function buildWorld(scale: number, seed: string): World {
  if (!(scale > 0 && scale <= 1000))
    throw new Error(`--scale must be a number above 0 and at most 1000 (got ${scale})`);
  const rnd = random(seed, 'world');
  const day = today();
  const count = (kind: keyof typeof PER_COUNTY) => Math.round(PER_COUNTY[kind] * scale);
  const regions: WorldRegion[] = demoRegions.map((r) => ({ ...r, generated: false }));
  const departments: WorldDepartment[] = demoDepartments.map((d) => ({
    ...d,
    countyCode: DEMO_COUNTY_CODE,
    generated: false,
  }));

  // Further counties of 1 county + 21 towns each (codes 46xxxx: no real division uses them), while regions are short.
  const counties: { code: string; name: string; towns: WorldRegion[] }[] = [
    { code: DEMO_COUNTY_CODE, name: '饶平县', towns: regions.filter((r) => r.level === 'TOWN') },
  ];
  const local = () => regions.filter((r) => r.level === 'COUNTY' || r.level === 'TOWN').length;
  for (let k = 1; local() < count('regions'); k += 1) {
    const code = `46${pad(k, 4)}`;
    const name = `${rnd.pick(PLACES)}${rnd.pick(PLACES)}县`;
    regions.push({ code, name, level: 'COUNTY', parentCode: '445100', generated: true });
    const towns: WorldRegion[] = [];
    for (let t = 0; t < 21 && local() < count('regions'); t += 1) {
      const town: WorldRegion = {
        code: `${code}${100 + t}`,
        name: `${rnd.pick(PLACES)}${rnd.pick(PLACES)}镇`,
        level: 'TOWN',
        parentCode: code,
        generated: true,
      };
      towns.push(town);
      regions.push(town);
    }
    counties.push({ code, name, towns });
  }

  // Departments until there are 60 per county: town governments first, then county bureaus, county by county.
  const wanted = count('departments');
  for (const county of counties) {
    const isDemo = county.code === DEMO_COUNTY_CODE;
    for (const town of isDemo ? [] : county.towns) {
      if (departments.length >= wanted) break;
      departments.push({
        id: rnd.id('department', `ZF${town.code}`),
        code: `ZF${town.code}`,
        name: `${county.name}${town.name}人民政府`,
        shortName: `${town.name}人民政府`,
        kind: 'TOWN_GOVERNMENT',
        regionCode: town.code,
        countyCode: county.code,
        generated: true,
      });
    }
    const bureaus = isDemo ? 60 - departments.length : 60 - county.towns.length;
    for (let b = 0; b < bureaus && departments.length < wanted; b += 1) {
      const bureau = BUREAUS[b % BUREAUS.length]!;
      departments.push({
        id: rnd.id('department', `S${county.code}${pad(b, 2)}`),
        code: `S${county.code}${pad(b, 2)}`,
        name: `${county.name}${bureau}${b >= BUREAUS.length ? `第${Math.floor(b / BUREAUS.length) + 1}分局` : ''}`,
        shortName: `${county.name.slice(0, 2)}${bureau}`.slice(0, 50),
        kind: 'COUNTY_DEPARTMENT',
        regionCode: county.code,
        countyCode: county.code,
        generated: true,
      });
    }
    if (departments.length >= wanted) break;
  }

  const enterprises: WorldEnterprise[] = demoEnterprises.map((e) => ({ ...e, generated: false }));
  for (let n = 0; n < count('enterprises'); n += 1) {
    const county = counties[n % counties.length]!;
    const first17 = `91${county.code}MC${pad(n, 7)}`;
    const uscc = first17 + usccCheckCharacter(first17);
    if (usccProblem(uscc)) throw new Error(`generated an invalid USCC ${uscc}`);
    enterprises.push({
      uscc,
      name: `${county.name}${rnd.pick(PLACES)}${rnd.pick(PLACES)}${rnd.pick(COMPANY)}有限公司`,
      regionCode: county.code,
      legalRepresentative: `${rnd.pick('陈林黄张李王吴刘蔡杨许郑'.split(''))}${rnd.pick('伟芳强磊军洋勇杰涛明超'.split(''))}`,
      generated: true,
    });
  }

  return {
    seed,
    scale,
    today: day,
    stamp: `${day}T00:00:00.000Z`,
    regions,
    departments,
    enterprises,
    count,
    daysAgo: (days) => addDays(day, -days),
  };
}
