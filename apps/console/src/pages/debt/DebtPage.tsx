import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, Form, Input, Select, Space, Table, Tabs, Tag, Button, Empty } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { EChartsOption } from 'echarts';
import { graphql } from '../../gql';
import type { DebtInstrumentsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required, yuan } from '../../components/fields';
import { graphQLErrorsOf, messageFor } from '../../errors';
import Chart from '../../dashboard/Chart';
import { riskBandAreas, riskColor } from '../../dashboard/risk-bands';
import type { PageProps } from '../page-props';
import { useSessionUser } from '../../session-context';
import { DebtAdmin } from './DebtAdmin';
import { InstrumentDrawer } from './InstrumentDrawer';
import { DEBT_KIND, RISK_LEVEL } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const INSTRUMENTS = graphql(`
  query DebtInstruments(
    $page: Int
    $pageSize: Int
    $regionCode: String
    $kind: DebtKind
    $sortBy: DebtInstrumentSortField
    $sortDirection: SortDirection
  ) {
    debtInstruments(
      page: $page
      pageSize: $pageSize
      regionCode: $regionCode
      kind: $kind
      sortBy: $sortBy
      sortDirection: $sortDirection
    ) {
      total
      items {
        id
        kind
        principal
        rate
        issuedOn
        maturesOn
        project
        outstandingPrincipal
        overdueAmount
        region {
          code
          name
        }
      }
    }
  }
`);

const RISK = graphql(`
  query DebtRiskByRegion($year: Int!) {
    regions {
      code
      name
      level
      debtRisk(year: $year) {
        year
        debtBalance
        fiscalResources
        debtLimit
        debtRatio
        debtServiceRatio
        overdueRatio
        level
        missingEmergencyPlan
      }
    }
  }
`);

const ISSUE = graphql(`
  mutation IssueDebt($input: IssueDebtInput!) {
    issueDebt(input: $input) {
      id
    }
  }
`);

const REPAY = graphql(`
  mutation RecordRepayment($instrumentId: ID!, $input: RecordRepaymentInput!) {
    recordRepayment(instrumentId: $instrumentId, input: $input) {
      id
      outstandingPrincipal
      overdueAmount
    }
  }
`);

type Instrument = DebtInstrumentsQuery['debtInstruments']['items'][number];
const KINDS = ['GENERAL_BOND', 'SPECIAL_BOND', 'LOAN', 'OTHER'] as const;
const LEVEL_COLOR: Record<string, string> = { GREEN: 'green', YELLOW: 'gold', ORANGE: 'orange', RED: 'red' };
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);

export default function DebtPage({ write }: PageProps) {
  const t = useT();
  const me = useSessionUser();
  const { label } = useLabel();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'risk';
  const year = new Date().getFullYear();
  const risk = useQuery(RISK, { variables: { year } });
  const [issue] = useMutation(ISSUE, { refetchQueries: 'active' });
  const [repay] = useMutation(REPAY, { refetchQueries: 'active' });
  const [modal, setModal] = useState<{ kind: 'issue' } | { kind: 'repay'; instrument: Instrument } | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const regions = risk.data?.regions ?? [];
  const regionOptions = regions.map((r) => ({ value: r.code, label: r.name }));
  const withRisk = regions.filter((r) => r.debtRisk);
  const riskErrors = graphQLErrorsOf(risk.error);
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

  const riskTab = (
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
        loading={risk.loading}
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

  const instruments = (
    <ListPage
      title="debt.instruments"
      query={INSTRUMENTS}
      pick={(d) => d?.debtInstruments}
      rowKey={(r: Instrument) => r.id}
      exportName="debt-instruments"
      filters={[
        { name: 'regionCode', label: 'debt.region', type: 'select', options: regionOptions },
        {
          name: 'kind',
          label: 'debt.kind',
          type: 'select',
          options: KINDS.map((k) => ({ value: k, label: label(DEBT_KIND, k) })),
        },
      ]}
      columns={[
        { key: 'region', title: 'debt.region', text: (r) => r.region.name },
        { key: 'kind', title: 'debt.kind', text: (r) => label(DEBT_KIND, r.kind) },
        { key: 'project', title: 'debt.project', text: (r) => r.project },
        {
          key: 'principal',
          title: 'debt.principal',
          text: (r) => r.principal,
          render: (r) => yuan(r.principal),
          sort: { server: 'PRINCIPAL' },
        },
        { key: 'rate', title: 'debt.rate', text: (r) => r.rate, render: (r) => `${r.rate}%` },
        { key: 'issuedOn', title: 'debt.issuedOn', text: (r) => r.issuedOn, sort: { server: 'ISSUED_ON' } },
        { key: 'maturesOn', title: 'debt.maturesOn', text: (r) => r.maturesOn, sort: { server: 'MATURES_ON' } },
        {
          key: 'outstandingPrincipal',
          title: 'debt.outstanding',
          text: (r) => r.outstandingPrincipal,
          render: (r) => yuan(r.outstandingPrincipal),
        },
        {
          key: 'overdueAmount',
          title: 'debt.overdue',
          text: (r) => r.overdueAmount,
          render: (r) =>
            Number(r.overdueAmount) > 0 ? <Tag color="red">{yuan(r.overdueAmount)}</Tag> : yuan(r.overdueAmount),
        },
        {
          key: 'actions',
          title: 'common.actions' as const,
          text: () => '',
          render: (r: Instrument) => (
            <Space size="small">
              <Button size="small" onClick={() => setDetail(r.id)}>
                {t('debt.detail')}
              </Button>
              {write ? (
                <Button size="small" onClick={() => setModal({ kind: 'repay', instrument: r })}>
                  {t('debt.repay')}
                </Button>
              ) : null}
            </Space>
          ),
        },
      ]}
      toolbar={
        write ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            data-testid="create"
            onClick={() => setModal({ kind: 'issue' })}
          >
            {t('debt.issue')}
          </Button>
        ) : null
      }
    />
  );

  return (
    <>
      <InstrumentDrawer id={detail} write={write} onClose={() => setDetail(null)} />
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(new URLSearchParams({ tab: key }))}
        items={[
          { key: 'risk', label: t('debt.risk'), children: riskTab },
          { key: 'instruments', label: t('debt.instruments'), children: instruments },
        ]}
      />
      <FormModal<{
        regionCode: string;
        kind: (typeof KINDS)[number];
        principal: string;
        rate: string;
        issuedOn: string;
        maturesOn: string;
        project: string;
      }>
        open={modal?.kind === 'issue'}
        title={t('debt.issue')}
        onClose={() => setModal(null)}
        onSubmit={(v) => mutate(issue({ variables: { input: v } }))}
      >
        {() => (
          <>
            <Form.Item name="regionCode" label={t('debt.region')} rules={[required(t, 'debt.region')]}>
              <Select showSearch optionFilterProp="label" options={regionOptions} />
            </Form.Item>
            <Form.Item name="kind" label={t('debt.kind')} rules={[required(t, 'debt.kind')]}>
              <Select options={KINDS.map((k) => ({ value: k, label: label(DEBT_KIND, k) }))} />
            </Form.Item>
            <MoneyItem name="principal" label="debt.principal" t={t} />
            <Form.Item
              name="rate"
              label={t('debt.rate')}
              extra={t('debt.rateHint')}
              rules={[
                required(t, 'debt.rate'),
                { pattern: /^(30(\.0{1,4})?|[12]?\d(\.\d{1,4})?)$/, message: t('debt.rateHint') },
              ]}
            >
              <Input id="rate" />
            </Form.Item>
            <DateItem name="issuedOn" label="debt.issuedOn" t={t} />
            <DateItem name="maturesOn" label="debt.maturesOn" t={t} />
            <Form.Item name="project" label={t('debt.project')} rules={[required(t, 'debt.project')]}>
              <Input id="project" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ paidOn: string; principal: string; interest: string }>
        open={modal?.kind === 'repay'}
        title={t('debt.repay')}
        onClose={() => setModal(null)}
        onSubmit={(v) =>
          mutate(repay({ variables: { instrumentId: modal?.kind === 'repay' ? modal.instrument.id : '', input: v } }))
        }
      >
        {() => (
          <>
            <DateItem name="paidOn" label="debt.paidOn" t={t} />
            <MoneyItem name="principal" label="debt.principal" t={t} />
            <MoneyItem name="interest" label="debt.interest" t={t} />
          </>
        )}
      </FormModal>
    </>
  );
}
