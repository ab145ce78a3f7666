// Which procurement method a category of purchase may use: procurement refuses the others, the console offers only
// these. The law lets every method serve goods, works and services, except 询价, which is for goods alone.

/** Methods the law reserves to goods (货物). */
export const GOODS_ONLY_METHODS: readonly string[] = ['INQUIRY'];

export const PROCUREMENT_METHOD_SOURCE =
  '《政府采购法》第三十二条：采购的货物规格、标准统一、现货货源充足且价格变化幅度小的政府采购项目，可以依照本法采用询价方式采购；《政府采购非招标采购方式管理办法》（财政部令第74号）第三条：采购货物的，还可以采用询价采购方式';

/** Whether a purchase of `category` (GOODS, WORKS, SERVICES) may use `method`. */
export const methodFitsCategory = (method: string, category: string): boolean =>
  category === 'GOODS' || !GOODS_ONLY_METHODS.includes(method);
