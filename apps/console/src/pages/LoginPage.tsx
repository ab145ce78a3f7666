import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { saveSession } from '../session';
import { graphQLErrorsOf } from '../errors';

const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user {
        id
        username
        displayName
        roles
        domains
        department {
          id
          name
        }
      }
    }
  }
`);

export default function LoginPage({ expired }: { expired?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [login, { loading }] = useMutation(LOGIN);
  const [failed, setFailed] = useState<string | null>(null);

  const onFinish = async (values: { username: string; password: string }) => {
    setFailed(null);
    try {
      const { data, error } = await login({ variables: values });
      if (!data?.login) {
        const code = graphQLErrorsOf(error)[0]?.extensions?.code;
        setFailed(
          code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || !code ? t('login.failed') : t('error.unknown'),
        );
        return;
      }
      saveSession({ token: data.login.token, expiresAt: data.login.expiresAt, user: data.login.user });
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch {
      setFailed(t('login.failed'));
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg,#7f0000,#b71c1c 60%,#e57373)',
      }}
    >
      <Card style={{ width: 380 }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ textAlign: 'center' }}>
            <Typography.Title level={3} style={{ marginBottom: 4 }}>
              {t('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          </div>
          {expired ? <Alert type="warning" showIcon title={t('login.expired')} /> : null}
          {failed ? <Alert type="error" showIcon title={failed} data-testid="login-error" /> : null}
          <Form
            layout="vertical"
            onFinish={(v: { username: string; password: string }) => void onFinish(v)}
            requiredMark={false}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, message: t('common.required', { field: t('login.username') }) }]}
            >
              <Input prefix={<UserOutlined />} autoComplete="username" id="username" />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
              {t('login.submit')}
            </Button>
          </Form>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Link href="/public">{t('login.public')}</Typography.Link>
            <Button type="link" onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>
              {t('lang.switch')}
            </Button>
          </Space>
        </Space>
      </Card>
    </div>
  );
}
