// PPP fiscal affordability and the 2023 mechanism: the lines and the mechanisms as data with their sources, for
// procurement (which refuses), supervision (which warns) and the console (which shows the room left).
import type { LocalisedName } from './credit-labels.js';

/**
 * A region's PPP payment obligations of a year against its general public budget expenditure: above the warning
 * line (超过7%) a risk warning, above the cap no new obligation. Compared exactly in fen (Σ × 100 vs expenditure × %).
 */
export const PPP_FISCAL_LINES = {
  warningPercent: 7,
  capPercent: 10,
  source: '财金〔2019〕10号《关于推进政府和社会资本合作规范发展的实施意见》：超过7%的地区进行风险提示，不得超过10%',
} as const;

/** Σ obligations stays within the cap (exactly 10% passes, a fen more does not). */
export const withinPppCap = (obligations: bigint, expenditure: bigint): boolean =>
  obligations * 100n <= expenditure * BigInt(PPP_FISCAL_LINES.capPercent);

/** Σ obligations is above the warning line (超过7%: exactly 7% is not, a fen more is). */
export const abovePppWarningLine = (obligations: bigint, expenditure: bigint): boolean =>
  obligations * 100n > expenditure * BigInt(PPP_FISCAL_LINES.warningPercent);

/** Which line a year's obligations cross, exactly: the cap (above 10%), the warning line (above 7%), or none. */
export const pppLineCrossed = (obligations: bigint, expenditure: bigint): 'PPP_CAP_EXCEEDED' | 'PPP_CAP_NEAR' | null =>
  !withinPppCap(obligations, expenditure)
    ? 'PPP_CAP_EXCEEDED'
    : abovePppWarningLine(obligations, expenditure)
      ? 'PPP_CAP_NEAR'
      : null;

/** A line in fen, rounded down: `percent` of the expenditure. */
export const pppLineOf = (expenditure: bigint, percent: number): bigint => (expenditure * BigInt(percent)) / 100n;

/**
 * Under which rules a PPP project began. Projects under the 2023 mechanism (国办函〔2023〕115号) are paid by users
 * and may receive operating subsidies only as budgets allow: no new government payment obligation (政府支出责任)
 * is taken on for them. Obligations are recorded only for projects begun under the earlier rules.
 */
export const PPP_MECHANISMS = ['PRE_2023', 'NEW_2023'] as const;
export type PppMechanism = (typeof PPP_MECHANISMS)[number];

export const PPP_MECHANISM: Record<PppMechanism, LocalisedName> = {
  PRE_2023: { 'zh-CN': '存量项目（2023年新机制前）', 'en-US': 'Begun before the 2023 mechanism' },
  NEW_2023: { 'zh-CN': '新机制项目', 'en-US': '2023 mechanism' },
};

// 115号's own words, as the NDRC's release of 8 November 2023 and the press quoting it give them (证券时报 that day,
// 《意见》要求…; checked 2026-12-05); the General Office's text itself was not read, so no section is named (the
// NDRC's own summary of the guideline puts it under 一、(一) 聚焦使用者付费项目, the line below under 一、(六)). The
// county had paraphrased "新增" without "额外". Not quoted: what it allows (operating subsidies by the rules), which
// the county does not record as a payment obligation.
export const PPP_NEW_MECHANISM_SOURCE =
  '国办函〔2023〕115号《关于规范实施政府和社会资本合作新机制的指导意见》：政府和社会资本合作项目应聚焦使用者付费项目，明确收费渠道和方式，项目经营收入能够覆盖建设投资和运营成本、具备一定投资回报，不因采用政府和社会资本合作模式额外新增地方财政未来支出责任';

/**
 * Which projects follow the 2023 mechanism: those whose procurement of the social capital partner was not complete
 * before the February 2023 clean-up check (清理核查), and every later one. The text names a month, not a day: the
 * county reads it strictly, so a project began under the earlier rules (PRE_2023) only if its partner procurement
 * was completed before 1 February 2023 (31 January passes, 1 February does not). The date is recorded on the
 * project; without it a project cannot be recorded as PRE_2023.
 */
// Which projects: in 115号's words as 新华社 quoted them (12 April 2024, on the NDRC's project system); what follows
// for them ("按新机制执行") is the gist: the sentence's end was not found in a text that could be checked.
export const PPP_MECHANISM_LINE = {
  completedBefore: '2023-02-01',
  source:
    '国办函〔2023〕115号《关于规范实施政府和社会资本合作新机制的指导意见》：2023年2月政府和社会资本合作项目清理核查前未完成招标采购程序的项目，以及后续新实施的政府和社会资本合作项目，按新机制执行（“按新机制执行”系概括）',
} as const;

/** Whether a project whose partner procurement was completed on `completedOn` may be one of the earlier rules. */
export const pppBeganBeforeNewMechanism = (completedOn: string | null | undefined): boolean =>
  !!completedOn && completedOn < PPP_MECHANISM_LINE.completedBefore;

/**
 * Whether a project may carry government payment obligations: one recorded as begun under the earlier rules whose
 * partner procurement is recorded as completed before the line. A PRE_2023 project recorded before the date was
 * asked for takes none until its date is recorded (recordPppProcurementCompletion).
 */
export const pppTakesObligations = (p: { mechanism: PppMechanism; procurementCompletedOn?: string | null }): boolean =>
  p.mechanism === 'PRE_2023' && pppBeganBeforeNewMechanism(p.procurementCompletedOn);

/** A PRE_2023 project recorded without the day its partner procurement was completed: the date is to be recorded. */
export const pppCompletionDateMissing = (p: {
  mechanism: PppMechanism;
  procurementCompletedOn?: string | null;
}): boolean => p.mechanism === 'PRE_2023' && !p.procurementCompletedOn;
