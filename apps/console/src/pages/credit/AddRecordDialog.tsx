// Recording a credit record: subject, category, severity, decision and publicity; a civil servant's
// disciplinary sanction also names its kind, which fixes the sanction period (政务处分法 art. 8).
import { Form, Input, Select, Switch } from 'antd';
import { useMutation } from '@apollo/client/react';
import {
  GOVERNMENT_SANCTION_KINDS,
  PARTY_SANCTION_KINDS,
  SANCTION_PERIOD_MONTHS,
  type SanctionKind,
} from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { FormModal, mutate } from '../../components/FormModal';
import { DateItem, required } from '../../components/fields';
import { CREDIT_CATEGORY, SANCTION_KIND, SEVERITY, SUBJECT_TYPE } from '../../labels';
import { useLabel } from '../../labels/useLabel';

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

export const SUBJECT_TYPES = ['CIVIL_SERVANT', 'DEPARTMENT', 'ENTERPRISE'] as const;
export const CATEGORIES = [
  'JUDICIAL_JUDGMENT',
  'ADMINISTRATIVE_PENALTY',
  'DISCIPLINARY_SANCTION',
  'ACCOUNTABILITY',
  'BROKEN_COMMITMENT',
  'ONLINE_SERVICE_SUBSTANDARD',
  'COMMENDATION',
  'TRAINING',
] as const;
export const SEVERITIES = ['MINOR', 'GENERAL', 'SERIOUS'] as const;

interface Values {
  subjectType: (typeof SUBJECT_TYPES)[number];
  subjectId: string;
  category: (typeof CATEGORIES)[number];
  sanctionKind?: SanctionKind;
  severity: (typeof SEVERITIES)[number];
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
  const { label } = useLabel();
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
            <Select
              options={SUBJECT_TYPES.map((s) => ({ value: s, label: label(SUBJECT_TYPE, s) }))}
              onChange={() => form.setFieldValue('subjectId', undefined)}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['subjectType']}>
            {() =>
              form.getFieldValue('subjectType') === 'DEPARTMENT' ? (
                <Form.Item name="subjectId" label={t('cr.subjectId')} rules={[required(t, 'cr.subjectId')]}>
                  <Select showSearch optionFilterProp="label" options={departmentOptions} />
                </Form.Item>
              ) : (
                <Form.Item
                  name="subjectId"
                  label={t('cr.subjectId')}
                  extra={t('cr.subjectIdHint')}
                  rules={[required(t, 'cr.subjectId')]}
                >
                  <Input id="subjectId" />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item name="category" label={t('cr.category')} rules={[required(t, 'cr.category')]}>
            <Select options={CATEGORIES.map((c) => ({ value: c, label: label(CREDIT_CATEGORY, c) }))} />
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
            <Select options={SEVERITIES.map((s) => ({ value: s, label: label(SEVERITY, s) }))} />
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
