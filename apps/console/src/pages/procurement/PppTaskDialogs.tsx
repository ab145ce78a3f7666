// PPP tasks beside their operations: move a project to a later phase, record a payment against an obligation,
// record when an existing project's partner procurement was completed (it takes no obligation until then).
import { useMutation } from '@apollo/client/react';
import { Form, Select } from 'antd';
import { chinaDate } from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required, yuan } from '../../components/fields';
import { outstanding } from '../../outstanding';
import { PPP_PHASE } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import type { PppPhase } from '../../labels/ppp-phase';

const ADVANCE = graphql(`
  mutation AdvancePppPhase($id: ID!, $phase: PppPhase!) {
    advancePppPhase(id: $id, phase: $phase) {
      id
      phase
      version
    }
  }
`);

const PAY = graphql(`
  mutation PayPppObligation($id: ID!, $amount: Decimal!, $paidOn: Date) {
    payPppObligation(id: $id, amount: $amount, paidOn: $paidOn) {
      id
      paidAmount
      status
    }
  }
`);

const COMPLETED = graphql(`
  mutation RecordPppProcurementCompletion($projectId: ID!, $completedOn: Date!) {
    recordPppProcurementCompletion(projectId: $projectId, completedOn: $completedOn) {
      id
      procurementCompletedOn
      version
    }
  }
`);

const PHASES = Object.keys(PPP_PHASE) as PppPhase[];

export type PppTask =
  | { kind: 'advance'; project: { id: string; name: string; phase: PppPhase } }
  | { kind: 'pay'; obligation: { id: string; year: number; amount: string; paidAmount: string }; projectName?: string }
  | { kind: 'completed'; project: { id: string; name: string } }
  | null;

export function PppTaskDialogs({ task, close }: { task: PppTask; close: () => void }) {
  const t = useT();
  const { label } = useLabel();
  const [advance] = useMutation(ADVANCE, { refetchQueries: 'active' });
  const [pay] = useMutation(PAY, { refetchQueries: 'active' });
  const [completed] = useMutation(COMPLETED, { refetchQueries: 'active' });
  const existing = task?.kind === 'completed' ? task.project : null;
  const project = task?.kind === 'advance' ? task.project : null;
  const later = project ? PHASES.slice(PHASES.indexOf(project.phase) + 1) : [];
  const obligation = task?.kind === 'pay' ? task.obligation : null;
  const left = obligation ? outstanding(obligation.amount, obligation.paidAmount) : '';

  return (
    <>
      <FormModal<{ phase: PppPhase }>
        open={!!project}
        title={project ? `${t('ppp.advance')} · ${project.name}（${label(PPP_PHASE, project.phase)}）` : ''}
        initialValues={later[0] ? { phase: later[0] } : undefined}
        onClose={close}
        testId="ppp-advance"
        onSubmit={(v) => mutate(advance({ variables: { id: project?.id ?? '', phase: v.phase } }))}
      >
        {() => (
          <Form.Item name="phase" label={t('ppp.nextPhase')} rules={[required(t, 'ppp.nextPhase')]}>
            <Select options={later.map((p) => ({ value: p, label: label(PPP_PHASE, p) }))} />
          </Form.Item>
        )}
      </FormModal>
      <FormModal<{ amount: string; paidOn: string }>
        open={!!obligation}
        title={
          obligation
            ? `${t('ppp.pay')} · ${task?.kind === 'pay' && task.projectName ? `${task.projectName} · ` : ''}${obligation.year}`
            : ''
        }
        initialValues={obligation ? { amount: left, paidOn: chinaDate() } : undefined}
        onClose={close}
        testId="ppp-pay"
        onSubmit={(v) => mutate(pay({ variables: { id: obligation?.id ?? '', amount: v.amount, paidOn: v.paidOn } }))}
      >
        {() => (
          <>
            {obligation ? <p>{t('ppp.outstanding', { amount: yuan(left) })}</p> : null}
            <MoneyItem name="amount" label="ppp.payAmount" t={t} />
            <DateItem name="paidOn" label="ppp.paidOn" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ completedOn: string }>
        open={!!existing}
        title={existing ? `${t('ppp.recordCompleted')} · ${existing.name}` : ''}
        onClose={close}
        testId="ppp-completed"
        onSubmit={(v) =>
          mutate(completed({ variables: { projectId: existing?.id ?? '', completedOn: v.completedOn } }))
        }
      >
        {() => (
          <>
            <p>{t('ppp.completedMissing')}</p>
            <DateItem name="completedOn" label="ppp.procurementCompletedOn" t={t} />
          </>
        )}
      </FormModal>
    </>
  );
}
