// The first page most people see, kept light: plain React and CSS, the login sent with fetch. It still goes
// through graphql() so the build registers the operation among the trusted documents.
import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { print } from 'graphql';
import { graphql } from '../gql';
import type { LoginMutation } from '../gql/graphql';
import { useI18n } from '../i18n';
import { saveSession } from '../session';
import './LoginPage.css';

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
          countyWideDomains
        }
      }
    }
  }
`);

interface LoginAnswer {
  data?: LoginMutation | null;
  errors?: { extensions?: { code?: string; retryAfter?: number } }[];
}

type Field = 'username' | 'password';

export default function LoginPage({ expired }: { expired?: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = (['username', 'password'] as const).filter((f) => !values[f].trim());
    setMissing(empty);
    if (empty.length) return;
    setFailed(null);
    setLoading(true);
    try {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // a name pasted or filled in with a space around it is still the name (the server takes no spaces)
        body: JSON.stringify({
          operationName: 'Login',
          query: print(LOGIN),
          variables: { ...values, username: values.username.trim() },
        }),
      });
      const answer = (await res.json()) as LoginAnswer;
      const login = answer.data?.login;
      if (!login) {
        const { code, retryAfter } = answer.errors?.[0]?.extensions ?? {};
        setFailed(
          code === 'RATE_LIMITED'
            ? // locked out after failures, even with the right password: say how long to wait
              t('login.rateLimited', { seconds: retryAfter ?? 60 })
            : code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || !code
              ? t('login.failed')
              : t('error.unknown'),
        );
        return;
      }
      saveSession({ token: login.token, expiresAt: login.expiresAt, user: login.user });
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch {
      setFailed(t('error.network'));
    } finally {
      setLoading(false);
    }
  };

  const field = (name: Field, type: string, autoComplete: string) => (
    <div className={`login-field${missing.includes(name) ? ' invalid' : ''}`}>
      <label htmlFor={name}>{t(`login.${name}`)}</label>
      <input
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        value={values[name]}
        aria-invalid={missing.includes(name)}
        onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
      />
      {missing.includes(name) ? (
        <div className="login-help">{t('common.required', { field: t(`login.${name}`) })}</div>
      ) : null}
    </div>
  );

  return (
    <div className="login-backdrop">
      <main className="login-card">
        <div className="login-heading">
          <h1>{t('app.title')}</h1>
          <p>{t('login.subtitle')}</p>
        </div>
        {expired ? (
          <div role="alert" className="login-alert warning">
            {t('login.expired')}
          </div>
        ) : null}
        {failed ? (
          <div role="alert" className="login-alert error" data-testid="login-error">
            {failed}
          </div>
        ) : null}
        <form className="login-form" noValidate onSubmit={(e) => void submit(e)}>
          {field('username', 'text', 'username')}
          {field('password', 'password', 'current-password')}
          <button type="submit" className="login-submit" disabled={loading} data-testid="login-submit">
            {t('login.submit')}
          </button>
        </form>
        <div className="login-footer">
          <a href="/public">{t('login.public')}</a>
          <button type="button" onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>
            {t('lang.switch')}
          </button>
        </div>
      </main>
    </div>
  );
}
