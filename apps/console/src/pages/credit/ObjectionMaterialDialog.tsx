// 补正: the credit office asks the objector for more material (the clock stops), the objector supplies it (the
// clock runs again, the deadlines moved by the working days it stood still).
import { Form, Input } from 'antd';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { required } from '../../components/fields';

const REQUEST = graphql(`
  mutation RequestObjectionMaterial($id: ID!, $request: String!) {
    requestObjectionMaterial(id: $id, request: $request) {
      id
      status
    }
  }
`);

const SUPPLY = graphql(`
  mutation SupplyObjectionMaterial($id: ID!, $material: String!) {
    supplyObjectionMaterial(id: $id, material: $material) {
      id
      status
      acceptDeadline
      decisionDeadline
      pausedWorkingDays
    }
  }
`);

export interface MaterialStep {
  mode: 'request' | 'supply';
  objectionId: string;
  /** What was asked for, shown when supplying. */
  request?: string | null;
}

export function ObjectionMaterialDialog({ step, onClose }: { step: MaterialStep | null; onClose: () => void }) {
  const t = useT();
  const [request] = useMutation(REQUEST, { refetchQueries: 'active' });
  const [supply] = useMutation(SUPPLY, { refetchQueries: 'active' });
  const id = step?.objectionId ?? '';
  return (
    <FormModal<{ request?: string; material?: string }>
      open={step !== null}
      title={t(step?.mode === 'supply' ? 'ob.supplyMaterial' : 'ob.requestMaterial')}
      onClose={onClose}
      onSubmit={(v) =>
        step?.mode === 'supply'
          ? mutate(supply({ variables: { id, material: v.material ?? '' } }))
          : mutate(request({ variables: { id, request: v.request ?? '' } }))
      }
    >
      {() => (
        <Form.Item
          // named as the server names it, so a refusal lands on the box
          name={step?.mode === 'supply' ? 'material' : 'request'}
          label={t(step?.mode === 'supply' ? 'ob.material' : 'ob.materialRequest')}
          extra={step?.mode === 'supply' && step.request ? `${t('ob.materialRequest')}：${step.request}` : undefined}
          rules={[required(t, step?.mode === 'supply' ? 'ob.material' : 'ob.materialRequest')]}
        >
          <Input.TextArea rows={3} id="material-text" />
        </Form.Item>
      )}
    </FormModal>
  );
}
