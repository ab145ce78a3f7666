// The leaders' dashboard: ONE gateway query for the county-wide picture. Each subgraph contributes its
// figures to Department/Region; with errorPolicy 'all' a down subgraph blanks only its own panels and a
// banner names it (supervision's and casework's figures come in requests of their own for the same reason).
// Charts (echarts) load as their own chunk after the figures are on screen.
import { Suspense, lazy, useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { chinaYear } from '@integrity/rules';
import { useT } from '../i18n';
import { graphQLErrorsOf } from '../errors';
import {
  figuresOf,
  mergeParts,
  rankByIntegrity,
  rankDepartments,
  type DepartmentFigures,
  type IntegrityScore,
} from '../dashboard/signals';
import {
  BASE,
  CASEWORK_FIGURES,
  CREDIT_PART,
  DASHBOARD,
  DEBT_PART,
  INVESTMENT_PART,
  PROCUREMENT_PART,
  SCORES,
  WARNING_COUNTS,
} from '../dashboard/queries';
import { countyFulfilment, type FulfilmentCounts } from '../dashboard/fulfilment';
import { riskOption, signalsOption, type RegionRisk } from '../dashboard/chart-options';
import { KpiCards } from '../dashboard/KpiCards';
import { RankingTable } from '../dashboard/RankingTable';
import { WarningCounts } from '../dashboard/WarningCounts';
import { CaseworkPanel } from '../dashboard/CaseworkPanel';
import { PartialFailure } from '../dashboard/PartialFailure';

const Chart = lazy(() => import('../dashboard/Chart'));

export default function DashboardPage() {
  const t = useT();
  const year = chinaYear();
  const primary = useQuery(DASHBOARD, { variables: { year }, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const degraded = Boolean(primary.error) && !primary.loading && (!primary.data?.departments || !primary.data?.regions);
  const base = useQuery(BASE, { skip: !degraded, errorPolicy: 'all' });
  const credit = useQuery(CREDIT_PART, { skip: !degraded, errorPolicy: 'all' });
  const procurement = useQuery(PROCUREMENT_PART, { skip: !degraded, errorPolicy: 'all' });
  const investment = useQuery(INVESTMENT_PART, { skip: !degraded, errorPolicy: 'all' });
  const debt = useQuery(DEBT_PART, { skip: !degraded, variables: { year }, errorPolicy: 'all' });
  // supervision's live scores and warnings: their own queries, so supervision down blanks only them
  const scored = useQuery(SCORES, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const warnings = useQuery(WARNING_COUNTS, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  // casework's figures likewise: casework down blanks only its panel
  const casework = useQuery(CASEWORK_FIGURES, { errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const data = (
    degraded ? mergeParts(base.data, [credit.data, procurement.data, investment.data], debt.data) : primary.data
  ) as typeof primary.data;
  const loading = primary.loading || (degraded && base.loading);
  const errors = [
    ...graphQLErrorsOf(primary.error),
    ...graphQLErrorsOf(scored.error),
    ...graphQLErrorsOf(warnings.error),
    ...graphQLErrorsOf(casework.error),
  ];
  const raw = data as Record<string, unknown> | undefined;

  const rows = useMemo(() => (data?.departments?.items ?? []) as Record<string, unknown>[], [data]);
  const figures = useMemo<DepartmentFigures[]>(
    () => rows.map((r) => figuresOf(r)).filter((f): f is DepartmentFigures => f !== null),
    [rows],
  );
  const ranked = useMemo(() => rankDepartments(figures), [figures]);
  const scores = useMemo(
    () =>
      new Map<string, IntegrityScore>(
        (scored.data?.departments.items ?? []).flatMap((d) =>
          d.integrityScore ? [[d.id, { ...d.integrityScore, honours: d.integrityHonorEligibility }]] : [],
        ),
      ),
    [scored.data],
  );
  const byScore = useMemo(() => rankByIntegrity(ranked, scores), [ranked, scores]);
  const fulfilment = useMemo(() => countyFulfilment(rows as FulfilmentCounts[]), [rows]);
  const coverage = raw?.creditCoverage as { total: number; withFile: number; ratio: number } | null | undefined;

  if (loading && !data) return <Skeleton active paragraph={{ rows: 12 }} data-testid="dashboard-loading" />;

  const top = ranked.filter((r) => r.score > 0).slice(0, 15);
  const risk = riskOption(raw?.regions as RegionRisk[] | undefined, t);
  const chartFallback = <Skeleton active paragraph={{ rows: 6 }} />;

  return (
    <div data-testid="dashboard">
      <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
      <PartialFailure errors={errors} />
      <Row gutter={[16, 16]}>
        <KpiCards coverage={coverage} figures={figures} fulfilment={fulfilment} />
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.departmentChart')}>
            {top.length ? (
              <Suspense fallback={chartFallback}>
                <Chart option={signalsOption(top, t)} height={360} testId="signals-chart" />
              </Suspense>
            ) : (
              <Empty description={t('dashboard.noData')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('dashboard.debtRisk')} extra={<Link to="/debt">{t('dashboard.debtDetail')}</Link>}>
            {risk ? (
              <Suspense fallback={chartFallback}>
                <Chart option={risk} height={360} testId="risk-chart" />
              </Suspense>
            ) : (
              <Empty description={t('dashboard.noData')} />
            )}
          </Card>
        </Col>
        {/* the ranking takes the whole width, so every figure of a department is in view without scrolling */}
        <Col xs={24}>
          <Card title={t('dashboard.scoreRanking')} data-testid="dashboard-ranking">
            <RankingTable ranked={byScore} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <CaseworkPanel items={casework.data?.departments?.items ?? []} />
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('dashboard.warnings')} extra={<Link to="/supervision/warnings">→</Link>}>
            <WarningCounts
              counts={warnings.data?.integrityWarningCounts ?? []}
              loading={warnings.loading}
              unavailable={Boolean(warnings.error) && !warnings.data?.integrityWarningCounts}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
