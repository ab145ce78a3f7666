import type { EnterpriseSize } from '@integrity/rules';
import { DEMO_COUNTY_CODE } from './regions.js';
import { usccCheckCharacter } from './uscc.js';

export interface DemoEnterprise {
  uscc: string;
  name: string;
  regionCode: string;
  legalRepresentative: string;
  /** Size class (工信部联企业〔2011〕300号) as the enterprise declares it: mostly small and micro, as in a county. */
  size: Exclude<EnterpriseSize, 'UNKNOWN'>;
}

const NAMES = [
  '饶平县恒达陶瓷有限公司',
  '潮州三环建材有限公司',
  '饶平县海丰水产养殖有限公司',
  '饶平县黄冈建筑工程有限公司',
  '广东饶信市政工程有限公司',
  '饶平县汫洲食品有限公司',
  '饶平县柘林港口物流有限公司',
  '饶平县绿源环保科技有限公司',
  '饶平县新丰茶业有限公司',
  '饶平县联饶电子有限公司',
  '广东潮饶交通建设有限公司',
  '饶平县宏图信息技术有限公司',
  '饶平县钱东五金制品有限公司',
  '饶平县浮滨石材有限公司',
  '饶平县康泰医疗器械有限公司',
  '饶平县华南印务有限公司',
  '饶平县顺通运输有限公司',
  '饶平县明德教育服务有限公司',
  '饶平县大埕海洋科技有限公司',
  '饶平县三饶农业发展有限公司',
  '饶平县鸿运物业管理有限公司',
  '饶平县金穗粮油贸易有限公司',
  '饶平县安居房地产开发有限公司',
  '饶平县清源水务工程有限公司',
  '饶平县东山光伏电力有限公司',
  '饶平县海山渔业合作社',
  '饶平县所城文旅发展有限公司',
  '饶平县樟溪林业开发有限公司',
  '饶平县建饶机械制造有限公司',
  '饶平县汤溪水电有限公司',
  '饶平县新塘纺织有限公司',
  '饶平县上饶竹木制品有限公司',
  '饶平县高堂电器有限公司',
  '饶平县新圩包装材料有限公司',
  '饶平县诚信会计师事务所有限公司',
  '饶平县正道律师事务所',
  '饶平县德信工程咨询有限公司',
  '饶平县广源招标代理有限公司',
  '饶平县智联软件有限公司',
  '饶平县饶洋客家食品有限公司',
];
/** Each name's size, in the order of NAMES: L large, M medium, S small, X micro. */
const SIZES = 'SMSMMSMSXMLSXSSXSXSSSSMMMXSSMLMXSSXXSXXS';
const SIZE_OF = { L: 'LARGE', M: 'MEDIUM', S: 'SMALL', X: 'MICRO' } as const;

const LEGAL = ['陈', '林', '黄', '张', '李', '吴', '刘', '郑', '詹', '余'];

/** Demo enterprises with valid codes: 91 (enterprise) + county code + a 9-character organisation code. */
export const demoEnterprises: DemoEnterprise[] = NAMES.map((name, i) => {
  const first17 = `91${DEMO_COUNTY_CODE}MA${String(1000000 + i * 7919).slice(-7)}`;
  return {
    uscc: first17 + usccCheckCharacter(first17),
    name,
    regionCode: DEMO_COUNTY_CODE,
    legalRepresentative: `${LEGAL[i % LEGAL.length]}${['志强', '伟', '丽娟', '建华', '秀英'][i % 5]}`,
    size: SIZE_OF[SIZES[i] as keyof typeof SIZE_OF],
  };
});
