// The fiscal room for PPP in a region and year (财金〔2019〕10号: obligations within 10% of the general budget
// expenditure) and the obligations falling due; setting the year's expenditure is a dialog here.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, InputNumber, Progress, Row, Select, Space, Statistic, Table, Tag } from 'antd';
import { pppLineCrossed, yuanToFen } from '@integrity/rules';
import { graphql } from '../../gql';
import type { PppCapacityQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem, yuan } from '../../components/fields';
import { PPP_OBLIGATION_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { countyWideIn } from '../../access';
import { useSessionUser } from '../../session-context';

const CAPACITY = graphql(`
  query PppCapacity($regionCode: String!, $year: Int!) {
    pppFiscalCapacity(regionCode: $regionCode, year: $year) {
      generalBudgetExpenditure
      cap
      warningLine
      atWarningLine
      committed
      remaining
    }
    pppObligationsDue(regionCode: $regionCode) {
      id
      projectId
      project {
        id
        name
      }
      year
      amount
      paidAmount
      status
    }
  }
`);

const SET_CAPACITY = graphql(`
  mutation SetPppCapacity($regionCode: String!, $year: Int!, $amount: Decimal!) {
    setPppFiscalCapacity(regionCode: $regionCode, year: $year, generalBudgetExpenditure: $amount) {
      cap
    }
  }
`);

export type Due = PppCapacityQuery['pppObligationsDue'][number];
export const STATUS_COLOR: Record<string, string> = {
  PAID: 'green',
  DUE: 'gold',
  OVERDUE: 'red',
  SCHEDULED: 'default',
};

export function PppCapacityCard({
  write,
  regionCode,
  setRegionCode,
  year,
  setYear,
  regionOptions,
  onPay,
}: {
  write: boolean;
  regionCode: string;
  setRegionCode: (code: string) => void;
  year: number;
  setYear: (year: number) => void;
  regionOptions: { value: string; label: string }[];
  onPay: (obligation: Due) => void;
}) {
  const t = useT();
  const { label } = useLabel();
  const [editing, setEditing] = useState(false);
  // a region's fiscal capacity is set by the county-wide PROCUREMENT office; payments by the project's officers
  const countyWide = countyWideIn(useSessionUser(), 'PROCUREMENT');
  const capacity = useQuery(CAPACITY, { variables: { regionCode, year } });
  const [setCapacity] = useMutation(SET_CAPACITY, { refetchQueries: 'active' });
  const c = capacity.data?.pppFiscalCapacity;
  const used =
    c && Number(c.cap) > 0 ? Math.min(100, Math.round((Number(c.committed) / Number(c.cap)) * 1000) / 10) : 0;
  // over the cap by the shared rule, to the fen (exactly 10% is within it), not by the rounded bar
  const exceeded =
    !!c && pppLineCrossed(yuanToFen(c.committed), yuanToFen(c.generalBudgetExpenditure)) === 'PPP_CAP_EXCEEDED';
  return (
    <>
      <Card
        title={t('ppp.capacity')}
        extra={
          <Space>
            <Select
              style={{ width: 160 }}
              value={regionCode}
              options={regionOptions}
              onChange={setRegionCode}
              aria-label={t('ppp.region')}
            />
            <InputNumber
              value={year}
              min={1990}
              max={2100}
              onChange={(v) => v && setYear(v)}
              aria-label={t('ppp.year')}
            />
            {countyWide ? <Button onClick={() => setEditing(true)}>{t('ppp.setCapacity')}</Button> : null}
          </Space>
        }
        data-testid="ppp-capacity"
      >
        {c ? (
          <Row gutter={16}>
            <Col flex="1">
              <Statistic title={t('ppp.expenditure')} value={yuan(c.generalBudgetExpenditure)} />
            </Col>
            <Col flex="1">
              <Statistic title={t('ppp.warningLine')} value={yuan(c.warningLine)} />
            </Col>
            <Col flex="1">
              <Statistic title={t('ppp.cap')} value={yuan(c.cap)} />
            </Col>
            <Col flex="1">
              <Statistic title={t('ppp.committed')} value={yuan(c.committed)} />
            </Col>
            <Col flex="1">
              <Statistic title={t('ppp.remaining')} value={yuan(c.remaining)} />
            </Col>
            <Col span={24}>
              {/* the warning line is the server's (above 7%, 财金〔2019〕10号) */}
              <Progress percent={used} status={exceeded ? 'exception' : c.atWarningLine ? 'active' : 'normal'} />
              {c.atWarningLine ? (
                <Alert type="warning" showIcon title={t('ppp.atWarningLine')} data-testid="ppp-warning-line" />
              ) : null}
            </Col>
          </Row>
        ) : (
          <Alert type="warning" showIcon message={t('ppp.noCapacity')} />
        )}
      </Card>
      <Card title={t('ppp.due')}>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10 }}
          // the chosen region's obligations: what its budget owes
          dataSource={capacity.data?.pppObligationsDue ?? []}
          locale={{ emptyText: t('common.empty') }}
          columns={[
            { key: 'project', title: t('ppp.name'), render: (_: unknown, o: Due) => o.project.name },
            { key: 'year', title: t('ppp.year'), dataIndex: 'year' },
            { key: 'amount', title: t('pr.amount'), render: (_: unknown, o: Due) => yuan(o.amount) },
            { key: 'paid', title: t('pr.paid'), render: (_: unknown, o: Due) => yuan(o.paidAmount) },
            {
              key: 'status',
              title: t('pr.status'),
              render: (_: unknown, o: Due) => (
                <Tag color={STATUS_COLOR[o.status]}>{label(PPP_OBLIGATION_STATUS, o.status)}</Tag>
              ),
            },
            ...(write
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    render: (_: unknown, o: Due) => (
                      <Button size="small" onClick={() => onPay(o)} data-testid="ppp-pay-button">
                        {t('ppp.pay')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<{ amount: string }>
        open={editing}
        title={`${t('ppp.setCapacity')} · ${regionOptions.find((o) => o.value === regionCode)?.label ?? regionCode} · ${year}`}
        onClose={() => setEditing(false)}
        onSubmit={(v) => mutate(setCapacity({ variables: { regionCode, year, amount: v.amount } }))}
      >
        {() => <MoneyItem name="amount" label="ppp.expenditure" t={t} />}
      </FormModal>
    </>
  );
}
