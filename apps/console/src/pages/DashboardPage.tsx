// The leaders' dashboard: ONE gateway query for the county-wide picture. Each subgraph contributes its
// figures to Department/Region; with errorPolicy 'all' a down subgraph blanks only its own panels and a
// banner names it.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Empty, Progress, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { graphql } from '../gql';
import { useT } from '../i18n';
import { graphQLErrorsOf } from '../errors';
import { failedServices, figuresOf, mergeParts, rankDepartments, sum, type DepartmentFigures } from '../dashboard/signals';
import Chart from '../dashboard/Chart';
import { DEPARTMENT_KIND } from '../labels';
import { useLabel } from '../labels/useLabel';

const DASHBOARD = graphql(`
  query Dashboard($year: Int!) {
    departments(pageSize: 200) {
      total
      items {
        id
        code
        name
        kind
        civilServantCount
        creditFileCoverage
        activeDishonestyRecordCount
        overduePaymentCount
        breachCount
        overdueCommitmentCount
        breachedCommitmentCount
        commitmentFulfilmentRate
      }
    }
    creditCoverage {
      total
      withFile
      ratio
    }
    regions {
      code
      name
      level
      debtRisk(year: $year) {
        debtRatio
        debtBalance
        level
      }
    }
  }
`);

// When a subgraph is down, GraphQL's non-null rules can blank the whole primary query (e.g. a missing
// Department.civilServantCount: Int! nulls the department list). Then the dashboard falls back to one
// small query per subgraph, so every panel whose subgraph answers still renders.
const BASE = graphql(`
  query DashboardBase {
    departments(pageSize: 200) {
      items {
        id
        code
        name
        kind
      }
    }
    regions {
      code
      name
      level
    }
  }
`);

const CREDIT_PART = graphql(`
  query DashboardCredit {
    creditCoverage {
      total
      withFile
      ratio
    }
    departments(pageSize: 200) {
      items {
        id
        civilServantCount
        creditFileCoverage
        activeDishonestyRecordCount
      }
    }
  }
`);

const PROCUREMENT_PART = graphql(`
  query DashboardProcurement {
    departments(pageSize: 200) {
      items {
        id
        overduePaymentCount
        breachCount
      }
    }
  }
`);

const INVESTMENT_PART = graphql(`
  query DashboardInvestment {
    departments(pageSize: 200) {
      items {
        id
        overdueCommitmentCount
        breachedCommitmentCount
        commitmentFulfilmentRate
      }
    }
  }
`);

const DEBT_PART = graphql(`
  query DashboardDebt($year: Int!) {
    regions {
      code
      debtRisk(year: $year) {
        debtRatio
        debtBalance
        level
      }
    }
  }
`);

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export default function DashboardPage() {
  const t = useT();
  const { label } = useLabel();
  const year = new Date().getFullYear();
  const primary = useQuery(DASHBOARD, { variables: { year }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const degraded = Boolean(primary.error) && !primary.loading && (!primary.data?.departments || !primary.data?.regions);
  const base = useQuery(BASE, { skip: !degraded, errorPolicy: 'all' });
  const credit = useQuery(CREDIT_PART, { skip: !degraded, errorPolicy: 'all' });
  const procurement = useQuery(PROCUREMENT_PART, { skip: !degraded, errorPolicy: 'all' });
  const investment = useQuery(INVESTMENT_PART, { skip: !degraded, errorPolicy: 'all' });
  const debt = useQuery(DEBT_PART, { skip: !degraded, variables: { year }, errorPolicy: 'all' });
  const data = (degraded ? mergeParts(base.data, [credit.data, procurement.data, investment.data], debt.data) : primary.data) as typeof primary.data;
  const loading = primary.loading || (degraded && base.loading);
  const error = primary.error;
  const errors = graphQLErrorsOf(error);
  const raw = data as Record<string, unknown> | undefined;

  const figures = useMemo<DepartmentFigures[]>(
    () => (data?.departments?.items ?? []).map((r) => figuresOf(r as Record<string, unknown>)).filter((f): f is DepartmentFigures => f !== null),
    [data],
  );
  const ranked = useMemo(() => rankDepartments(figures), [figures]);
  const towns = (data?.regions ?? []).filter((r) => r.level === 'TOWN');
  const coverage = raw?.creditCoverage as { total: number; withFile: number; ratio: number } | null | undefined;

  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} data-testid="dashboard-loading" />;

  const rates = figures.map((f) => f.commitmentFulfilmentRate).filter((v): v is number => v !== null);
  const fulfilment = rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null;
  const top = ranked.filter((r) => r.score > 0).slice(0, 15);

  const signalsOption: EChartsOption = {
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
    ).map(([key, name, color]) => ({ type: 'bar' as const, stack: 's', name, itemStyle: { color }, data: top.map((r) => r[key] ?? 0).reverse() })),
  };

  const regionRisk = (raw?.regions as { code: string; name: string; level: string; debtRisk?: { debtRatio: number | null; level: string | null } | null }[] | undefined)?.filter(
    (r) => typeof r.debtRisk?.debtRatio === 'number',
  );
  const maxRatio = Math.max(3.2, ...(regionRisk ?? []).map((r) => (r.debtRisk?.debtRatio ?? 0) * 1.1));
  const riskOption: EChartsOption | null = regionRisk?.length
    ? {
        tooltip: { trigger: 'axis', valueFormatter: (v) => `${(Number(v) * 100).toFixed(1)}%` },
        grid: { left: 48, right: 24, top: 32, bottom: 80 },
        xAxis: { type: 'category', data: regionRisk.map((r) => r.name), axisLabel: { rotate: 45 } },
        yAxis: { type: 'value', max: Math.ceil(maxRatio * 10) / 10, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
        series: [
          {
            type: 'bar',
            data: regionRisk.map((r) => ({
              value: r.debtRisk!.debtRatio,
              itemStyle: { color: { GREEN: '#2e7d32', YELLOW: '#f9a825', ORANGE: '#ef6c00', RED: '#b71c1c' }[r.debtRisk!.level ?? ''] ?? '#999' },
            })),
            markLine: { symbol: 'none', lineStyle: { color: '#b71c1c', type: 'dashed' }, label: { formatter: t('dashboard.warningLine') }, data: [{ yAxis: 1 }] },
            markArea: {
              silent: true,
              data: [
                [{ yAxis: 0, itemStyle: { color: 'rgba(46,125,50,0.06)' } }, { yAxis: 1.2 }],
                [{ yAxis: 1.2, itemStyle: { color: 'rgba(249,168,37,0.08)' } }, { yAxis: 2 }],
                [{ yAxis: 2, itemStyle: { color: 'rgba(239,108,0,0.08)' } }, { yAxis: 3 }],
                [{ yAxis: 3, itemStyle: { color: 'rgba(183,28,28,0.08)' } }, { yAxis: Math.ceil(maxRatio * 10) / 10 }],
              ],
            },
          },
        ],
      }
    : null;

  return (
    <div data-testid="dashboard">
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      {errors.length ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="partial-failure" title={t('dashboard.partial', { names: failedServices(errors).join('、') })} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.coverage')} value={coverage ? pct(coverage.ratio) : '—'} />
            {coverage ? (
              <>
                <Progress percent={Math.round(coverage.ratio * 1000) / 10} showInfo={false} status={coverage.ratio < 1 ? 'exception' : 'success'} />
                <Typography.Text type="secondary">{t('dashboard.coverageDetail', { withFile: coverage.withFile, total: coverage.total })}</Typography.Text>
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.dishonesty')} value={sum(figures, 'activeDishonestyRecordCount') ?? '—'} valueStyle={{ color: '#b71c1c' }} />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.overduePayments')} value={sum(figures, 'overduePaymentCount') ?? '—'} valueStyle={{ color: '#ef6c00' }} />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card>
            <Statistic title={t('dashboard.overdueCommitments')} value={sum(figures, 'overdueCommitmentCount') ?? '—'} valueStyle={{ color: '#f9a825' }} />
            <Typography.Text type="secondary">
              {t('dashboard.fulfilmentRate')}: {pct(fulfilment)}
            </Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.departmentChart')}>{top.length ? <Chart option={signalsOption} height={360} testId="signals-chart" /> : <Empty description={t('dashboard.noData')} />}</Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.debtRisk')} extra={<Typography.Text type="secondary">{`${t('dashboard.towns')}: ${towns.length}`}</Typography.Text>}>
            {riskOption ? <Link to="/debt">{t('dashboard.debtRisk')} →</Link> : null}
            {riskOption ? <Chart option={riskOption} height={360} testId="risk-chart" /> : <Empty description={t('dashboard.noData')} />}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t('dashboard.ranking')} data-testid="dashboard-ranking">
            <Table
              rowKey="id"
              size="small"
              dataSource={ranked}
              pagination={{ pageSize: 10 }}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                { key: 'rank', title: '#', dataIndex: 'rank', width: 56 },
                {
                  key: 'name',
                  title: t('department.name'),
                  render: (_: unknown, r: (typeof ranked)[number]) => <Link to={`/directory/departments/${r.id}`}>{r.name}</Link>,
                },
                { key: 'kind', title: t('department.kind'), render: (_: unknown, r: (typeof ranked)[number]) => <Tag>{label(DEPARTMENT_KIND, r.kind)}</Tag> },
                { key: 'coverage', title: t('dashboard.coverage'), render: (_: unknown, r: (typeof ranked)[number]) => pct(r.creditFileCoverage) },
                {
                  key: 'dishonesty',
                  title: t('dashboard.dishonesty'),
                  render: (_: unknown, r: (typeof ranked)[number]) =>
                    r.activeDishonestyRecordCount === null ? '—' : <Link to={`/credit/records?departmentId=${r.id}&status=ACTIVE`}>{r.activeDishonestyRecordCount}</Link>,
                },
                {
                  key: 'payments',
                  title: t('dashboard.overduePayments'),
                  render: (_: unknown, r: (typeof ranked)[number]) =>
                    r.overduePaymentCount === null ? '—' : <Link to={`/procurement/projects?purchaserId=${r.id}`}>{r.overduePaymentCount}</Link>,
                },
                {
                  key: 'commitments',
                  title: t('dashboard.overdueCommitments'),
                  render: (_: unknown, r: (typeof ranked)[number]) =>
                    r.overdueCommitmentCount === null ? '—' : <Link to={`/investment?departmentId=${r.id}`}>{r.overdueCommitmentCount}</Link>,
                },
                { key: 'rate', title: t('dashboard.fulfilmentRate'), render: (_: unknown, r: (typeof ranked)[number]) => pct(r.commitmentFulfilmentRate) },
                {
                  key: 'score',
                  title: t('dashboard.signal'),
                  render: (_: unknown, r: (typeof ranked)[number]) => <Tag color={r.score === 0 ? 'green' : r.score < 5 ? 'gold' : 'red'}>{r.score}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
