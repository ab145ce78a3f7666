// The case office's last two steps on a case: extend its reply period once, with the reason, and close it
// once replied (NPC/CPPCC: with the deputy's or member's satisfaction, which the server requires there).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { PROPOSAL_KINDS } from '@integrity/rules';
import { graphql } from '../../gql';
import type { DelegateSatisfaction } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';
import { DELEGATE_SATISFACTION } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { CaseStep } from './CaseDialogs';

const EXTEND = graphql(`
  mutation ExtendCase($id: ID!, $reason: String!) {
    extendCase(id: $id, reason: $reason) {
      id
      status
      replyDeadline
      deadline
      extendedOn
      extensionReason
      version
    }
  }
`);

const CLOSE = graphql(`
  mutation CloseCase($id: ID!, $input: CloseCaseInput!) {
    closeCase(id: $id, input: $input) {
      id
      status
      closedOn
      delegateSatisfaction
      version
    }
  }
`);

export function CaseDeadlineDialogs({ step, close }: { step: CaseStep; close: () => void }) {
  const t = useT();
  const { options } = useLabel();
  const [extend] = useMutation(EXTEND, { refetchQueries: 'active' });
  const [closeCase] = useMutation(CLOSE, { refetchQueries: 'active' });
  const id = step?.caseId ?? '';
  const proposal = !!step && (PROPOSAL_KINDS as readonly string[]).includes(step.caseKind);
  return (
    <>
      <FormModal<{ reason: string }>
        open={step?.kind === 'extend'}
        title={`${t('case.extend')} · ${step?.title ?? ''}`}
        onClose={close}
        onSubmit={(v) => mutate(extend({ variables: { id, reason: v.reason.trim() } }))}
        testId="case-extend"
      >
        {() => (
          <Form.Item
            name="reason"
            label={t('case.extensionReason')}
            extra={t('case.extendOnce')}
            rules={[required(t, 'case.extensionReason')]}
          >
            <Input.TextArea rows={3} id="case-extend-reason" />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ delegateSatisfaction?: DelegateSatisfaction }>
        open={step?.kind === 'close'}
        title={`${t('case.close')} · ${step?.title ?? ''}`}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            closeCase({ variables: { id, input: proposal ? { delegateSatisfaction: v.delegateSatisfaction } : {} } }),
          )
        }
        testId="case-close"
      >
        {() =>
          proposal ? (
            <Form.Item
              name="delegateSatisfaction"
              label={t('case.delegateSatisfaction')}
              rules={[required(t, 'case.delegateSatisfaction')]}
            >
              <Select options={options(DELEGATE_SATISFACTION)} id="case-close-satisfaction" />
            </Form.Item>
          ) : (
            <p>{t('case.closeConfirm')}</p>
          )
        }
      </FormModal>
    </>
  );
}
