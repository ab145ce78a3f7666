// Objections (异议) with their working-day deadlines, and credit repair applications.
import { useState } from 'react';
import { App, Button, Form, Input, Select, Space, Tag } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ObjectionsQuery, RepairsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { ListPage } from '../../components/ListPage';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { graphQLErrorsOf, messageFor } from '../../errors';
import { OBJECTION_OUTCOME, OBJECTION_STATUS, REPAIR_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const OBJECTIONS = graphql(`
  query Objections($page: Int, $pageSize: Int, $status: ObjectionStatus, $overdueOnly: Boolean) {
    creditObjections(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {
      total
      items {
        id
        status
        reason
        filedBy
        filedOn
        acceptDeadline
        decisionDeadline
        overdue
        note
        record {
          id
          subjectName
          documentNumber
        }
      }
    }
  }
`);

const REPAIRS = graphql(`
  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus) {
    creditRepairs(page: $page, pageSize: $pageSize, status: $status) {
      total
      items {
        id
        status
        evidence
        appliedBy
        appliedOn
        note
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptObjection($id: ID!) {
    acceptObjection(id: $id) {
      id
      status
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideObjection($id: ID!, $outcome: ObjectionOutcome!, $note: String!) {
    decideObjection(id: $id, outcome: $outcome, note: $note) {
      id
      status
    }
  }
`);

const DECIDE_REPAIR = graphql(`
  mutation DecideCreditRepair($id: ID!, $approved: Boolean!, $note: String!) {
    decideCreditRepair(id: $id, approved: $approved, note: $note) {
      id
      status
    }
  }
`);

type Objection = ObjectionsQuery['creditObjections']['items'][number];
type Repair = RepairsQuery['creditRepairs']['items'][number];
const STATUSES = ['FILED', 'ACCEPTED', 'UPHELD', 'REJECTED'] as const;
const REPAIR_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;

export function ObjectionsTab({ write }: { write: boolean }) {
  const t = useT();
  const { label } = useLabel();
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<Objection | null>(null);
  const [accept] = useMutation(ACCEPT, { refetchQueries: 'active' });
  const [decide] = useMutation(DECIDE, { refetchQueries: 'active' });
  return (
    <>
      <ListPage
        title="ob.objections"
        query={OBJECTIONS}
        pick={(d) => d?.creditObjections}
        rowKey={(r: Objection) => r.id}
        exportName="credit-objections"
        filters={[
          {
            name: 'status',
            label: 'cr.status',
            type: 'select',
            options: STATUSES.map((s) => ({ value: s, label: label(OBJECTION_STATUS, s) })),
          },
        ]}
        columns={[
          { key: 'record', title: 'ob.record', text: (r) => `${r.record.subjectName} ${r.record.documentNumber}` },
          { key: 'reason', title: 'ob.reason', text: (r) => r.reason },
          { key: 'filedBy', title: 'ob.filedBy', text: (r) => r.filedBy },
          { key: 'filedOn', title: 'ob.filedOn', text: (r) => r.filedOn },
          { key: 'acceptDeadline', title: 'ob.acceptDeadline', text: (r) => r.acceptDeadline },
          { key: 'decisionDeadline', title: 'ob.decisionDeadline', text: (r) => r.decisionDeadline },
          {
            key: 'status',
            title: 'cr.status',
            text: (r) => label(OBJECTION_STATUS, r.status),
            render: (r) => (
              <>
                <Tag>{label(OBJECTION_STATUS, r.status)}</Tag>
                {r.overdue ? <Tag color="red">{t('ob.overdue')}</Tag> : null}
              </>
            ),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: Objection) => (
                    <Space>
                      {r.status === 'FILED' ? (
                        <Button
                          size="small"
                          onClick={() =>
                            void accept({ variables: { id: r.id } }).then(({ error }) =>
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
                          {t('ob.accept')}
                        </Button>
                      ) : null}
                      {r.status === 'FILED' || r.status === 'ACCEPTED' ? (
                        <Button size="small" onClick={() => setDeciding(r)}>
                          {t('ob.decide')}
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ outcome: 'UPHELD' | 'REJECTED'; note: string }>
        open={deciding !== null}
        title={t('ob.decide')}
        onClose={() => setDeciding(null)}
        onSubmit={(v) => mutate(decide({ variables: { id: deciding?.id ?? '', ...v } }))}
      >
        {() => (
          <>
            <Form.Item name="outcome" label={t('ob.outcome')} rules={[required(t, 'ob.outcome')]}>
              <Select
                options={(['UPHELD', 'REJECTED'] as const).map((o) => ({
                  value: o,
                  label: label(OBJECTION_OUTCOME, o),
                }))}
              />
            </Form.Item>
            <Form.Item name="note" label={t('ob.note')} rules={[required(t, 'ob.note')]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}

export function RepairsTab({ write }: { write: boolean }) {
  const t = useT();
  const { label } = useLabel();
  const [deciding, setDeciding] = useState<{ repair: Repair; approved: boolean } | null>(null);
  const [decide] = useMutation(DECIDE_REPAIR, { refetchQueries: 'active' });
  return (
    <>
      <ListPage
        title="ob.repairs"
        query={REPAIRS}
        pick={(d) => d?.creditRepairs}
        rowKey={(r: Repair) => r.id}
        exportName="credit-repairs"
        filters={[
          {
            name: 'status',
            label: 'cr.status',
            type: 'select',
            options: REPAIR_STATUSES.map((s) => ({ value: s, label: label(REPAIR_STATUS, s) })),
          },
        ]}
        columns={[
          { key: 'appliedOn', title: 'rp.appliedOn', text: (r) => r.appliedOn },
          { key: 'appliedBy', title: 'ob.filedBy', text: (r) => r.appliedBy },
          { key: 'evidence', title: 'rp.evidence', text: (r) => r.evidence },
          {
            key: 'status',
            title: 'cr.status',
            text: (r) => label(REPAIR_STATUS, r.status),
            render: (r) => <Tag>{label(REPAIR_STATUS, r.status)}</Tag>,
          },
          { key: 'note', title: 'ob.note', text: (r) => r.note },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  // county-wide officers other than the applicant decide; the server says so to anyone else
                  render: (r: Repair) =>
                    r.status === 'PENDING' ? (
                      <Space size="small">
                        <Button size="small" type="primary" onClick={() => setDeciding({ repair: r, approved: true })}>
                          {t('rp.approve')}
                        </Button>
                        <Button size="small" danger onClick={() => setDeciding({ repair: r, approved: false })}>
                          {t('rp.reject')}
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <FormModal<{ note: string }>
        open={deciding !== null}
        title={deciding ? t(deciding.approved ? 'rp.approve' : 'rp.reject') : ''}
        onClose={() => setDeciding(null)}
        onSubmit={(v) =>
          mutate(decide({ variables: { id: deciding?.repair.id ?? '', approved: !!deciding?.approved, note: v.note } }))
        }
        testId="decide-repair"
      >
        {() => (
          <Form.Item name="note" label={t('ob.note')} rules={[required(t, 'ob.note')]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
