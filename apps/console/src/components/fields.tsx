// Small form-field helpers shared by the domain pages.
import { chinaDateTime, displayMoney } from '@integrity/rules';
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

/** The number of the document that found a breach (认定文书号): optional; its credit record cites it. */
export function FindingNumberItem({ t, example }: { t: Translate; example: string }) {
  return (
    <Form.Item
      name="documentNumber"
      label={t('common.findingNumber')}
      extra={t('common.findingNumberHint', { example })}
    >
      <Input id="documentNumber" maxLength={100} />
    </Form.Item>
  );
}

/** Money for people, grouped with two places: the shared formatting of @integrity/rules. */
export const yuan = (v: string | null | undefined): string => displayMoney(v);

/**
 * An instant the server keeps in UTC (ISO-8601), as the officer reads it: the county's date and time to the
 * second (UTC+8), not the browser's zone — a PC set to UTC showed times 8 hours off.
 */
export const localTime = (instant: string): string => chinaDateTime(instant);
