// The rectification page's dialogs: order (by hand or from a finding), report, decide, record an inspection.
import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio, Select } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { FormModal, mutate, useMutateReloadingOnRefusal } from '../../../components/FormModal';
import { DateItem, required } from '../../../components/fields';
import type { DialogProps } from './modal';

const ORDER = graphql(`
  mutation OrderRectification($input: OrderRectificationInput!) {
    orderRectification(input: $input) {
      id
      status
    }
  }
`);

const REPORT = graphql(`
  mutation ReportRectification($id: ID!, $input: ReportRectificationInput!) {
    reportRectification(id: $id, input: $input) {
      id
      status
      report
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideRectification($id: ID!, $accepted: Boolean!, $note: String, $version: Int) {
    decideRectification(id: $id, accepted: $accepted, note: $note, version: $version) {
      id
      status
      decisionNote
    }
  }
`);

const RECORD_INSPECTION = graphql(`
  mutation RecordInspection($input: RecordInspectionInput!) {
    recordInspection(input: $input) {
      id
    }
  }
`);

export function RectificationDialogs({ modal, close, departmentOptions }: DialogProps) {
  const t = useT();
  const [order] = useMutation(ORDER, { refetchQueries: 'active' });
  const [report] = useMutation(REPORT, { refetchQueries: 'active' });
  const [decide] = useMutation(DECIDE, { refetchQueries: 'active' });
  const mutateOnVersion = useMutateReloadingOnRefusal();
  const [recordInspection] = useMutation(RECORD_INSPECTION, { refetchQueries: 'active' });
  const finding = modal?.kind === 'order' ? modal.finding : undefined;
  const target = modal?.kind === 'report' || modal?.kind === 'decide' ? modal.order : null;
  const suffix = target ? ` · ${target.department.name}` : '';

  return (
    <>
      <FormModal<{ departmentId: string; subject: string; basis: string; deadline: string }>
        open={modal?.kind === 'order'}
        title={t('rect.newOrder')}
        testId="order-rectification"
        initialValues={finding ? { departmentId: finding.departmentId, subject: finding.text } : {}}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            order({
              variables: {
                input: { ...v, ...(finding ? { origin: 'INSPECTION' as const, originId: finding.id } : {}) },
              },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="departmentId" label={t('rect.department')} rules={[required(t, 'rect.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} disabled={!!finding} />
            </Form.Item>
            <Form.Item name="subject" label={t('rect.subject')} rules={[required(t, 'rect.subject')]}>
              <Input.TextArea rows={2} id="subject" />
            </Form.Item>
            <Form.Item name="basis" label={t('rect.basis')} rules={[required(t, 'rect.basis')]}>
              <Input id="basis" />
            </Form.Item>
            <DateItem name="deadline" label="rect.deadline" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ report: string; evidence: string }>
        open={modal?.kind === 'report'}
        title={`${t('rect.reportAction')}${suffix}`}
        testId="report-rectification-dialog"
        onClose={close}
        onSubmit={(v) => mutate(report({ variables: { id: target?.id ?? '', input: v } }))}
      >
        {() => (
          <>
            <Form.Item name="report" label={t('rect.report')} rules={[required(t, 'rect.report')]}>
              <Input.TextArea rows={4} id="report" />
            </Form.Item>
            <Form.Item name="evidence" label={t('rect.evidence')}>
              <Input id="evidence" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ accepted: boolean; note: string }>
        open={modal?.kind === 'decide'}
        title={`${t('rect.decide')}${suffix}`}
        testId="decide-rectification-dialog"
        initialValues={{ accepted: true }}
        onClose={close}
        onSubmit={(v) =>
          // the version shown: a report filed again since is refused, not decided unseen
          mutateOnVersion(
            decide({
              variables: { id: target?.id ?? '', accepted: v.accepted, note: v.note ?? '', version: target?.version },
            }),
          )
        }
      >
        {() => (
          <>
            {target?.report ? <p>{target.report}</p> : null}
            <Form.Item name="accepted" label={t('rect.status')}>
              <Radio.Group
                options={[
                  { value: true, label: t('rect.accept') },
                  { value: false, label: t('rect.return') },
                ]}
              />
            </Form.Item>
            <Form.Item name="note" label={t('rect.decisionNote')}>
              <Input.TextArea rows={3} id="note" />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ departmentId: string; inspectedOn: string; team: string; findings: string }>
        open={modal?.kind === 'inspection'}
        title={t('rect.newInspection')}
        testId="record-inspection"
        onClose={close}
        onSubmit={(v) =>
          mutate(
            recordInspection({
              variables: {
                input: {
                  ...v,
                  findings: v.findings
                    .split('\n')
                    .map((line) => line.trim())
                    .filter(Boolean),
                },
              },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="departmentId" label={t('rect.department')} rules={[required(t, 'rect.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <DateItem name="inspectedOn" label="rect.inspectedOn" t={t} />
            <Form.Item name="team" label={t('rect.team')} rules={[required(t, 'rect.team')]}>
              <Input id="team" />
            </Form.Item>
            <Form.Item
              name="findings"
              label={t('rect.findings')}
              extra={t('rect.findingsHint')}
              rules={[required(t, 'rect.findings')]}
            >
              <Input.TextArea rows={4} id="findings" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
