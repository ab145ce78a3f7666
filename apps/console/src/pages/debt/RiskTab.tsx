// The debt-risk tab: each region's ratios and band this year, as a chart against the warning line and a table,
// with the finance bureau's and supervisors' own tasks (limits, resources, plans, findings) above.
import { Alert, Card, Empty, Table, Tag } from 'antd';
import type { DebtRiskByRegionQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import type { MessageKey } from '../../messages';
import { yuan } from '../../components/fields';
import { errorText } from '../../errors';
import Chart from '../../dashboard/Chart';
import { riskOption } from '../../dashboard/chart-options';
import { useSessionUser } from '../../session-context';
import { DebtAdmin } from './DebtAdmin';
import { DEBT_STOCK_KIND, RISK_LEVEL } from '../../labels';
import { IncidentsTable } from './IncidentsTable';
import { useLabel } from '../../labels/useLabel';

const LEVEL_COLOR: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

type Row = DebtRiskByRegionQuery['regions'][number];
type Risk = NonNullable<Row['debtRisk']>;
// a figure not recorded (a county without an arrears plan) reads as a dash, not an empty cell
const money = (v: unknown) => (v === null || v === undefined ? '—' : yuan(v as string));
const ratio = (v: unknown) => pct(v as number | null);
const FIGURES: { key: string; title: MessageKey; field: keyof Risk; format: (v: unknown) => string }[] = [
  { key: 'balance', title: 'debt.balance', field: 'debtBalance', format: money },
  { key: 'resources', title: 'debt.resources', field: 'fiscalResources', format: money },
  { key: 'limit', title: 'debt.limit', field: 'debtLimit', format: money },
  { key: 'ratio', title: 'debt.ratio', field: 'debtRatio', format: ratio },
  { key: 'service', title: 'debt.serviceRatio', field: 'debtServiceRatio', format: ratio },
  { key: 'overdue', title: 'debt.overdueRatio', field: 'overdueRatio', format: ratio },
  { key: 'arrears', title: 'debt.arrears', field: 'arrears', format: money },
];

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
  // the chart shows the rated (county-level) governments, the dashboard's chart; towns show arrears in the table
  const option = riskOption(regions, t);

  return (
    <Card title={`${t('debt.risk')} · ${year}`}>
      <DebtAdmin
        write={write}
        supervise={!!me?.roles.includes('SUPERVISOR')}
        year={year}
        regionOptions={regionOptions}
      />
      {error ? (
        <Alert type="warning" showIcon title={errorText(error, t, 'error.network')} style={{ marginBottom: 16 }} />
      ) : null}
      {option ? (
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
          { key: 'name', title: t('debt.region'), render: (_: unknown, r: Row) => r.name },
          // the figures, each money or a ratio of the region's debt risk
          ...FIGURES.map(({ key, title, field, format }) => ({
            key,
            title: t(title),
            // a town does not borrow: only its arrears are its figure
            render: (_: unknown, r: Row) =>
              r.debtRisk && !r.debtRisk.rated && field !== 'arrears' ? '—' : format(r.debtRisk?.[field] ?? null),
          })),
          {
            key: 'level',
            title: t('debt.level'),
            render: (_: unknown, r: Row) => (
              <>
                {r.debtRisk?.level ? (
                  <Tag color={LEVEL_COLOR[r.debtRisk.level]}>{label(RISK_LEVEL, r.debtRisk.level)}</Tag>
                ) : r.debtRisk && !r.debtRisk.rated ? (
                  <Tag>{t('debt.notRated')}</Tag>
                ) : (
                  '—'
                )}
                {r.debtRisk?.missingEmergencyPlan ? <Tag color="red">{t('debt.missingPlan')}</Tag> : null}
                {r.debtRisk?.defaultsWithoutIncident ? (
                  <Tag color="red">{t('debt.unrecordedDefaults', { count: r.debtRisk.defaultsWithoutIncident })}</Tag>
                ) : null}
              </>
            ),
          },
          {
            key: 'clearance',
            title: t('debt.clearance'),
            render: (_: unknown, r: Row) =>
              r.debtClearance.planRecorded ? (
                <>
                  {label(DEBT_STOCK_KIND, r.debtClearance.kind)} {pct(r.debtClearance.progress)}
                </>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <IncidentsTable regions={regions} write={write} />
    </Card>
  );
}
