// The debt-risk tab: each region's ratios and band this year, as a chart against the warning line and a table,
// with the finance bureau's and supervisors' own tasks (limits, resources, plans, findings) above.
import { Alert, Card, Empty, Table, Tag } from 'antd';
import type { EChartsOption } from 'echarts';
import type { DebtRiskByRegionQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';
import { graphQLErrorsOf, messageFor } from '../../errors';
import Chart from '../../dashboard/Chart';
import { riskBandAreas, riskColor } from '../../dashboard/risk-bands';
import { useSessionUser } from '../../session-context';
import { DebtAdmin } from './DebtAdmin';
import { RISK_LEVEL } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const LEVEL_COLOR: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export function RiskTab({
  write,
  year,
  data,
  loading,
  error,
}: {
  write: boolean;
  year: number;
  data: DebtRiskByRegionQuery | undefined;
  loading: boolean;
  error: unknown;
}) {
  const t = useT();
  const me = useSessionUser();
  const { label } = useLabel();
  const regions = data?.regions ?? [];
  const regionOptions = regions.map((r) => ({ value: r.code, label: r.name }));
  const withRisk = regions.filter((r) => r.debtRisk);
  const riskErrors = graphQLErrorsOf(error);
  const maxY = Math.ceil(Math.max(3.2, ...withRisk.map((r) => (r.debtRisk?.debtRatio ?? 0) * 1.1)) * 10) / 10;

  const option: EChartsOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v) => pct(Number(v)) },
    grid: { left: 56, right: 24, top: 32, bottom: 80 },
    xAxis: { type: 'category', data: withRisk.map((r) => r.name), axisLabel: { rotate: 45 } },
    yAxis: { type: 'value', max: maxY, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
    series: [
      {
        type: 'bar',
        name: t('debt.ratio'),
        data: withRisk.map((r) => ({
          value: r.debtRisk?.debtRatio ?? 0,
          itemStyle: { color: riskColor(r.debtRisk?.level) },
        })),
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#b71c1c', type: 'dashed' },
          label: { formatter: t('dashboard.warningLine') },
          data: [{ yAxis: 1 }],
        },
        markArea: {
          silent: true,
          data: riskBandAreas(maxY),
        },
      },
    ],
  };

  return (
    <Card title={`${t('debt.risk')} · ${year}`}>
      <DebtAdmin
        write={write}
        supervise={!!me?.roles.includes('SUPERVISOR')}
        year={year}
        regionOptions={regionOptions}
      />
      {riskErrors.length ? (
        <Alert
          type="warning"
          showIcon
          title={riskErrors.map((e) => messageFor(e, t)).join('；')}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {withRisk.length ? (
        <Chart option={option} height={360} testId="debt-risk-chart" />
      ) : (
        <Empty description={t('dashboard.noData')} />
      )}
      <Table
        rowKey="code"
        size="small"
        loading={loading}
        dataSource={withRisk}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
        columns={[
          { key: 'name', title: t('debt.region'), render: (_: unknown, r: (typeof withRisk)[number]) => r.name },
          {
            key: 'balance',
            title: t('debt.balance'),
            render: (_: unknown, r: (typeof withRisk)[number]) => yuan(r.debtRisk?.debtBalance),
          },
          {
            key: 'resources',
            title: t('debt.resources'),
            render: (_: unknown, r: (typeof withRisk)[number]) => yuan(r.debtRisk?.fiscalResources),
          },
          {
            key: 'limit',
            title: t('debt.limit'),
            render: (_: unknown, r: (typeof withRisk)[number]) => yuan(r.debtRisk?.debtLimit),
          },
          {
            key: 'ratio',
            title: t('debt.ratio'),
            render: (_: unknown, r: (typeof withRisk)[number]) => pct(r.debtRisk?.debtRatio),
          },
          {
            key: 'service',
            title: t('debt.serviceRatio'),
            render: (_: unknown, r: (typeof withRisk)[number]) => pct(r.debtRisk?.debtServiceRatio),
          },
          {
            key: 'overdue',
            title: t('debt.overdueRatio'),
            render: (_: unknown, r: (typeof withRisk)[number]) => pct(r.debtRisk?.overdueRatio),
          },
          {
            key: 'level',
            title: t('debt.level'),
            render: (_: unknown, r: (typeof withRisk)[number]) => (
              <>
                {r.debtRisk?.level ? (
                  <Tag color={LEVEL_COLOR[r.debtRisk.level]}>{label(RISK_LEVEL, r.debtRisk.level)}</Tag>
                ) : (
                  '—'
                )}
                {r.debtRisk?.missingEmergencyPlan ? <Tag color="red">{t('debt.missingPlan')}</Tag> : null}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
