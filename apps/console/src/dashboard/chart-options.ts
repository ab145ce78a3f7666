// The dashboard's two charts as ECharts options (types only: echarts itself loads with the Chart chunk).
import type { EChartsOption } from 'echarts';
import type { Translate } from '../i18n';
import { riskBandAreas, riskColor } from './risk-bands';
import type { DepartmentFigures } from './signals';

export function signalsOption(top: readonly DepartmentFigures[], t: Translate): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 150, right: 24, top: 40, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: top.map((r) => r.name).reverse() },
    series: (
      [
        ['activeDishonestyRecordCount', t('dashboard.dishonesty'), '#b71c1c'],
        ['overduePaymentCount', t('dashboard.overduePayments'), '#ef6c00'],
        ['overdueCommitmentCount', t('dashboard.overdueCommitments'), '#f9a825'],
      ] as const
    ).map(([key, name, color]) => ({
      type: 'bar' as const,
      stack: 's',
      name,
      itemStyle: { color },
      data: top.map((r) => r[key] ?? 0).reverse(),
    })),
  };
}

export interface RegionRisk {
  code: string;
  name: string;
  level: string;
  debtRisk?: { debtRatio?: number | null; level?: string | null } | null;
}

/** Debt ratio per region against the 100% line and the risk bands; null when no region has a ratio. */
export function riskOption(regions: readonly RegionRisk[] | undefined, t: Translate): EChartsOption | null {
  const withRatio = (regions ?? []).filter((r) => typeof r.debtRisk?.debtRatio === 'number');
  if (!withRatio.length) return null;
  const maxRatio = Math.max(3.2, ...withRatio.map((r) => (r.debtRisk?.debtRatio ?? 0) * 1.1));
  const top = Math.ceil(maxRatio * 10) / 10;
  // a county alone (the demo, or any county's own view) is one bar of sensible width, its name upright
  const many = withRatio.length > 6;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${(Number(v) * 100).toFixed(1)}%` },
    grid: { left: 48, right: 24, top: 32, bottom: many ? 80 : 40 },
    xAxis: { type: 'category', data: withRatio.map((r) => r.name), axisLabel: { rotate: many ? 45 : 0 } },
    yAxis: { type: 'value', max: top, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    series: [
      {
        type: 'bar',
        name: t('debt.ratio'),
        barMaxWidth: 96,
        data: withRatio.map((r) => ({
          value: r.debtRisk!.debtRatio,
          itemStyle: { color: riskColor(r.debtRisk!.level) },
        })),
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#b71c1c', type: 'dashed' },
          label: { formatter: t('dashboard.warningLine'), position: 'insideStartTop' },
          data: [{ yAxis: 1 }],
        },
        markArea: {
          silent: true,
          data: riskBandAreas(top),
        },
      },
    ],
  };
}
