// Selecting a PPP project's social capital partner (社会资本方) in its procurement phase. Credit checks the
// enterprise on the server (PPP_PARTNER): a serious dishonesty record refuses it, shown on the field.
import { useMutation } from '@apollo/client/react';
import { Form } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { EnterpriseSelect } from '../../components/EnterpriseSelect';
import { required } from '../../components/fields';

const SELECT_PARTNER = graphql(`
  mutation SelectPppPartner($projectId: ID!, $partnerUscc: String!) {
    selectPppPartner(projectId: $projectId, partnerUscc: $partnerUscc) {
      id
      partnerUscc
      partnerName
      partnerSelectedOn
      version
    }
  }
`);

export type PppPartnerTask = { id: string; name: string; partnerUscc?: string | null } | null;

export function PppPartnerDialog({ project, close }: { project: PppPartnerTask; close: () => void }) {
  const t = useT();
  const [select] = useMutation(SELECT_PARTNER, { refetchQueries: 'active' });
  return (
    <FormModal<{ partnerUscc: string }>
      open={!!project}
      title={project ? `${t('ppp.selectPartner')} · ${project.name}` : ''}
      initialValues={project?.partnerUscc ? { partnerUscc: project.partnerUscc } : undefined}
      onClose={close}
      testId="ppp-partner"
      onSubmit={(v) => mutate(select({ variables: { projectId: project?.id ?? '', partnerUscc: v.partnerUscc } }))}
    >
      {() => (
        <>
          <p>{t('ppp.partnerCheck')}</p>
          <Form.Item name="partnerUscc" label={t('ppp.partner')} rules={[required(t, 'ppp.partner')]}>
            <EnterpriseSelect placeholder={t('crp.enterprisePlaceholder')} width="100%" testId="ppp-partner-select" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
