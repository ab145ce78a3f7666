// 投诉举报 for the public, no account needed (plan 一.4, 二.6): file a complaint about a department or town
// government, then follow it and rate the reply with the tracking number and access code.
import { Button, Col, Layout, Row, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { FileComplaintCard } from './FileComplaintCard';
import { FollowComplaintCard } from './FollowComplaintCard';

export default function ComplaintPage() {
  const { t, locale, setLocale } = useI18n();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#b71c1c', display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0, flex: 1 }}>
          {t('complaint.title')}
        </Typography.Title>
        <Space>
          <Button href="/public">{t('nav.public')}</Button>
          <Button onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>{t('lang.switch')}</Button>
          <Button href="/login">{t('public.login')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }} data-testid="complaint-page">
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <FileComplaintCard />
          </Col>
          <Col xs={24} xl={10}>
            <FollowComplaintCard />
          </Col>
        </Row>
      </Layout.Content>
    </Layout>
  );
}
