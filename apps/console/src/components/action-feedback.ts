// What a one-click action (a button with no dialog: accept, award, submit, open a file) tells the officer: the
// server's refusal in words, or that it is saved. Dialogs show theirs on their fields instead (FormModal).
import { App } from 'antd';
import { useT } from '../i18n';
import { errorText } from '../errors';

export function useActionFeedback() {
  const t = useT();
  const { message } = App.useApp();
  /** Show what went wrong with `error` (a network failure in words too). */
  const fail = (error: unknown) => void message.error(errorText(error, t, 'error.network'));
  /** Wait for a mutation's result: its refusal (returned or thrown), or `success` (已保存 unless given). */
  const report = (run: Promise<{ error?: unknown }>, success?: string) =>
    void run.then(({ error }) => (error ? fail(error) : void message.success(success ?? t('common.saved'))), fail);
  return { fail, report };
}
