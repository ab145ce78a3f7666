// 投诉举报 without an account: what happened, about whom if known, how to reach you (optional, encrypted at
// rest). The receipt shows the tracking number and the access code once — the server keeps only its hash.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Typography } from 'antd';
import { graphql } from '../../gql';
import type { FileComplaintMutation } from '../../gql/graphql';
import { useT } from '../../i18n';
import { required } from '../../components/fields';
import { applyServerErrors } from '../../components/FormModal';
import { COMPLAINT_CATEGORY } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { DEPARTMENT_OPTIONS } from '../directory/common';

const FILE = graphql(`
  mutation FileComplaint($input: FileComplaintInput!) {
    fileComplaint(input: $input) {
      trackingNumber
      accessCode
      deadline
    }
  }
`);

interface Values {
  category: string;
  departmentId?: string;
  content: string;
  contact?: string;
  website?: string;
}

export function FileComplaintCard() {
  const t = useT();
  const { options } = useLabel();
  const [form] = Form.useForm<Values>();
  const departments = useQuery(DEPARTMENT_OPTIONS);
  const [file, { loading }] = useMutation(FILE);
  const [receipt, setReceipt] = useState<FileComplaintMutation['fileComplaint'] | null>(null);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async (v: Values) => {
    setGeneral([]);
    const { data, error } = await file({
      variables: {
        input: {
          category: v.category as never,
          departmentId: v.departmentId || null,
          content: v.content,
          contact: v.contact?.trim() || null,
          website: v.website || null,
        },
      },
    });
    if (error) {
      setGeneral(applyServerErrors(form, error, t));
      return;
    }
    setReceipt(data!.fileComplaint);
    form.resetFields();
  };

  if (receipt)
    return (
      <Card title={t('complaint.received')} data-testid="complaint-receipt">
        <Alert type="warning" showIcon title={t('complaint.keepCode')} style={{ marginBottom: 16 }} />
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('complaint.trackingNumber')}>
            <Typography.Text copyable strong data-testid="tracking-number">
              {receipt.trackingNumber}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.accessCode')}>
            <Typography.Text copyable strong data-testid="access-code">
              {receipt.accessCode}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.deadline')}>{receipt.deadline}</Descriptions.Item>
        </Descriptions>
        <Button style={{ marginTop: 16 }} onClick={() => setReceipt(null)}>
          {t('complaint.another')}
        </Button>
      </Card>
    );

  return (
    <Card title={t('complaint.file')}>
      <Typography.Paragraph type="secondary">{t('complaint.intro')}</Typography.Paragraph>
      {general.length ? <Alert type="error" showIcon title={general.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="category" label={t('complaint.category')} rules={[required(t, 'complaint.category')]}>
          <Select options={options(COMPLAINT_CATEGORY)} id="category" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('complaint.department')} extra={t('complaint.departmentHint')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(departments.data?.departments.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="content" label={t('complaint.content')} rules={[required(t, 'complaint.content')]}>
          <Input.TextArea rows={6} maxLength={4000} showCount id="content" />
        </Form.Item>
        <Form.Item name="contact" label={t('complaint.contact')} extra={t('complaint.contactHint')}>
          <Input id="contact" maxLength={100} />
        </Form.Item>
        {/* a field people never see: whoever fills it in is a robot */}
        <Form.Item name="website" hidden>
          <Input tabIndex={-1} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} data-testid="complaint-submit">
          {t('complaint.submit')}
        </Button>
      </Form>
    </Card>
  );
}
