// Working a case from the inbox: accept it (or find it out of scope, with the reason), assign it to a lead
// department, reply (NPC/CPPCC with the A/B/C outcome).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio, Select } from 'antd';
import { PROPOSAL_KINDS } from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate, useMutateReloadingOnRefusal } from '../../components/FormModal';
import { required } from '../../components/fields';
import { PROPOSAL_OUTCOME } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { useDepartmentOptions } from '../directory/common';

const TRIAGE = graphql(`
  mutation TriageCase($id: ID!, $accepted: Boolean!, $reason: String) {
    triageCase(id: $id, accepted: $accepted, reason: $reason) {
      id
      status
      version
    }
  }
`);

const ASSIGN = graphql(`
  mutation AssignCase($id: ID!, $input: AssignCaseInput!) {
    assignCase(id: $id, input: $input) {
      id
      status
      version
      department {
        id
        name
      }
      coHandlers {
        id
      }
    }
  }
`);

const REPLY = graphql(`
  mutation ReplyCase($id: ID!, $input: ReplyCaseInput!) {
    replyCase(id: $id, input: $input) {
      id
      status
      version
    }
  }
`);

export type CaseStep = {
  kind: 'triage' | 'assign' | 'reply' | 'extend' | 'close';
  caseId: string;
  caseKind: string;
  title: string;
  /** The version read: an assignment over any change to the case since is refused (CONFLICT), not made unseen. */
  version: number;
  /** Its lead and co-handlers now, which a reassignment starts from. */
  assigned: { departmentId: string; coHandlerIds: string[] } | null;
} | null;

export function CaseDialogs({ step, close }: { step: CaseStep; close: () => void }) {
  const t = useT();
  const { options } = useLabel();
  const departmentOptions = useDepartmentOptions({ skip: step?.kind !== 'assign' });
  const [triage] = useMutation(TRIAGE, { refetchQueries: 'active' });
  const mutateOnVersion = useMutateReloadingOnRefusal();
  const [assign] = useMutation(ASSIGN, { refetchQueries: 'active' });
  const [reply] = useMutation(REPLY, { refetchQueries: 'active' });
  const id = step?.caseId ?? '';
  return (
    <>
      <FormModal<{ accepted: boolean; reason?: string }>
        open={step?.kind === 'triage'}
        title={`${t('case.triage')} · ${step?.title ?? ''}`}
        initialValues={{ accepted: true }}
        onClose={close}
        // the reason is sent only with a refusal (the argument is non-null with a default)
        onSubmit={(v) =>
          mutate(
            triage({ variables: { id, accepted: v.accepted, ...(v.accepted ? {} : { reason: v.reason?.trim() }) } }),
          )
        }
        testId="case-triage"
      >
        {(form) => (
          <>
            <Form.Item name="accepted" label={t('case.triage')}>
              <Radio.Group>
                <Radio value={true}>{t('case.accept')}</Radio>
                <Radio value={false}>{t('case.outOfScope')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item noStyle dependencies={['accepted']}>
              {() =>
                form.getFieldValue('accepted') === false ? (
                  <Form.Item name="reason" label={t('case.reason')} rules={[required(t, 'case.reason')]}>
                    <Input.TextArea rows={3} />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ departmentId: string; coHandlerIds?: string[] }>
        open={step?.kind === 'assign'}
        title={`${t('case.assign')} · ${step?.title ?? ''}`}
        initialValues={step?.assigned ?? undefined}
        onClose={close}
        onSubmit={(v) =>
          mutateOnVersion(
            assign({
              variables: {
                id,
                input: { departmentId: v.departmentId, coHandlerIds: v.coHandlerIds ?? [], version: step?.version },
              },
            }),
          )
        }
        testId="case-assign"
      >
        {() => (
          <>
            <Form.Item name="departmentId" label={t('case.lead')} rules={[required(t, 'case.lead')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="coHandlerIds" label={t('case.coHandlers')}>
              <Select mode="multiple" showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ reply: string; outcome?: 'A' | 'B' | 'C' }>
        open={step?.kind === 'reply'}
        title={`${t('case.reply')} · ${step?.title ?? ''}`}
        onClose={close}
        onSubmit={(v) => mutate(reply({ variables: { id, input: { reply: v.reply, outcome: v.outcome ?? null } } }))}
        testId="case-reply"
      >
        {() => (
          <>
            <Form.Item name="reply" label={t('case.reply')} rules={[required(t, 'case.reply')]}>
              <Input.TextArea rows={4} id="case-reply-text" />
            </Form.Item>
            {step && (PROPOSAL_KINDS as readonly string[]).includes(step.caseKind) ? (
              <Form.Item name="outcome" label={t('case.outcome')} rules={[required(t, 'case.outcome')]}>
                <Select options={options(PROPOSAL_OUTCOME)} />
              </Form.Item>
            ) : null}
          </>
        )}
      </FormModal>
    </>
  );
}
