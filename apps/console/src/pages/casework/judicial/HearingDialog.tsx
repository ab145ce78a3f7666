// Record a hearing and whether the head of the defendant body (正职 or 副职) appeared; who and in what post
// only when one did (the server requires them then).
import { useMutation } from '@apollo/client/react';
import { Form, Input, Radio, Select } from 'antd';
import { graphql } from '../../../gql';
import type { HeadRank } from '../../../gql/graphql';
import { useT } from '../../../i18n';
import { FormModal, mutate } from '../../../components/FormModal';
import { DateItem, required } from '../../../components/fields';
import { HEAD_RANK } from '../../../labels';
import { useLabel } from '../../../labels/useLabel';
import type { DialogProps } from './modal';

const RECORD_HEARING = graphql(`
  mutation RecordCourtAppearance($input: RecordCourtAppearanceInput!) {
    recordCourtAppearance(input: $input) {
      id
      headAppeared
    }
  }
`);

interface HearingValues {
  caseNumber: string;
  departmentId: string;
  hearingDate: string;
  headAppeared: boolean;
  appearedName?: string;
  position?: string;
  rank?: HeadRank;
}

export function HearingDialog({ modal, close, departmentOptions }: DialogProps) {
  const t = useT();
  const { options } = useLabel();
  const [record] = useMutation(RECORD_HEARING, { refetchQueries: 'active' });
  return (
    <FormModal<HearingValues>
      open={modal?.kind === 'hearing'}
      title={t('judicial.newHearing')}
      initialValues={{ headAppeared: true }}
      onClose={close}
      onSubmit={(v) =>
        mutate(
          record({
            variables: {
              input: v.headAppeared
                ? { ...v, appearedName: v.appearedName?.trim(), position: v.position?.trim() }
                : {
                    caseNumber: v.caseNumber,
                    departmentId: v.departmentId,
                    hearingDate: v.hearingDate,
                    headAppeared: false,
                  },
            },
          }),
        )
      }
      testId="hearing-record"
    >
      {(form) => (
        <>
          <Form.Item name="caseNumber" label={t('judicial.caseNumber')} rules={[required(t, 'judicial.caseNumber')]}>
            <Input id="hearing-case-number" />
          </Form.Item>
          <Form.Item name="departmentId" label={t('judicial.defendant')} rules={[required(t, 'judicial.defendant')]}>
            <Select showSearch optionFilterProp="label" options={departmentOptions} id="hearing-department" />
          </Form.Item>
          <DateItem name="hearingDate" label="judicial.hearingDate" t={t} />
          <Form.Item name="headAppeared" label={t('judicial.headAppeared')}>
            <Radio.Group>
              <Radio value={true}>{t('common.yes')}</Radio>
              <Radio value={false}>{t('common.no')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={['headAppeared']}>
            {() =>
              form.getFieldValue('headAppeared') ? (
                <>
                  <Form.Item
                    name="appearedName"
                    label={t('judicial.appearedName')}
                    rules={[required(t, 'judicial.appearedName')]}
                  >
                    <Input id="hearing-name" />
                  </Form.Item>
                  <Form.Item name="position" label={t('judicial.position')} rules={[required(t, 'judicial.position')]}>
                    <Input id="hearing-position" />
                  </Form.Item>
                  <Form.Item name="rank" label={t('judicial.rank')} rules={[required(t, 'judicial.rank')]}>
                    <Select options={options(HEAD_RANK)} id="hearing-rank" />
                  </Form.Item>
                </>
              ) : null
            }
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
