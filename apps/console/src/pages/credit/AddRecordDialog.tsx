// Recording a credit record: subject, category, severity, decision and publicity; a civil servant's
// disciplinary sanction also names its kind, which fixes the sanction period (政务处分法 art. 8).
import { Form, Input, Select, Switch } from 'antd';
import { useMutation } from '@apollo/client/react';
import {
  GOVERNMENT_SANCTION_KINDS,
  PARTY_SANCTION_KINDS,
  SANCTION_PERIOD_MONTHS,
  type CreditCategoryCode,
  type SanctionKind,
  type SeverityCode,
  type SubjectTypeCode,
} from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, required } from '../../components/fields';
import { CREDIT_CATEGORY, SANCTION_KIND, SEVERITY, SUBJECT_TYPE } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { EnterpriseSelect } from '../../components/EnterpriseSelect';
import { CivilServantSelect } from './CivilServantSelect';

const ADD = graphql(`
  mutation AddCreditRecord($input: AddCreditRecordInput!) {
    addCreditRecord(input: $input) {
      id
      status
      publicityStart
      publicityEnd
      sanctionKind
      sanctionEnd
    }
  }
`);

interface Values {
  subjectType: SubjectTypeCode;
  subjectId: string;
  category: CreditCategoryCode;
  sanctionKind?: SanctionKind;
  severity: SeverityCode;
  documentNumber: string;
  authority: string;
  decisionDate: string;
  publish: boolean;
  publicityEnd?: string;
}

export function AddRecordDialog({
  open,
  onClose,
  departmentOptions,
}: {
  open: boolean;
  onClose: () => void;
  departmentOptions: { value: string; label: string }[];
}) {
  const t = useT();
  const { label, options } = useLabel();
  const [add] = useMutation(ADD, { refetchQueries: 'active' });
  // 政务处分 and 党纪处分 in their own groups, each kind with the period the rules give it
  const sanctionOption = (k: SanctionKind) => {
    const months = SANCTION_PERIOD_MONTHS[k];
    return {
      value: k,
      label: `${label(SANCTION_KIND, k)}（${months === null ? t('cr.sanctionNoPeriod') : t('cr.sanctionMonths', { months })}）`,
    };
  };
  const sanctionOptions = [
    { label: t('cr.sanctionGovernment'), options: GOVERNMENT_SANCTION_KINDS.map(sanctionOption) },
    { label: t('cr.sanctionParty'), options: PARTY_SANCTION_KINDS.map(sanctionOption) },
  ];
  return (
    <FormModal<Values>
      open={open}
      title={t('cr.addRecord')}
      initialValues={{ subjectType: 'DEPARTMENT', publish: true, severity: 'GENERAL' }}
      onClose={onClose}
      onSubmit={(v) =>
        mutate(
          add({
            variables: { input: { ...v, sanctionKind: v.sanctionKind ?? null, publicityEnd: v.publicityEnd || null } },
          }),
        )
      }
    >
      {(form) => (
        <>
          <Form.Item name="subjectType" label={t('cr.subjectType')} rules={[required(t, 'cr.subjectType')]}>
            <Select options={options(SUBJECT_TYPE)} onChange={() => form.setFieldValue('subjectId', undefined)} />
          </Form.Item>
          <Form.Item noStyle dependencies={['subjectType']}>
            {() =>
              form.getFieldValue('subjectType') === 'DEPARTMENT' ? (
                <Form.Item name="subjectId" label={t('cr.subjectId')} rules={[required(t, 'cr.subjectId')]}>
                  <Select showSearch optionFilterProp="label" options={departmentOptions} />
                </Form.Item>
              ) : form.getFieldValue('subjectType') === 'CIVIL_SERVANT' ? (
                <Form.Item
                  name="subjectId"
                  label={t('cr.subjectId')}
                  extra={t('cr.civilServantHint')}
                  rules={[required(t, 'cr.subjectId')]}
                >
                  <CivilServantSelect id="subjectId" placeholder={t('cr.civilServantPlaceholder')} />
                </Form.Item>
              ) : (
                <Form.Item name="subjectId" label={t('cr.subjectId')} rules={[required(t, 'cr.subjectId')]}>
                  <EnterpriseSelect width="100%" placeholder={t('cr.enterprisePlaceholder')} testId="subjectId" />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="category" label={t('cr.category')} rules={[required(t, 'cr.category')]}>
            <Select options={options(CREDIT_CATEGORY)} />
          </Form.Item>
          <Form.Item noStyle dependencies={['subjectType', 'category']}>
            {() =>
              form.getFieldValue('subjectType') === 'CIVIL_SERVANT' &&
              form.getFieldValue('category') === 'DISCIPLINARY_SANCTION' ? (
                <Form.Item
                  name="sanctionKind"
                  label={t('cr.sanctionKind')}
                  extra={t('cr.sanctionHint')}
                  rules={[required(t, 'cr.sanctionKind')]}
                >
                  <Select id="sanctionKind" options={sanctionOptions} />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="severity" label={t('cr.severity')} rules={[required(t, 'cr.severity')]}>
            <Select options={options(SEVERITY)} />
          </Form.Item>
          <Form.Item name="documentNumber" label={t('cr.documentNumber')} rules={[required(t, 'cr.documentNumber')]}>
            <Input id="documentNumber" />
          </Form.Item>
          <Form.Item name="authority" label={t('cr.authority')} rules={[required(t, 'cr.authority')]}>
            <Input id="authority" />
          </Form.Item>
          <DateItem name="decisionDate" label="cr.decisionDate" t={t} />
          <Form.Item name="publish" label={t('cr.publish')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <DateItem name="publicityEnd" label="cr.publicityEnd" t={t} optional />
        </>
      )}
    </FormModal>
  );
}
