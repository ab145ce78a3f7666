// A new procurement project. The method list follows the category: 询价 is offered for goods only, as the law
// allows (methodFitsCategory), and a method the new category does not allow is cleared rather than sent. Goods and
// services from the open-tender threshold on ask for the approval of any other method (needsNonOpenApproval).
import { Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import {
  displayMoney,
  formatMoney,
  methodFitsCategory,
  moneyUnits,
  needsNonOpenApproval,
  OPEN_TENDER_THRESHOLD,
} from '@integrity/rules';
import { graphql } from '../../gql';
import type { ProcurementCategory, ProcurementMethod } from '../../gql/graphql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { MoneyItem, required } from '../../components/fields';
import { useSessionUser } from '../../session-context';
import { PROCUREMENT_CATEGORY, PROCUREMENT_METHOD } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const CREATE = graphql(`
  mutation CreateProcurementProject($input: CreateProcurementProjectInput!) {
    createProcurementProject(input: $input) {
      id
      status
    }
  }
`);

// in the order of their labels

interface Values {
  purchaserId: string;
  title: string;
  category: ProcurementCategory;
  method: ProcurementMethod | undefined;
  budget: string;
  nonOpenApproval?: string;
}

/** Whether the values typed so far need the approval; a budget not yet valid money needs nothing yet. */
function approvalNeeded(v: Partial<Values>): boolean {
  const budget = moneyUnits(v.budget ?? '').units;
  return !!v.category && !!v.method && budget !== null && needsNonOpenApproval(v.category, v.method, budget);
}

export function CreateProjectDialog({
  open,
  onClose,
  departmentOptions,
}: {
  open: boolean;
  onClose: () => void;
  departmentOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { options } = useLabel();
  const me = useSessionUser();
  const [create] = useMutation(CREATE, { refetchQueries: 'active' });
  return (
    <FormModal<Values>
      open={open}
      title={t('pr.new')}
      initialValues={{ purchaserId: me?.department?.id, category: 'GOODS', method: 'OPEN' }}
      onClose={onClose}
      onSubmit={({ method, ...v }) => mutate(create({ variables: { input: { ...v, method: method! } } }))}
    >
      {(form) => (
        <>
          <Form.Item name="title" label={t('pr.title')} rules={[required(t, 'pr.title')]}>
            <Input id="title" />
          </Form.Item>
          <Form.Item name="purchaserId" label={t('pr.purchaser')} rules={[required(t, 'pr.purchaser')]}>
            <Select showSearch optionFilterProp="label" options={departmentOptions} />
          </Form.Item>
          <Form.Item name="category" label={t('pr.category')} rules={[required(t, 'pr.category')]}>
            <Select
              options={options(PROCUREMENT_CATEGORY)}
              onChange={(category: ProcurementCategory) => {
                const method = form.getFieldValue('method') as ProcurementMethod | undefined;
                if (method && !methodFitsCategory(method, category)) form.setFieldValue('method', undefined);
              }}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['category']}>
            {() => (
              <Form.Item name="method" label={t('pr.method')} rules={[required(t, 'pr.method')]}>
                <Select
                  options={options(PROCUREMENT_METHOD).filter((o) =>
                    methodFitsCategory(o.value, form.getFieldValue('category') as ProcurementCategory),
                  )}
                />
              </Form.Item>
            )}
          </Form.Item>
          <MoneyItem name="budget" label="pr.budget" t={t} />
          <Form.Item noStyle dependencies={['category', 'method', 'budget']}>
            {() =>
              approvalNeeded(form.getFieldsValue() as Partial<Values>) ? (
                <Form.Item
                  name="nonOpenApproval"
                  label={t('pr.nonOpenApproval')}
                  extra={t('pr.nonOpenApprovalHint', {
                    threshold: displayMoney(formatMoney(OPEN_TENDER_THRESHOLD.fen)),
                  })}
                  rules={[required(t, 'pr.nonOpenApproval')]}
                >
                  <Input id="nonOpenApproval" maxLength={100} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
