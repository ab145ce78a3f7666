// A department's progress report on one duty for one quarter (filed again, it replaces the earlier one).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { graphql } from '../../../gql';
import { useT } from '../../../i18n';
import { FormModal, mutate } from '../../../components/FormModal';
import { required } from '../../../components/fields';
import { TASK_REPORT_STATUS } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { PlanTask } from './LedgerPage';
import { periodLabel } from './periods';

const REPORT = graphql(`
  mutation ReportTaskProgress($taskId: ID!, $input: ReportTaskProgressInput!) {
    reportTaskProgress(taskId: $taskId, input: $input) {
      id
      status
    }
  }
`);

type Status = keyof typeof TASK_REPORT_STATUS;

export function ReportDialog({ task, period, close }: { task: PlanTask | null; period: string; close: () => void }) {
  const t = useT();
  const { options } = useLabel();
  const [report] = useMutation(REPORT, { refetchQueries: 'active' });
  return (
    <FormModal<{ status: Status; progress: string; evidence: string }>
      open={!!task}
      title={`${t('ledger.report')} · ${task?.id ?? ''} · ${periodLabel(period)}`}
      testId="report-progress-dialog"
      onClose={close}
      onSubmit={(v) => mutate(report({ variables: { taskId: task?.id ?? '', input: { ...v, period } } }))}
    >
      {() => (
        <>
          <Form.Item name="status" label={t('ledger.status')} rules={[required(t, 'ledger.status')]}>
            <Select options={options(TASK_REPORT_STATUS)} id="status" />
          </Form.Item>
          <Form.Item name="progress" label={t('ledger.progress')} rules={[required(t, 'ledger.progress')]}>
            <Input.TextArea rows={4} id="progress" />
          </Form.Item>
          <Form.Item name="evidence" label={t('ledger.evidence')}>
            <Input id="evidence" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
