// Small form-field helpers shared by the domain pages.
import { displayMoney } from '@integrity/rules';
import { Form, Input } from 'antd';
import type { Translate } from '../i18n';
import type { MessageKey } from '../messages';
import { moneyRule } from '../validation';

export { moneyRule };

export const required = (t: Translate, label: MessageKey) => ({
  required: true,
  message: t('common.required', { field: t(label) }),
});

/** A decimal money input (kept as a string end to end — never a float). */
export function MoneyItem({
  name,
  label,
  t,
  optional,
}: {
  name: string;
  label: MessageKey;
  t: Translate;
  optional?: boolean;
}) {
  return (
    <Form.Item name={name} label={t(label)} rules={[...(optional ? [] : [required(t, label)]), moneyRule(t)]}>
      <Input inputMode="decimal" id={name} />
    </Form.Item>
  );
}

/** A date input yielding 'YYYY-MM-DD'. */
export function DateItem({
  name,
  label,
  t,
  optional,
}: {
  name: string;
  label: MessageKey;
  t: Translate;
  optional?: boolean;
}) {
  return (
    <Form.Item name={name} label={t(label)} rules={optional ? [] : [required(t, label)]}>
      <Input type="date" id={name} />
    </Form.Item>
  );
}

/** Money for people, grouped with two places: the shared formatting of @integrity/rules. */
export const yuan = (v: string | null | undefined): string => displayMoney(v);
