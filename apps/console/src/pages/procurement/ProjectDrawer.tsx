// A procurement project's detail: lifecycle timeline, bids (and refused bids), contract and milestones.
import { useState } from 'react';
import dayjs from 'dayjs';
import { App, Button, Card, Descriptions, Drawer, Form, Input, Skeleton, Table, Tag, Timeline } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProcurementProjectDetailQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem, yuan } from '../../components/fields';
import { graphQLErrorsOf, messageFor } from '../../errors';
import { usccRule } from '../directory/EnterprisesPage';
import { ContractForms, outstanding, type ContractDialog } from './ContractForms';
import { MILESTONE_STATUS, PROCUREMENT_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const PROJECT = graphql(`
  query ProcurementProjectDetail($id: ID!) {
    procurementProject(id: $id) {
      id
      ocid
      title
      status
      budget
      methodName
      purchaser {
        id
        name
      }
      timeline {
        fromStatus
        toStatus
        at
        byUser
      }
      bids {
        id
        supplierUscc
        supplierName
        amount
        submittedAt
      }
      refusedBids {
        id
        supplierUscc
        amount
        reason
        at
      }
      contract {
        id
        supplierName
        amount
        signedOn
        milestones {
          id
          seq
          dueDate
          amount
          paidAmount
          paidOn
          status
        }
      }
    }
  }
`);

const SUBMIT_BID = graphql(`
  mutation SubmitBid($projectId: ID!, $supplierUscc: String!, $amount: Decimal!) {
    submitBid(projectId: $projectId, supplierUscc: $supplierUscc, amount: $amount) {
      id
    }
  }
`);

const AWARD = graphql(`
  mutation AwardProject($projectId: ID!, $bidId: ID!) {
    awardProject(projectId: $projectId, bidId: $bidId) {
      id
      status
    }
  }
`);

type Milestone = NonNullable<
  NonNullable<ProcurementProjectDetailQuery['procurementProject']>['contract']
>['milestones'][number];

export default function ProjectDrawer({
  id,
  write,
  onClose,
}: {
  id: string | null;
  write: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { label } = useLabel();
  const { message } = App.useApp();
  const [bidding, setBidding] = useState(false);
  const [dialog, setDialog] = useState<ContractDialog>(null);
  const { data, loading } = useQuery(PROJECT, { variables: { id: id ?? '' }, skip: !id });
  const [submitBid] = useMutation(SUBMIT_BID, { refetchQueries: 'active' });
  const [award] = useMutation(AWARD, { refetchQueries: 'active' });
  const p = data?.procurementProject;
  const ps = (s: string) => label(PROCUREMENT_STATUS, s);

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={p ? `${p.title}（${p.ocid}）` : ''}
      data-testid="project-drawer"
    >
      {loading && !p ? <Skeleton active /> : null}
      {p ? (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label={t('pr.purchaser')}>{p.purchaser.name}</Descriptions.Item>
            <Descriptions.Item label={t('pr.method')}>{p.methodName}</Descriptions.Item>
            <Descriptions.Item label={t('pr.budget')}>{yuan(p.budget)}</Descriptions.Item>
            <Descriptions.Item label={t('pr.status')}>
              <Tag color="blue">{ps(p.status)}</Tag>
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('pr.timeline')} style={{ marginTop: 16 }}>
            <Timeline
              items={p.timeline.map((c) => ({
                content: `${dayjs(c.at).format('YYYY-MM-DD HH:mm:ss')} ${c.fromStatus ? `${ps(c.fromStatus)} → ` : ''}${ps(c.toStatus)}（${c.byUser}）`,
              }))}
            />
          </Card>
          <Card
            size="small"
            title={t('pr.bids')}
            style={{ marginTop: 16 }}
            extra={
              write && p.status === 'TENDERING' ? (
                <Button size="small" onClick={() => setBidding(true)}>
                  {t('pr.submitBid')}
                </Button>
              ) : null
            }
          >
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={p.bids}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                {
                  key: 'supplier',
                  title: t('pr.supplier'),
                  render: (_: unknown, b: (typeof p.bids)[number]) => `${b.supplierName}（${b.supplierUscc}）`,
                },
                {
                  key: 'amount',
                  title: t('pr.amount'),
                  render: (_: unknown, b: (typeof p.bids)[number]) => yuan(b.amount),
                },
                {
                  key: 'at',
                  title: t('pr.submittedAt'),
                  render: (_: unknown, b: (typeof p.bids)[number]) => dayjs(b.submittedAt).format('YYYY-MM-DD HH:mm'),
                },
                ...(write && p.status === 'EVALUATION'
                  ? [
                      {
                        key: 'award',
                        title: t('common.actions'),
                        render: (_: unknown, b: (typeof p.bids)[number]) => (
                          <Button
                            size="small"
                            onClick={() =>
                              void award({ variables: { projectId: p.id, bidId: b.id } }).then(({ error }) =>
                                error
                                  ? message.error(
                                      graphQLErrorsOf(error)
                                        .map((e) => messageFor(e, t))
                                        .join('；'),
                                    )
                                  : message.success(t('common.saved')),
                              )
                            }
                          >
                            {t('pr.award')}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {p.refusedBids.length ? (
              <>
                <h4 style={{ marginTop: 12 }}>{t('pr.refusedBids')}</h4>
                {p.refusedBids.map((r) => (
                  <Tag key={r.id} color="red" style={{ whiteSpace: 'normal', marginBottom: 4 }}>
                    {r.supplierUscc} · {yuan(r.amount)} · {r.reason}
                  </Tag>
                ))}
              </>
            ) : null}
          </Card>
          {write && p.status === 'AWARDED' ? (
            <Button
              type="primary"
              style={{ marginTop: 16 }}
              onClick={() => setDialog({ kind: 'sign' })}
              data-testid="open-sign"
            >
              {t('pr.signContract')}
            </Button>
          ) : null}
          {p.contract ? (
            <Card
              size="small"
              title={`${t('pr.contract')} · ${p.contract.supplierName} · ${yuan(p.contract.amount)} · ${p.contract.signedOn}`}
              style={{ marginTop: 16 }}
              extra={
                write && p.status === 'IN_PERFORMANCE' ? (
                  <Button size="small" onClick={() => setDialog({ kind: 'accept' })}>
                    {t('pr.acceptance')}
                  </Button>
                ) : null
              }
            >
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={p.contract.milestones}
                columns={[
                  { key: 'seq', title: '#', dataIndex: 'seq' },
                  { key: 'dueDate', title: t('pr.dueDate'), dataIndex: 'dueDate' },
                  { key: 'amount', title: t('pr.amount'), render: (_: unknown, m: Milestone) => yuan(m.amount) },
                  { key: 'paid', title: t('pr.paid'), render: (_: unknown, m: Milestone) => yuan(m.paidAmount) },
                  {
                    key: 'status',
                    title: t('pr.status'),
                    render: (_: unknown, m: Milestone) => (
                      <Tag color={m.status === 'OVERDUE' ? 'red' : m.status === 'PAID' ? 'green' : 'default'}>
                        {label(MILESTONE_STATUS, m.status)}
                      </Tag>
                    ),
                  },
                  ...(write
                    ? [
                        {
                          key: 'pay',
                          title: t('common.actions'),
                          render: (_: unknown, m: Milestone) =>
                            m.status === 'PAID' ? null : (
                              <Button
                                size="small"
                                onClick={() =>
                                  setDialog({
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
            </Card>
          ) : null}
          <ContractForms projectId={p.id} dialog={dialog} onClose={() => setDialog(null)} />
          <FormModal<{ supplierUscc: string; amount: string }>
            open={bidding}
            title={t('pr.submitBid')}
            onClose={() => setBidding(false)}
            onSubmit={(v) =>
              mutate(
                submitBid({
                  variables: { projectId: p.id, supplierUscc: v.supplierUscc.trim().toUpperCase(), amount: v.amount },
                }),
              )
            }
          >
            {() => (
              <>
                <Form.Item
                  name="supplierUscc"
                  label={t('pr.supplierUscc')}
                  rules={[usccRule(t)]}
                  validateTrigger="onBlur"
                >
                  <Input maxLength={18} id="supplierUscc" />
                </Form.Item>
                <MoneyItem name="amount" label="pr.amount" t={t} />
              </>
            )}
          </FormModal>
        </>
      ) : null}
    </Drawer>
  );
}
