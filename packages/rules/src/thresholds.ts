/**
 * Thresholds of the programme's rules that the servers decide on and the console draws: one place.
 */

export const RISK_LEVELS = ['GREEN', 'YELLOW', 'ORANGE', 'RED'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The debt-risk bands on the debt ratio (balance ÷ fiscal resources), in percent, lower bound inclusive:
 * GREEN < 120% ≤ YELLOW < 200% ≤ ORANGE < 300% ≤ RED.
 */
export const RISK_BANDS: readonly { level: Exclude<RiskLevel, 'GREEN'>; fromPercent: number }[] = [
  { level: 'RED', fromPercent: 300 },
  { level: 'ORANGE', fromPercent: 200 },
  { level: 'YELLOW', fromPercent: 120 },
];

/** The band for an exact comparison supplied by the caller (`atLeast(percent)`): servers compare BigInts. */
export function riskLevelBy(atLeast: (percent: number) => boolean): RiskLevel {
  return RISK_BANDS.find((b) => atLeast(b.fromPercent))?.level ?? 'GREEN';
}

/** The band of a ratio given as a number (1.25 = 125%), for display. */
export const riskBand = (ratio: number): RiskLevel => riskLevelBy((percent) => ratio >= percent / 100);

/** The band edges as ratios (1.2, 2, 3), lowest first, for drawing them on charts. */
export const RISK_BAND_EDGES: readonly number[] = RISK_BANDS.map((b) => b.fromPercent / 100).reverse();

/** Display colours of the bands, shared by every chart and tag. */
export const RISK_COLORS: Record<RiskLevel, string> = {
  GREEN: '#2e7d32',
  YELLOW: '#f9a825',
  ORANGE: '#ef6c00',
  RED: '#b71c1c',
};

/** PPP obligations of a region's year may not exceed this share (in percent) of its general budget expenditure. */
export const PPP_FISCAL_CAP_PERCENT = 10;

/** The largest page any list returns. */
export const MAX_PAGE_SIZE = 200;

/** The years a budget or report may concern. */
export const YEAR_RANGE = { min: 1990, max: 2100 } as const;

/** A debt instrument's annual rate is above 0 and at most this percentage. */
export const MAX_DEBT_RATE_PERCENT = 30;
