// What credit records' codes are called, in both locales: the console shows them, and the credit subgraph
// writes them into what leaves the system (the exchange with the credit platforms, credit reports).

export interface LocalisedName {
  'zh-CN': string;
  'en-US': string;
}

export type CreditCategoryCode =
  | 'JUDICIAL_JUDGMENT'
  | 'ADMINISTRATIVE_PENALTY'
  | 'DISCIPLINARY_SANCTION'
  | 'ACCOUNTABILITY'
  | 'BROKEN_COMMITMENT'
  | 'ONLINE_SERVICE_SUBSTANDARD'
  | 'COMMENDATION'
  | 'TRAINING';

export const CREDIT_CATEGORY: Record<CreditCategoryCode, LocalisedName> = {
  JUDICIAL_JUDGMENT: { 'zh-CN': '司法判决', 'en-US': 'Judicial judgment' },
  ADMINISTRATIVE_PENALTY: { 'zh-CN': '行政处罚', 'en-US': 'Administrative penalty' },
  DISCIPLINARY_SANCTION: { 'zh-CN': '纪律处分', 'en-US': 'Disciplinary sanction' },
  ACCOUNTABILITY: { 'zh-CN': '问责', 'en-US': 'Accountability' },
  BROKEN_COMMITMENT: { 'zh-CN': '违背承诺', 'en-US': 'Broken commitment' },
  ONLINE_SERVICE_SUBSTANDARD: { 'zh-CN': '网上政务服务不达标', 'en-US': 'Substandard online service' },
  COMMENDATION: { 'zh-CN': '表彰', 'en-US': 'Commendation' },
  TRAINING: { 'zh-CN': '诚信教育', 'en-US': 'Integrity training' },
};

export type SubjectTypeCode = 'CIVIL_SERVANT' | 'DEPARTMENT' | 'ENTERPRISE';

/**
 * Whom a record is about. DEPARTMENT is any body in the directory: a county department, a town government, the
 * court, the procuratorate, a party organ. 机关单位 names them all; 政府部门 would misname a court or a town.
 */
export const SUBJECT_TYPE: Record<SubjectTypeCode, LocalisedName> = {
  CIVIL_SERVANT: { 'zh-CN': '公务员', 'en-US': 'Civil servant' },
  DEPARTMENT: { 'zh-CN': '机关单位', 'en-US': 'Public body' },
  ENTERPRISE: { 'zh-CN': '企业', 'en-US': 'Enterprise' },
};

export type SeverityCode = 'MINOR' | 'GENERAL' | 'SERIOUS';

export const SEVERITY: Record<SeverityCode, LocalisedName> = {
  MINOR: { 'zh-CN': '轻微', 'en-US': 'Minor' },
  GENERAL: { 'zh-CN': '一般', 'en-US': 'General' },
  SERIOUS: { 'zh-CN': '严重', 'en-US': 'Serious' },
};

export type RecordStatusCode = 'ACTIVE' | 'REPAIRED' | 'REVOKED' | 'EXPIRED';

export const RECORD_STATUS: Record<RecordStatusCode, LocalisedName> = {
  ACTIVE: { 'zh-CN': '有效', 'en-US': 'Active' },
  REPAIRED: { 'zh-CN': '已修复', 'en-US': 'Repaired' },
  REVOKED: { 'zh-CN': '已撤销', 'en-US': 'Revoked' },
  EXPIRED: { 'zh-CN': '已到期', 'en-US': 'Expired' },
};
