// Registering a PPP project and adding a year's government payment obligation to one (held against the cap
// by the server, FISCAL_CAP_EXCEEDED with the figures).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Select } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem, required } from '../../components/fields';
import { useDepartmentOptions } from '../directory/common';
import { PPP_MECHANISM, type PppMechanism } from '../../labels/ppp-mechanism';
import { useLabel } from '../../labels/useLabel';

const CREATE = graphql(`
  mutation CreatePpp($input: CreatePppProjectInput!) {
    createPppProject(input: $input) {
      id
    }
  }
`);

const ADD_OBLIGATION = graphql(`
  mutation AddPppObligation($projectId: ID!, $year: Int!, $amount: Decimal!) {
    addPppObligation(projectId: $projectId, year: $year, amount: $amount) {
      id
      status
    }
  }
`);

export type PppProjectDialog =
  { kind: 'create' } | { kind: 'obligation'; project: { id: string; name: string } } | null;

export function PppProjectDialogs({
  modal,
  close,
  regionCode,
  year,
  regionOptions,
}: {
  modal: PppProjectDialog;
  close: () => void;
  regionCode: string;
  year: number;
  regionOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { options } = useLabel();
  const departmentOptions = useDepartmentOptions({ skip: modal === null });
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  const [addObligation] = useMutation(ADD_OBLIGATION, { refetchQueries: 'active' });
  return (
    <>
      <FormModal<{
        name: string;
        departmentId: string;
        regionCode: string;
        mechanism: PppMechanism;
        procurementCompletedOn?: string;
        totalInvestment?: string;
      }>
        open={modal?.kind === 'create'}
        title={t('ppp.new')}
        initialValues={{ regionCode, mechanism: 'NEW_2023' }}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            create({
              variables: {
                input: {
                  ...v,
                  // only an earlier-mechanism project records when its partner's procurement was completed
                  procurementCompletedOn:
                    v.mechanism === 'PRE_2023' ? v.procurementCompletedOn || undefined : undefined,
                  totalInvestment: v.totalInvestment || undefined,
                },
              },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="name" label={t('ppp.name')} rules={[required(t, 'ppp.name')]}>
              <Input />
            </Form.Item>
            <Form.Item name="departmentId" label={t('ppp.department')} rules={[required(t, 'ppp.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="regionCode" label={t('ppp.region')} rules={[required(t, 'ppp.region')]}>
              <Select options={regionOptions} />
            </Form.Item>
            <Form.Item
              name="mechanism"
              label={t('ppp.mechanism')}
              extra={t('ppp.mechanismHint')}
              rules={[required(t, 'ppp.mechanism')]}
            >
              <Select options={options(PPP_MECHANISM)} />
            </Form.Item>
            <Form.Item noStyle dependencies={['mechanism']}>
              {(form) =>
                form.getFieldValue('mechanism') === 'PRE_2023' ? (
                  <Form.Item
                    name="procurementCompletedOn"
                    label={t('ppp.procurementCompletedOn')}
                    extra={t('ppp.procurementCompletedHint')}
                    rules={[required(t, 'ppp.procurementCompletedOn')]}
                  >
                    <Input type="date" id="procurementCompletedOn" />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
            <MoneyItem name="totalInvestment" label="ppp.totalInvestment" t={t} optional />
          </>
        )}
      </FormModal>
      <FormModal<{ year: string; amount: string }>
        open={modal?.kind === 'obligation'}
        title={`${t('ppp.addObligation')}${modal?.kind === 'obligation' ? ` · ${modal.project.name}` : ''}`}
        initialValues={{ year: String(year) }}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            addObligation({
              variables: {
                projectId: modal?.kind === 'obligation' ? modal.project.id : '',
                year: Number(v.year),
                amount: v.amount,
              },
            }),
          )
        }
        testId="ppp-obligation"
      >
        {() => (
          <>
            <Form.Item name="year" label={t('ppp.year')} rules={[required(t, 'ppp.year')]}>
              <Input inputMode="numeric" id="year" />
            </Form.Item>
            <MoneyItem name="amount" label="pr.amount" t={t} />
          </>
        )}
      </FormModal>
    </>
  );
}
