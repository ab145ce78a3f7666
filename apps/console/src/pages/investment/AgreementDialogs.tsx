// Sign up a new agreement; update one's progress (contact person, investment to date, jobs created).
import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, MoneyItem, required } from '../../components/fields';
import { useSessionUser } from '../../session-context';
import { usccRule } from '../../validation';
import type { DialogProps } from './modal';

const CREATE_AGREEMENT = graphql(`
  mutation CreateInvestmentAgreement($input: CreateInvestmentAgreementInput!) {
    createInvestmentAgreement(input: $input) {
      id
    }
  }
`);

const UPDATE_AGREEMENT = graphql(`
  mutation UpdateInvestmentAgreement($id: ID!, $input: UpdateInvestmentAgreementInput!) {
    updateInvestmentAgreement(id: $id, input: $input) {
      id
      contactPerson
      investedToDate
      jobsCreated
      version
    }
  }
`);

interface Props extends DialogProps {
  departmentOptions: { value: string; label: string }[];
  townOptions: { value: string; label: string }[];
}

export function AgreementDialogs({ modal, close, departmentOptions, townOptions }: Props) {
  const t = useT();
  const me = useSessionUser();
  const [createAgreement] = useMutation(CREATE_AGREEMENT, { refetchQueries: 'active' });
  const [updateAgreement] = useMutation(UPDATE_AGREEMENT, { refetchQueries: 'active' });
  const editing = modal?.kind === 'editAgreement' ? modal.agreement : null;

  return (
    <>
      <FormModal<{
        title?: string;
        investorUscc: string;
        departmentId: string;
        townCode: string;
        amount: string;
        signedOn: string;
      }>
        open={modal?.kind === 'agreement'}
        title={t('inv.newAgreement')}
        initialValues={{ departmentId: me?.department?.id }}
        onClose={close}
        onSubmit={(v) =>
          mutate(
            createAgreement({
              variables: { input: { ...v, investorUscc: v.investorUscc.trim().toUpperCase(), title: v.title || null } },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="title" label={t('inv.title')}>
              <Input id="title" />
            </Form.Item>
            <Form.Item name="investorUscc" label={t('inv.investorUscc')} rules={[usccRule(t)]} validateTrigger="onBlur">
              <Input maxLength={18} id="investorUscc" />
            </Form.Item>
            <Form.Item name="departmentId" label={t('inv.department')} rules={[required(t, 'inv.department')]}>
              <Select showSearch optionFilterProp="label" options={departmentOptions} />
            </Form.Item>
            <Form.Item name="townCode" label={t('inv.town')} rules={[required(t, 'inv.town')]}>
              <Select showSearch optionFilterProp="label" options={townOptions} />
            </Form.Item>
            <MoneyItem name="amount" label="inv.amount" t={t} />
            <DateItem name="signedOn" label="inv.signedOn" t={t} />
          </>
        )}
      </FormModal>
      <FormModal<{ contactPerson?: string; investedToDate: string; jobsCreated: number }>
        open={!!editing}
        title={editing ? `${t('inv.updateAgreement')} · ${editing.title}` : ''}
        initialValues={
          editing
            ? {
                contactPerson: editing.contactPerson ?? undefined,
                investedToDate: editing.investedToDate,
                jobsCreated: editing.jobsCreated,
              }
            : undefined
        }
        onClose={close}
        testId="agreement-update"
        onSubmit={(v) =>
          mutate(
            updateAgreement({
              variables: {
                id: editing?.id ?? '',
                input: {
                  version: editing?.version ?? 0,
                  contactPerson: v.contactPerson || null,
                  investedToDate: v.investedToDate,
                  jobsCreated: v.jobsCreated,
                },
              },
            }),
          )
        }
      >
        {() => (
          <>
            <Form.Item name="contactPerson" label={t('inv.contactPerson')}>
              <Input id="contactPerson" />
            </Form.Item>
            <MoneyItem name="investedToDate" label="inv.investedToDate" t={t} />
            <Form.Item name="jobsCreated" label={t('inv.jobsCreated')} rules={[required(t, 'inv.jobsCreated')]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} id="jobsCreated" />
            </Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
