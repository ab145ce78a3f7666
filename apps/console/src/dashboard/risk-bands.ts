// The debt-risk bands drawn on charts, from the one table in @integrity/rules (edges and colours).
import { RISK_BAND_EDGES, RISK_COLORS, RISK_LEVELS, type RiskLevel } from '@integrity/rules';

/** A band's colour, or grey for a region without a level. */
export const riskColor = (level: string | null | undefined): string =>
  level && level in RISK_COLORS ? RISK_COLORS[level as RiskLevel] : '#999';

const tint = (hex: string, alpha: number): string => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${alpha})`;
};

/** ECharts markArea data shading each band from 0 up to `top`, lowest band first. */
export function riskBandAreas(top: number): [{ yAxis: number; itemStyle: { color: string } }, { yAxis: number }][] {
  const edges = [0, ...RISK_BAND_EDGES, Math.max(top, RISK_BAND_EDGES[RISK_BAND_EDGES.length - 1]!)];
  return RISK_LEVELS.map((level, i) => [
    { yAxis: edges[i]!, itemStyle: { color: tint(RISK_COLORS[level], level === 'GREEN' ? 0.06 : 0.08) } },
    { yAxis: edges[i + 1]! },
  ]);
}
