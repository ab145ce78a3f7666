import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { App, Button } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nProvider } from '../i18n';
import { useActionFeedback } from './action-feedback';

afterEach(cleanup);

function OneClick({ result }: { result: () => Promise<{ error?: unknown }> }) {
  const { report } = useActionFeedback();
  return <Button onClick={() => report(result())}>受理</Button>;
}

const click = (result: () => Promise<{ error?: unknown }>) => {
  render(
    <I18nProvider locale="zh-CN">
      <App>
        <OneClick result={result} />
      </App>
    </I18nProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: /受\s*理/ }));
};

describe('a one-click action’s feedback', () => {
  it('says the server’s refusal in words', async () => {
    click(async () => ({
      error: new CombinedGraphQLErrors({ errors: [{ message: 'nope', extensions: { code: 'FORBIDDEN' } }] }),
    }));
    expect(await screen.findByText('没有权限执行此操作')).toBeTruthy();
  });

  it('says a network failure as such, never an empty message', async () => {
    click(async () => ({ error: new TypeError('Failed to fetch') }));
    expect(await screen.findByText('网络错误，请稍后重试')).toBeTruthy();
  });

  it('says a thrown failure too, rather than leaving it unhandled', async () => {
    click(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await screen.findByText('网络错误，请稍后重试')).toBeTruthy();
  });

  it('says it is saved', async () => {
    click(async () => ({}));
    expect(await screen.findByText('已保存')).toBeTruthy();
  });
});
