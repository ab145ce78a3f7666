// Credit repair applications (信用修复): each with its decision deadline, decided with reasons by the recording
// department.
import { useState } from 'react';
import { Button, Form, Input, Space, Tag } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RepairsQuery } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useStaffColumn } from '../../components/StaffName';
import { ListPage } from '../../components/ListPage';
import { CalendarMissingTag } from '../../components/CalendarMissingTag';
import { LongText } from '../../components/LongText';
import { recordColumn } from './record-column';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { REPAIR_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const REPAIRS = graphql(`
  query Repairs($page: Int, $pageSize: Int, $status: RepairStatus, $overdueOnly: Boolean) {
    creditRepairs(page: $page, pageSize: $pageSize, status: $status, overdueOnly: $overdueOnly) {
      total
      items {
        id
        status
        record {
          id
          subjectName
          documentNumber
        }
        evidence
        appliedBy
        appliedOn
        decisionDeadline
        calendarMissing
        overdue
        note
      }
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

type Repair = RepairsQuery['creditRepairs']['items'][number];

export function RepairsTab({ write }: { write: boolean }) {
  const staffColumn = useStaffColumn();
  const t = useT();
  const { label, options } = useLabel();
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
            options: options(REPAIR_STATUS),
          },
          {
            name: 'overdueOnly',
            label: 'rp.overdueOnly',
            type: 'yes',
          },
        ]}
        columns={[
          // the applicant under the day, long texts in two lines: the list fits the screen with its actions
          recordColumn<Repair>(),
          {
            key: 'appliedOn',
            title: 'rp.appliedOnAndBy',
            exportTitle: 'rp.appliedOn',
            text: (r) => r.appliedOn,
            under: ['appliedBy'],
          },
          staffColumn<Repair>('appliedBy', 'rp.appliedBy', (r) => r.appliedBy),
          {
            key: 'evidence',
            title: 'rp.evidence',
            width: 220,
            text: (r) => r.evidence,
            render: (r) => <LongText text={r.evidence} />,
          },
          {
            key: 'decisionDeadline',
            title: 'rp.deadline',
            text: (r) => r.decisionDeadline,
            render: (r) => (
              <>
                {r.decisionDeadline}
                {r.overdue ? (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    {t('ob.overdue')}
                  </Tag>
                ) : null}
                <CalendarMissingTag show={r.calendarMissing && r.status === 'PENDING'} />
              </>
            ),
          },
          {
            key: 'status',
            title: 'cr.status',
            text: (r) => label(REPAIR_STATUS, r.status),
            render: (r) => <Tag>{label(REPAIR_STATUS, r.status)}</Tag>,
          },
          {
            key: 'note',
            title: 'ob.note',
            width: 220,
            // the decision's reasons: none while every repair shown is pending
            optional: true,
            text: (r) => r.note,
            render: (r) => (r.note ? <LongText text={r.note} /> : null),
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  // the recording department (谁认定谁修复), never the applicant, decides; the server says so to anyone else
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
