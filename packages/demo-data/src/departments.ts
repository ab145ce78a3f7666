import { stableId } from './ids.js';
import { DEMO_COUNTY_CODE, demoTowns } from './regions.js';
import { demoGovernmentUscc } from './uscc.js';

type Domain = 'CREDIT' | 'PROCUREMENT' | 'INVESTMENT' | 'DEBT' | 'SUPERVISION' | 'CASEWORK';

export interface DemoDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: 'COUNTY_DEPARTMENT' | 'TOWN_GOVERNMENT' | 'OTHER';
  regionCode: string;
  /** Domains in which this department acts for the whole county (the plan's lead departments). */
  countyWideDomains: Domain[];
  /** Its unified social credit code (a government body's: 11…), invented for the demo. */
  uscc: string;
}

const county = (code: string, name: string, shortName: string, countyWideDomains: Domain[] = []): DemoDepartment => ({
  id: stableId('department', code),
  code,
  name,
  shortName,
  kind: 'COUNTY_DEPARTMENT',
  regionCode: DEMO_COUNTY_CODE,
  countyWideDomains,
  uscc: demoGovernmentUscc(code, DEMO_COUNTY_CODE),
});

/** The departments 饶府〔2018〕35号 names as lead or responsible units, plus every town government. */
export const demoDepartments: DemoDepartment[] = [
  county('FGJ', '饶平县发展和改革局', '县发改局', ['CREDIT', 'PROCUREMENT', 'SUPERVISION']),
  county('RSJ', '饶平县人力资源和社会保障局', '县人社局', ['CREDIT']),
  county('CZJ', '饶平县财政局', '县财政局', ['PROCUREMENT', 'DEBT']),
  county('JXJ', '饶平县工业和信息化局', '县工信局', ['INVESTMENT']),
  county('JCW', '饶平县监察委员会', '县监察委'),
  county('ZFB', '饶平县人民政府办公室', '县府办'),
  county('ZZB', '中共饶平县委组织部', '县委组织部'),
  county('XCB', '中共饶平县委宣传部', '县委宣传部'),
  county('FY', '饶平县人民法院', '县法院'),
  county('JCY', '饶平县人民检察院', '县检察院'),
  county('GAJ', '饶平县公安局', '县公安局'),
  county('SFJ', '饶平县司法局', '县司法局'),
  county('SJJ', '饶平县审计局', '县审计局'),
  county('TJJ', '饶平县统计局', '县统计局'),
  county('SCJ', '饶平县市场监督管理局', '县市场监管局'),
  county('ZJJ', '饶平县住房和城乡建设局', '县住建局'),
  county('ZRJ', '饶平县自然资源局', '县自然资源局'),
  county('JTJ', '饶平县交通运输局', '县交通运输局'),
  county('JYJ', '饶平县教育局', '县教育局'),
  county('WJJ', '饶平县卫生健康局', '县卫健局'),
  county('SWJ', '国家税务总局饶平县税务局', '县税务局'),
  // runs the county's 政务服务中心 and its 12345 hotline: county-wide in casework beside 县信访局
  county('ZSJ', '饶平县政务服务数据管理局', '县政数局', ['CASEWORK']),
  county('SWU', '饶平县商务局', '县商务局'),
  county('NYJ', '饶平县农业农村局', '县农业农村局'),
  county('STJ', '潮州市生态环境局饶平分局', '县生态环境分局'),
  county('SLJ', '饶平县水务局', '县水务局'),
  county('MZJ', '饶平县民政局', '县民政局'),
  county('WGJ', '饶平县文化广电旅游体育局', '县文广旅体局'),
  county('YJJ', '饶平县应急管理局', '县应急管理局'),
  county('XFJ', '饶平县信访局', '县信访局', ['CASEWORK']),
  county('JRJ', '饶平县金融工作局', '县金融局'),
  {
    ...county('RMYH', '中国人民银行饶平县支行', '人民银行饶平支行'),
    kind: 'OTHER',
  },
  ...demoTowns.map((town) => ({
    id: stableId('department', `ZF${town.code}`),
    code: `ZF${town.code}`,
    name: `饶平县${town.name}人民政府`,
    shortName: `${town.name}人民政府`,
    kind: 'TOWN_GOVERNMENT' as const,
    regionCode: town.code,
    countyWideDomains: [] as Domain[],
    uscc: demoGovernmentUscc(`ZF${town.code}`, DEMO_COUNTY_CODE),
  })),
];

export const demoDepartmentByCode = (code: string): DemoDepartment => {
  const found = demoDepartments.find((d) => d.code === code);
  if (!found) throw new Error(`no demo department ${code}`);
  return found;
};
