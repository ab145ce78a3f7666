// Who may borrow, how default incidents are graded and what every county keeps ready: the debt rules as data with
// their sources, for the debt subgraph (which refuses), supervision (which warns) and the console (which labels).
import type { LocalisedName } from './credit-labels.js';
import { decimalUnits } from './decimal.js';
import type { RuleProblem } from './reasons.js';
import { isTownCode } from './identifiers.js';

/**
 * Only the county government borrows, and only through local government bonds that the province issues and on-lends
 * (转贷) to it; towns do not borrow. Loans and other instruments are recorded only as stock from before the amended
 * Budget Law took effect.
 */
export const BORROWING_RULES = {
  directBorrowingEndsOn: '2015-01-01',
  /** Debt limits (限额管理) apply from the same day: stock recorded from before it is checked against none. */
  limitsFrom: '2015-01-01',
  source:
    '《中华人民共和国预算法》（2014年修正，2015年1月1日施行）第三十五条：地方政府举借债务只能采取发行地方政府债券的方式，' +
    '由省级政府发行并转贷，举借债务的规模由国务院报全国人大或其常委会批准（限额）；国发〔2014〕43号《关于加强地方政府性债务管理的意见》',
} as const;

/** Whether an instrument issued on `issuedOn` must fit under its year's approved limit (from 2015 on). */
export const underDebtLimit = (issuedOn: string): boolean => issuedOn >= BORROWING_RULES.limitsFrom;

/** Bonds the province issued and on-lent; loans and other stock from before 2015. */
export const BOND_KINDS = ['GENERAL_BOND', 'SPECIAL_BOND'] as const;

/** What an on-lent bond is for: new borrowing within the limit, or refinancing bonds that repay maturing principal. */
export const BOND_PURPOSES = ['NEW', 'REFINANCING'] as const;
export type BondPurpose = (typeof BOND_PURPOSES)[number];

export const BOND_PURPOSE: Record<BondPurpose, LocalisedName> = {
  NEW: { 'zh-CN': '新增债券', 'en-US': 'New bond' },
  REFINANCING: { 'zh-CN': '再融资债券', 'en-US': 'Refinancing bond' },
};

/** Why a region may not take on an instrument, or null when it may. */
export function borrowingRefusal(
  regionCode: string,
  kind: string,
  issuedOn: string,
): 'TOWN_MAY_NOT_BORROW' | 'DIRECT_BORROWING_NOT_ALLOWED' | null {
  if (isTownCode(regionCode)) return 'TOWN_MAY_NOT_BORROW';
  if (!(BOND_KINDS as readonly string[]).includes(kind) && issuedOn >= BORROWING_RULES.directBorrowingEndsOn)
    return 'DIRECT_BORROWING_NOT_ALLOWED';
  return null;
}

/**
 * The Ministry of Finance rates debt risk for county-level governments and above; a town carries no debt ratio and
 * shows its arrears (拖欠) against their resolution plan instead.
 */
export const isRatedRegion = (regionCode: string): boolean => !isTownCode(regionCode);

/** Every county-level government keeps a debt-risk emergency plan, whatever its band. */
export const EMERGENCY_PLAN_SOURCE =
  '国办函〔2016〕88号《地方政府性债务风险应急处置预案》：县级以上地方各级政府应当制定本地区政府性债务风险应急处置预案';

export const needsEmergencyPlan = (regionCode: string): boolean => isRatedRegion(regionCode);

/**
 * Debt risk incidents (债务风险事件) in four grades by nature, reach and harm (国办函〔2016〕88号 3.4), and the level
 * of government whose emergency response each grade starts (4.2): a county's own default is a Ⅳ grade incident, a
 * higher grade is the city's or the province's determination and is recorded as they made it.
 */
export const DEBT_INCIDENT_GRADES = ['I', 'II', 'III', 'IV'] as const;
export type DebtIncidentGrade = (typeof DEBT_INCIDENT_GRADES)[number];

export const DEBT_INCIDENT_GRADE: Record<DebtIncidentGrade, LocalisedName> = {
  I: { 'zh-CN': 'Ⅰ级（特大）', 'en-US': 'Grade I (extraordinary)' },
  II: { 'zh-CN': 'Ⅱ级（重大）', 'en-US': 'Grade II (major)' },
  III: { 'zh-CN': 'Ⅲ级（较大）', 'en-US': 'Grade III (large)' },
  IV: { 'zh-CN': 'Ⅳ级（一般）', 'en-US': 'Grade IV (ordinary)' },
};

/** Whose emergency response a grade starts (88号 4.2). */
export const DEBT_INCIDENT_RESPONDER: Record<DebtIncidentGrade, LocalisedName> = {
  I: { 'zh-CN': '省级政府启动应急响应', 'en-US': 'the provincial government responds' },
  II: { 'zh-CN': '省级政府启动应急响应', 'en-US': 'the provincial government responds' },
  III: { 'zh-CN': '设区的市级政府启动应急响应', 'en-US': 'the prefecture government responds' },
  IV: { 'zh-CN': '县级政府启动应急响应', 'en-US': 'the county government responds' },
};

export const DEBT_INCIDENT_SOURCE =
  '国办函〔2016〕88号《地方政府性债务风险应急处置预案》3.4 债务风险事件级别、4.2 分级响应和应急处置';

/** What was not paid when due. */
export const DEBT_INCIDENT_KINDS = ['PRINCIPAL', 'INTEREST', 'PRINCIPAL_AND_INTEREST', 'CONTINGENT'] as const;
export type DebtIncidentKind = (typeof DEBT_INCIDENT_KINDS)[number];

export const DEBT_INCIDENT_KIND: Record<DebtIncidentKind, LocalisedName> = {
  PRINCIPAL: { 'zh-CN': '本金违约', 'en-US': 'Principal missed' },
  INTEREST: { 'zh-CN': '利息违约', 'en-US': 'Interest missed' },
  PRINCIPAL_AND_INTEREST: { 'zh-CN': '本息违约', 'en-US': 'Principal and interest missed' },
  CONTINGENT: { 'zh-CN': '或有债务代偿', 'en-US': 'Contingent debt called' },
};

/**
 * Stock reduced under a year's resolution plan: hidden debt (隐性债务) of financing platforms, which the county
 * resolves under its 化债 plan, and arrears (拖欠) that a town owes.
 */
export const DEBT_STOCK_KINDS = ['HIDDEN_DEBT', 'ARREARS'] as const;
export type DebtStockKind = (typeof DEBT_STOCK_KINDS)[number];

export const DEBT_STOCK_KIND: Record<DebtStockKind, LocalisedName> = {
  HIDDEN_DEBT: { 'zh-CN': '隐性债务', 'en-US': 'Hidden debt' },
  ARREARS: { 'zh-CN': '拖欠款项', 'en-US': 'Arrears' },
};

/**
 * When a year's stock plan and reductions close. A plan is set within its year (a plan filed after the year, or
 * changed then, would be fitted to the outcome); reductions dated in the year may be recorded until 31 January
 * of the next, then the year is closed. A county finance-bureau setting: no statute names these days.
 */
export const DEBT_STOCK_YEAR_CLOSE = {
  /** Month and day of the next year up to which a year's reductions are still recorded. */
  reductionsUntil: '01-31',
  source:
    '县财政局设定：化债（清欠）计划于当年内报送和调整；当年化解额可于次年1月31日前补录，其后该年度关闭（法规未规定此期限）',
} as const;

/** Whether a year's stock plan may still be set or changed on `today`: up to 31 December of that year. */
export const stockPlanOpen = (year: number, today: string): boolean => today <= `${year}-12-31`;

/**
 * Whether a year's planned reduction may still be lowered on `today`: only before its year begins. From 1 January
 * the plan may be set or raised but not lowered, so that it cannot be fitted down to what was actually reduced.
 */
export const DEBT_STOCK_PLAN_FLOOR = {
  source:
    '县财政局设定：年度化债（清欠）计划自当年1月1日起只可调增、不可调减，防止以实际化解额倒调计划（参照中发〔2018〕27号化债计划考核要求）',
} as const;

export const stockPlanMayBeLowered = (year: number, today: string): boolean => today < `${year}-01-01`;

/** Whether reductions dated in `year` may still be recorded on `today`: up to 31 January of the next year. */
export const stockReductionsOpen = (year: number, today: string): boolean =>
  today <= `${year + 1}-${DEBT_STOCK_YEAR_CLOSE.reductionsUntil}`;

export const DEBT_STOCK_SOURCE =
  '中发〔2018〕27号《关于防范化解地方政府隐性债务风险的意见》；存量隐性债务以年初余额、年度化解计划和实际化解额计量';

/**
 * A stock carries over from year to year: a year opens with what the year before opened with less what was reduced
 * in it, whenever the year before is recorded (the first recorded year opens with whatever stood then). A
 * reduction recorded late for the year before (up to 31 January, DEBT_STOCK_YEAR_CLOSE) moves the opening with it.
 */
export const DEBT_STOCK_CARRY_OVER = {
  source:
    '中发〔2018〕27号：存量隐性债务按年初余额减当年化解额结转下年；县财政局设定：上年化解额补录时同步调减已登记的以后年度年初存量',
} as const;

/** One recorded year of a stock: its opening and what was reduced in it, fen. */
export interface StockYearFigures {
  stockAtStart: bigint;
  reduced: bigint;
}

/** What a year's opening stock must be, given the year before; null when the year before is not recorded. */
export const expectedOpeningStock = (previous: StockYearFigures | null): bigint | null =>
  previous ? previous.stockAtStart - previous.reduced : null;

/** Whether `stockAtStart` carries over from the year before (anything does when it is not recorded). */
export function openingStockCarriesOver(stockAtStart: bigint, previous: StockYearFigures | null): boolean {
  const expected = expectedOpeningStock(previous);
  return expected === null || stockAtStart === expected;
}

/**
 * Whether a later year can take a new opening stock carried into it: neither its planned reduction nor what is
 * already reduced in it may then exceed the opening (nor may the opening fall below zero).
 */
export const carriedOpeningFits = (opening: bigint, year: { plannedReduction: bigint; reduced: bigint }): boolean =>
  opening >= 0n && opening >= year.plannedReduction && opening >= year.reduced;

/**
 * An instrument's annual rate in percent: up to four decimals, above 0 and at most 30 — a plausibility bound the
 * county set against typing errors (bond coupons are a few percent), not a regulation's figure.
 */
export const DEBT_RATE = { scale: 4, maxPercent: 30 } as const;

/** Why a rate as typed would be refused (INVALID_DECIMAL, TOO_MANY_DECIMALS, INVALID_RATE), or null. */
export function debtRateProblem(text: string): RuleProblem | null {
  const parsed = decimalUnits(text, DEBT_RATE.scale);
  if (parsed.problem) return parsed.problem;
  const max = BigInt(DEBT_RATE.maxPercent) * 10n ** BigInt(DEBT_RATE.scale);
  return parsed.units <= 0n || parsed.units > max
    ? { reason: 'INVALID_RATE', params: { max: DEBT_RATE.maxPercent } }
    : null;
}
