// Objections (异议) with their working-day deadlines: accept, ask for material (补正), decide.
import { useState } from 'react';
import { Button, Form, Input, Select, Tag, Tooltip } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ObjectionsQuery } from '../../gql/graphql';
import { actionCell } from '../../components/action-cell';
import { useT } from '../../i18n';
import { useStaffColumn } from '../../components/StaffName';
import { ListPage } from '../../components/ListPage';
import { CalendarMissingTag } from '../../components/CalendarMissingTag';
import { LongText } from '../../components/LongText';
import { recordColumn } from './record-column';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { useActionFeedback } from '../../components/action-feedback';
import { OBJECTION_OUTCOME, OBJECTION_STATUS } from '../../labels';
import { objectionHandlingRefusal } from '@integrity/rules';
import { countyWideIn } from '../../access';
import { useSessionUser } from '../../session-context';
import { useLabel } from '../../labels/useLabel';
import { ObjectionMaterialDialog, type MaterialStep } from './ObjectionMaterialDialog';

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
        calendarMissing
        materialRequest
        material
        pausedWorkingDays
        note
        acceptingDepartment {
          id
          name
          shortName
        }
        record {
          id
          subjectName
          documentNumber
          department {
            id
          }
        }
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

type Objection = ObjectionsQuery['creditObjections']['items'][number];
/** Not yet upheld or rejected: its deadline runs and it can be decided. */
const undecided = (r: { status: string }) => r.status !== 'UPHELD' && r.status !== 'REJECTED';

export function ObjectionsTab({ write }: { write: boolean }) {
  const staffColumn = useStaffColumn();
  const t = useT();
  const { label, options } = useLabel();
  const { report } = useActionFeedback();
  const [deciding, setDeciding] = useState<Objection | null>(null);
  const me = useSessionUser();
  // the county credit office handles objections (accept, 补正, decide), under the rule credit enforces
  const handles = (r: Objection) =>
    !!me &&
    countyWideIn(me, 'CREDIT') &&
    objectionHandlingRefusal(
      { username: me.username, departmentId: me.department?.id ?? null },
      {
        filedBy: r.filedBy,
        aboutDepartmentId: r.record.department?.id ?? null,
        acceptedDepartmentId: r.acceptingDepartment?.id ?? null,
      },
    ) === null;
  const [material, setMaterial] = useState<MaterialStep | null>(null);
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
            options: options(OBJECTION_STATUS),
          },
        ]}
        columns={[
          // the record's number under its subject, who filed it under the day, the decision's deadline under the
          // acceptance's: the list fits the screen with its actions
          recordColumn<Objection>(),
          {
            key: 'reason',
            title: 'ob.reason',
            width: 240,
            text: (r) => r.reason,
            render: (r) => <LongText text={r.reason} />,
          },
          {
            key: 'filedOn',
            title: 'ob.filedOnAndBy',
            exportTitle: 'ob.filedOn',
            text: (r) => r.filedOn,
            under: ['filedBy'],
          },
          staffColumn<Objection>('filedBy', 'ob.filedBy', (r) => r.filedBy),
          {
            key: 'acceptDeadline',
            title: 'ob.deadlines',
            exportTitle: 'ob.acceptDeadline',
            text: (r) => r.acceptDeadline,
            under: ['decisionDeadline'],
          },
          {
            key: 'decisionDeadline',
            title: 'ob.decisionDeadline',
            text: (r) => r.decisionDeadline,
            // a deadline reaching into a year without its holiday arrangement counted weekends only: said while
            // it runs, not once the objection is decided
            render: (r) => (
              <>
                {r.decisionDeadline}
                <CalendarMissingTag show={r.calendarMissing && undecided(r)} />
              </>
            ),
          },
          {
            key: 'status',
            title: 'cr.status',
            text: (r) => label(OBJECTION_STATUS, r.status),
            // the department answering for its decision, once one accepted it
            under: ['acceptingDepartment'],
            render: (r) => (
              <>
                <Tooltip title={r.materialRequest ? `${t('ob.materialRequest')}：${r.materialRequest}` : undefined}>
                  <Tag>{label(OBJECTION_STATUS, r.status)}</Tag>
                </Tooltip>
                {r.overdue ? <Tag color="red">{t('ob.overdue')}</Tag> : null}
                {r.pausedWorkingDays > 0 ? <Tag>{t('ob.paused', { days: r.pausedWorkingDays })}</Tag> : null}
              </>
            ),
          },
          {
            key: 'acceptingDepartment',
            title: 'ob.acceptingDepartment',
            text: (r) => r.acceptingDepartment?.name,
            render: (r) =>
              r.acceptingDepartment ? t('ob.acceptedBy', { department: r.acceptingDepartment.shortName }) : null,
          },
          ...(write
            ? [
                {
                  key: 'actions',
                  title: 'common.actions' as const,
                  text: () => '',
                  render: (r: Objection) =>
                    actionCell(
                      r.status === 'FILED' && handles(r) ? (
                        <Button size="small" onClick={() => report(accept({ variables: { id: r.id } }))}>
                          {t('ob.accept')}
                        </Button>
                      ) : null,
                      (r.status === 'FILED' || r.status === 'ACCEPTED') && handles(r) ? (
                        <Button size="small" onClick={() => setMaterial({ mode: 'request', objectionId: r.id })}>
                          {t('ob.requestMaterial')}
                        </Button>
                      ) : null,
                      r.status === 'MATERIAL_REQUESTED' ? (
                        <Button
                          size="small"
                          onClick={() => setMaterial({ mode: 'supply', objectionId: r.id, request: r.materialRequest })}
                        >
                          {t('ob.supplyMaterial')}
                        </Button>
                      ) : null,
                      undecided(r) && handles(r) ? (
                        <Button size="small" onClick={() => setDeciding(r)}>
                          {t('ob.decide')}
                        </Button>
                      ) : null,
                    ),
                },
              ]
            : []),
        ]}
      />
      <ObjectionMaterialDialog step={material} onClose={() => setMaterial(null)} />
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
