// Which procurement method a category of purchase may use: procurement refuses the others, the console offers only
// these. The law lets every method serve goods, works and services, except 询价, which is for goods alone.

/** Methods the law reserves to goods (货物). */
export const GOODS_ONLY_METHODS: readonly string[] = ['INQUIRY'];

export const PROCUREMENT_METHOD_SOURCE =
  '《政府采购法》第三十二条：采购的货物规格、标准统一、现货货源充足且价格变化幅度小的政府采购项目，可以依照本法采用询价方式采购；《政府采购非招标采购方式管理办法》（财政部令第74号）第三条：采购货物的，还可以采用询价采购方式';

/** Whether a purchase of `category` (GOODS, WORKS, SERVICES) may use `method`. */
export const methodFitsCategory = (method: string, category: string): boolean =>
  category === 'GOODS' || !GOODS_ONLY_METHODS.includes(method);

/**
 * Goods and services of a budget at or above the open-tender threshold are bought by 公开招标; another method needs
 * the approval of the procurement supervisor of a city with districts or above, given before procurement starts
 * (《政府采购法》第二十七条). Works follow the Tendering Law instead (第四条) and are not checked here. Money in fen.
 */
export const OPEN_TENDER_THRESHOLD = {
  fen: 400_000_000n,
  source:
    '《政府采购法》第二十七条；《地方预算单位政府集中采购目录及标准指引（2020年版）》（国办发〔2019〕55号）：货物、服务项目单项采购金额达到400万元以上的，必须采用公开招标方式（以省级人民政府公布的数额标准为准）',
} as const;

/** Whether a project must show the approval of a method other than 公开招标 (exactly 4,000,000.00 yuan must). */
export const needsNonOpenApproval = (category: string, method: string, budgetFen: bigint): boolean =>
  category !== 'WORKS' && method !== 'OPEN' && budgetFen >= OPEN_TENDER_THRESHOLD.fen;
