// A procurement project's contract and its payment milestones: record a payment per milestone, record
// acceptance while the contract is being performed, and a re-delivery after a failed one.
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ProcurementProjectDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { yuan } from '../../components/fields';
import { SecondaryLine } from '../../components/SecondaryLine';
import { DUE_BASIS, ENTERPRISE_SIZE, MILESTONE_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { outstanding } from '../../outstanding';
import type { ContractDialog } from './ContractForms';

type Contract = NonNullable<NonNullable<ProcurementProjectDetailQuery['procurementProject']>['contract']>;
type Milestone = Contract['milestones'][number];

interface Props {
  contract: Contract;
  status: string;
  write: boolean;
  onDialog: (dialog: ContractDialog) => void;
}

/** Acceptances and re-deliveries in date order, a re-delivery before the acceptance of the same day. */
const events = (c: Contract) =>
  [
    ...c.redeliveries.map((r) => ({ id: r.id, on: r.redeliveredOn, kind: 'REDELIVERED' as const, note: r.note })),
    ...c.acceptances.map((a) => ({
      id: a.id,
      on: a.acceptedOn,
      kind: a.passed ? ('PASSED' as const) : ('FAILED' as const),
      note: a.note,
    })),
  ].sort((a, b) => a.on.localeCompare(b.on) || (a.kind === 'REDELIVERED' ? -1 : b.kind === 'REDELIVERED' ? 1 : 0));

const EVENT_TAG = {
  REDELIVERED: { color: 'blue', text: 'pr.redelivered' },
  PASSED: { color: 'green', text: 'pr.passed' },
  FAILED: { color: 'red', text: 'pr.failed' },
} as const;

export function ContractCard({ contract, status, write, onDialog }: Props) {
  const t = useT();
  const { label } = useLabel();
  const history = events(contract);
  // the supplier may deliver again once the latest acceptance failed, and once only
  const mayRedeliver = write && status === 'IN_PERFORMANCE' && history.at(-1)?.kind === 'FAILED';
  return (
    <Card
      size="small"
      title={`${t('pr.contract')} · ${contract.supplierName}（${label(ENTERPRISE_SIZE, contract.supplierSize)}） · ${yuan(contract.amount)} · ${contract.signedOn}`}
      style={{ marginTop: 16 }}
      extra={
        <Space size={4}>
          {contract.acceptancePeriodDays ? (
            <Typography.Text type="secondary">
              {t('pr.acceptancePeriod', { days: contract.acceptancePeriodDays })}
            </Typography.Text>
          ) : null}
          {contract.deliveredOn ? (
            <Typography.Text type="secondary">{`${t('pr.deliveredOn')} ${contract.deliveredOn}`}</Typography.Text>
          ) : write && ['CONTRACTED', 'IN_PERFORMANCE', 'ACCEPTED'].includes(status) ? (
            <Button size="small" onClick={() => onDialog({ kind: 'deliver' })} data-testid="record-delivery-open">
              {t('pr.recordDelivery')}
            </Button>
          ) : null}
          {mayRedeliver ? (
            <Button size="small" onClick={() => onDialog({ kind: 'redeliver' })} data-testid="record-redelivery-open">
              {t('pr.recordRedelivery')}
            </Button>
          ) : null}
          {write && status === 'IN_PERFORMANCE' ? (
            <Button size="small" onClick={() => onDialog({ kind: 'accept' })}>
              {t('pr.acceptance')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contract.milestones}
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq' },
          {
            key: 'dueDate',
            title: t('pr.dueDate'),
            // a milestone counted from delivery or acceptance shows its term until the event gives it a date
            render: (_: unknown, m: Milestone) =>
              m.dueBasis === 'FIXED_DATE' ? (
                // an SME's later agreed date brought forward by the 60-day limit shows what was agreed
                <Space direction="vertical" size={0}>
                  {m.dueDate}
                  {m.agreedDueDate && m.agreedDueDate !== m.dueDate ? (
                    <SecondaryLine testId="milestone-agreed">
                      {t('pr.agreedDate', { date: m.agreedDueDate })}
                    </SecondaryLine>
                  ) : null}
                </Space>
              ) : (
                <Space direction="vertical" size={0}>
                  {m.dueDate ?? '—'}
                  <SecondaryLine>
                    {t('pr.dueAfter', { basis: label(DUE_BASIS, m.dueBasis), days: m.termDays ?? 30 })}
                  </SecondaryLine>
                </Space>
              ),
          },
          { key: 'amount', title: t('pr.amount'), render: (_: unknown, m: Milestone) => yuan(m.amount) },
          {
            key: 'paid',
            title: t('pr.paid'),
            // every payment with its own date: partial payments are kept, never merged
            render: (_: unknown, m: Milestone) => (
              <Space direction="vertical" size={0}>
                {yuan(m.paidAmount)}
                {m.payments.length > 1 || (m.payments[0] && m.payments[0].amount !== m.amount)
                  ? m.payments.map((p) => (
                      <SecondaryLine key={p.id}>
                        {t('pr.paymentLine', { date: p.paidOn, amount: yuan(p.amount) })}
                      </SecondaryLine>
                    ))
                  : null}
              </Space>
            ),
          },
          { key: 'paidOn', title: t('pr.paidOn'), render: (_: unknown, m: Milestone) => m.paidOn ?? '—' },
          {
            key: 'lateInterest',
            title: t('pr.lateInterest'),
            render: (_: unknown, m: Milestone) =>
              m.lateInterest === '0.00' ? (
                '—'
              ) : (
                <Typography.Text type="danger" data-testid="milestone-late-interest">
                  {yuan(m.lateInterest)}
                </Typography.Text>
              ),
          },
          {
            key: 'status',
            title: t('pr.status'),
            render: (_: unknown, m: Milestone) => (
              <Space size={4} wrap>
                <Tag color={m.status === 'OVERDUE' ? 'red' : m.status === 'PAID' ? 'green' : 'default'}>
                  {label(MILESTONE_STATUS, m.status)}
                </Tag>
                {m.daysLate ? (
                  <Tag color={m.status === 'PAID' ? 'orange' : 'red'} data-testid="milestone-late">
                    {t(m.status === 'PAID' ? 'pr.paidLate' : 'pr.daysLate', { days: m.daysLate })}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          // only while a milestone is unpaid: never a column blank on every row
          ...(write && contract.milestones.some((m) => m.status !== 'PAID')
            ? [
                {
                  key: 'pay',
                  title: t('common.actions'),
                  render: (_: unknown, m: Milestone) =>
                    m.status === 'PAID' ? null : (
                      <Button
                        size="small"
                        onClick={() =>
                          onDialog({
                            kind: 'pay',
                            milestoneId: m.id,
                            outstanding: outstanding(m.amount, m.paidAmount),
                          })
                        }
                      >
                        {t('pr.recordPayment')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {history.length ? (
        // every acceptance and re-delivery kept: they decide when an SME's payment term starts
        <Space direction="vertical" size={0} style={{ marginTop: 8 }} data-testid="acceptance-history">
          <Typography.Text strong>{t('pr.acceptanceHistory')}</Typography.Text>
          {history.map((e) => (
            <Typography.Text key={e.id}>
              {e.on} <Tag color={EVENT_TAG[e.kind].color}>{t(EVENT_TAG[e.kind].text)}</Tag>
              {e.note ?? ''}
            </Typography.Text>
          ))}
        </Space>
      ) : null}
    </Card>
  );
}
