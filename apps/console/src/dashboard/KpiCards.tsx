// The four headline figures: file coverage, active dishonesty records, overdue payments, overdue commitments
// with the county's fulfilment rate (Σ fulfilled ÷ Σ due).
import { Card, Col, Progress, Statistic, Typography } from 'antd';
import { useT } from '../i18n';
import { sum, type DepartmentFigures } from './signals';
import { pct } from './format';

interface Props {
  coverage: { total: number; withFile: number; ratio: number } | null | undefined;
  figures: DepartmentFigures[];
  fulfilment: { rate: number | null; fulfilled: number; due: number };
}

export function KpiCards({ coverage, figures, fulfilment }: Props) {
  const t = useT();
  return (
    <>
      <Col xs={24} md={12} xl={6}>
        <Card data-testid="kpi-coverage">
          <Statistic title={t('dashboard.coverage')} value={coverage ? pct(coverage.ratio) : '—'} />
          {coverage ? (
            <>
              <Progress
                percent={Math.round(coverage.ratio * 1000) / 10}
                showInfo={false}
                status={coverage.ratio < 1 ? 'exception' : 'success'}
              />
              <Typography.Text type="secondary">
                {t('dashboard.coverageDetail', { withFile: coverage.withFile, total: coverage.total })}
              </Typography.Text>
            </>
          ) : null}
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card data-testid="kpi-dishonesty">
          <Statistic
            title={t('dashboard.dishonesty')}
            value={sum(figures, 'activeDishonestyRecordCount') ?? '—'}
            valueStyle={{ color: '#b71c1c' }}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card data-testid="kpi-payments">
          <Statistic
            title={t('dashboard.overduePayments')}
            value={sum(figures, 'overduePaymentCount') ?? '—'}
            valueStyle={{ color: '#ef6c00' }}
          />
        </Card>
      </Col>
      <Col xs={24} md={12} xl={6}>
        <Card data-testid="kpi-commitments">
          <Statistic
            title={t('dashboard.overdueCommitments')}
            value={sum(figures, 'overdueCommitmentCount') ?? '—'}
            valueStyle={{ color: '#f9a825' }}
          />
          <Typography.Text type="secondary" data-testid="kpi-fulfilment">
            {t('dashboard.fulfilmentRate')}: {pct(fulfilment.rate)}
            {fulfilment.due
              ? ` ${t('dashboard.fulfilmentDetail', { fulfilled: fulfilment.fulfilled, due: fulfilment.due })}`
              : ''}
          </Typography.Text>
        </Card>
      </Col>
    </>
  );
}
