import { describe, expect, it, vi, afterEach } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form, Input } from 'antd';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nProvider, translate } from '../i18n';
import { FormModal } from './FormModal';
import { usccRule } from '../validation';

afterEach(cleanup);

function Harness({ onSubmit }: { onSubmit: (v: { uscc: string; name: string }) => Promise<unknown> }) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('zh-CN', key, params);
  return (
    <I18nProvider locale="zh-CN">
      <App>
        <FormModal<{ uscc: string; name: string }> open title="新建企业" onSubmit={onSubmit} onClose={() => undefined}>
          {() => (
            <>
              <Form.Item name="uscc" label="代码" rules={[usccRule(t)]}>
                <Input data-testid="uscc" />
              </Form.Item>
              <Form.Item name="name" label="名称">
                <Input data-testid="name" />
              </Form.Item>
            </>
          )}
        </FormModal>
      </App>
    </I18nProvider>
  );
}

const save = () => fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));

describe('FormModal', () => {
  it('refuses a USCC with a wrong check character before calling the server', async () => {
    const onSubmit = vi.fn(async () => undefined);
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.change(screen.getByTestId('uscc'), { target: { value: '91350100M000100Y44' } });
    save();
    expect(await screen.findByText('统一社会信用代码校验位错误，应为 3')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a server BAD_USER_INPUT on its field and other errors above the form', async () => {
    const onSubmit = vi.fn(async () => {
      throw new CombinedGraphQLErrors({
        errors: [
          {
            message: 'enterprise 91350100M000100Y43 is already registered',
            extensions: { code: 'BAD_USER_INPUT', reason: 'ALREADY_REGISTERED', params: {}, field: 'uscc' },
          },
          { message: 'nope', extensions: { code: 'FORBIDDEN' } },
        ],
      });
    });
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.change(screen.getByTestId('uscc'), { target: { value: '91350100M000100Y43' } });
    fireEvent.change(screen.getByTestId('name'), { target: { value: '某某公司' } });
    save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ uscc: '91350100M000100Y43', name: '某某公司' }));
    const fieldError = await screen.findByText('已登记，不能重复登记');
    // the message sits in the uscc item's explain area
    expect(fieldError.closest('.ant-form-item')?.querySelector('[data-testid="uscc"]')).toBeTruthy();
    expect((await screen.findByTestId('form-error')).textContent).toContain('没有权限执行此操作');
  });

  it('starts each opening from the initial values it is given then, not from what the last opening held', async () => {
    // the pay dialog opened for one milestone, closed, then opened for another with a different amount owed
    function Reopening({ amount, open }: { amount: string; open: boolean }) {
      return (
        <I18nProvider locale="zh-CN">
          <App>
            <FormModal<{ amount: string }>
              open={open}
              title="登记付款"
              initialValues={{ amount }}
              onSubmit={async () => undefined}
              onClose={() => undefined}
            >
              {() => (
                <Form.Item name="amount" label="金额">
                  <Input data-testid="amount" />
                </Form.Item>
              )}
            </FormModal>
          </App>
        </I18nProvider>
      );
    }
    const view = render(<Reopening amount="100.00" open />);
    expect((screen.getByTestId('amount') as HTMLInputElement).value).toBe('100.00');
    fireEvent.change(screen.getByTestId('amount'), { target: { value: '55.00' } });
    view.rerender(<Reopening amount="100.00" open={false} />);
    await waitFor(() => expect(screen.queryByTestId('amount')).toBeNull());
    view.rerender(<Reopening amount="250.00" open />);
    await waitFor(() => expect((screen.getByTestId('amount') as HTMLInputElement).value).toBe('250.00'));
  });
});
