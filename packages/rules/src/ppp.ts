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

export const PPP_NEW_MECHANISM_SOURCE =
  '国办函〔2023〕115号《关于规范实施政府和社会资本合作新机制的指导意见》：新机制项目不得因采用PPP模式额外新增地方财政未来支出责任';

/** Whether a project may carry government payment obligations. */
export const pppTakesObligations = (mechanism: PppMechanism): boolean => mechanism === 'PRE_2023';
