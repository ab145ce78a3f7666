// The two things an officer asks of an active record from the list: an objection (异议) or a repair (信用修复).
import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';

const FILE_OBJECTION = graphql(`
  mutation FileObjection($recordId: ID!, $reason: String!) {
    fileObjection(recordId: $recordId, reason: $reason) {
      id
      status
      acceptDeadline
      decisionDeadline
    }
  }
`);

const APPLY_REPAIR = graphql(`
  mutation ApplyCreditRepair($recordId: ID!, $evidence: String!, $commitmentLetter: String!) {
    applyCreditRepair(recordId: $recordId, evidence: $evidence, commitmentLetter: $commitmentLetter) {
      id
      status
    }
  }
`);

export interface RecordAction {
  kind: 'objection' | 'repair';
  record: { id: string; subjectName: string };
}

export function RecordActionDialogs({ action, onClose }: { action: RecordAction | null; onClose: () => void }) {
  const t = useT();
  const [fileObjection] = useMutation(FILE_OBJECTION, { refetchQueries: 'active' });
  const [applyRepair] = useMutation(APPLY_REPAIR, { refetchQueries: 'active' });
  return (
    <>
      <FormModal<{ reason: string }>
        open={action?.kind === 'objection'}
        title={`${t('ob.file')} · ${action?.record.subjectName ?? ''}`}
        onClose={onClose}
        onSubmit={(v) => mutate(fileObjection({ variables: { recordId: action?.record.id ?? '', reason: v.reason } }))}
      >
        {() => (
          <Form.Item name="reason" label={t('ob.reason')} rules={[required(t, 'ob.reason')]}>
            <Input.TextArea rows={4} id="reason" />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ evidence: string; commitmentLetter: string }>
        open={action?.kind === 'repair'}
        title={`${t('rp.apply')} · ${action?.record.subjectName ?? ''}`}
        onClose={onClose}
        onSubmit={(v) => mutate(applyRepair({ variables: { recordId: action?.record.id ?? '', ...v } }))}
      >
        {() => (
          <>
            <Form.Item name="evidence" label={t('rp.evidence')} rules={[required(t, 'rp.evidence')]}>
              <Input.TextArea rows={3} id="evidence" />
            </Form.Item>
            <Form.Item name="commitmentLetter" label={t('rp.letter')} rules={[required(t, 'rp.letter')]}>
              <Input.TextArea rows={3} id="commitmentLetter" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
