// Following a complaint with its tracking number and access code: where it stands, the reply, and the rating —
// "not satisfied", with a reason, reopens it once.
import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Space, Tag } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { required } from '../../components/fields';
import { applyServerErrors } from '../../components/FormModal';
import { CASE_STATUS } from '../../labels';
import { useLabel } from '../../labels/useLabel';

const STATUS = graphql(`
  query ComplaintStatus($trackingNumber: String!, $accessCode: String!) {
    complaintStatus(trackingNumber: $trackingNumber, accessCode: $accessCode) {
      trackingNumber
      status
      reply
      deadline
      repliedOn
      satisfied
      reopened
    }
  }
`);

const RATE = graphql(`
  mutation RateComplaintReply($trackingNumber: String!, $accessCode: String!, $satisfied: Boolean!, $reason: String) {
    rateComplaintReply(
      trackingNumber: $trackingNumber
      accessCode: $accessCode
      satisfied: $satisfied
      reason: $reason
    ) {
      trackingNumber
      status
      satisfied
      reopened
    }
  }
`);

interface Keys {
  trackingNumber: string;
  accessCode: string;
}

export function FollowComplaintCard() {
  const t = useT();
  const { label } = useLabel();
  const [form] = Form.useForm<Keys>();
  const [rating] = Form.useForm<{ satisfied: boolean; reason?: string }>();
  const [keys, setKeys] = useState<Keys | null>(null);
  const [general, setGeneral] = useState<string[]>([]);
  const [lookup, status] = useLazyQuery(STATUS, { fetchPolicy: 'network-only' });
  const [rate, rated] = useMutation(RATE);
  const found = status.data?.complaintStatus;

  const follow = async (v: Keys) => {
    const k = { trackingNumber: v.trackingNumber.trim(), accessCode: v.accessCode.trim() };
    setKeys(k);
    setGeneral([]);
    const { error } = await lookup({ variables: k });
    if (error) setGeneral(applyServerErrors(form, error, t));
  };

  const submitRating = async (v: { satisfied: boolean; reason?: string }) => {
    if (!keys) return;
    const { error } = await rate({ variables: { ...keys, satisfied: v.satisfied, reason: v.reason?.trim() || null } });
    if (error) setGeneral(applyServerErrors(rating, error, t));
    else await lookup({ variables: keys });
  };

  return (
    <Card title={t('complaint.follow')}>
      <Form<Keys> form={form} layout="inline" onFinish={(v) => void follow(v)} style={{ rowGap: 8 }}>
        <Form.Item name="trackingNumber" rules={[required(t, 'complaint.trackingNumber')]}>
          <Input placeholder={t('complaint.trackingNumber')} id="follow-tracking" />
        </Form.Item>
        <Form.Item name="accessCode" rules={[required(t, 'complaint.accessCode')]}>
          <Input.Password placeholder={t('complaint.accessCode')} id="follow-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={status.loading} data-testid="complaint-follow">
          {t('complaint.lookup')}
        </Button>
      </Form>
      {general.length ? <Alert type="error" showIcon title={general.join('；')} style={{ marginTop: 16 }} /> : null}
      {found ? (
        <Descriptions column={1} bordered size="small" style={{ marginTop: 16 }} data-testid="complaint-status">
          <Descriptions.Item label={t('complaint.status')}>
            <Tag>{label(CASE_STATUS, found.status)}</Tag>
            {found.reopened ? <Tag color="orange">{t('complaint.reopened')}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaint.deadline')}>{found.deadline ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('complaint.reply')}>{found.reply ?? t('complaint.noReply')}</Descriptions.Item>
          {found.satisfied !== null && found.satisfied !== undefined ? (
            <Descriptions.Item label={t('complaint.rating')}>
              {t(found.satisfied ? 'complaint.satisfied' : 'complaint.notSatisfied')}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      ) : null}
      {found?.reply && (found.satisfied === null || found.satisfied === undefined) ? (
        <Form
          form={rating}
          layout="vertical"
          style={{ marginTop: 16 }}
          initialValues={{ satisfied: true }}
          onFinish={(v) => void submitRating(v)}
        >
          <Form.Item name="satisfied" label={t('complaint.rate')}>
            <Radio.Group>
              <Radio value={true}>{t('complaint.satisfied')}</Radio>
              <Radio value={false}>{t('complaint.notSatisfied')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={['satisfied']}>
            {() =>
              rating.getFieldValue('satisfied') === false ? (
                <Form.Item name="reason" label={t('complaint.reason')} rules={[required(t, 'complaint.reason')]}>
                  <Input.TextArea rows={3} id="rate-reason" />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Space>
            <Button htmlType="submit" loading={rated.loading} data-testid="complaint-rate">
              {t('complaint.submitRating')}
            </Button>
          </Space>
        </Form>
      ) : null}
    </Card>
  );
}
