// Loading days by pasting the dates of the State Council's notice (single dates and ranges), one kind and
// name at a time, each day set in turn with a progress bar.
import { useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Progress, Select, Typography } from 'antd';
import { graphql } from '../../gql';
import type { CalendarDayKind } from '../../labels/calendar-day-kind';
import { useT } from '../../i18n';
import { CALENDAR_DAY_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { useActionFeedback } from '../../components/action-feedback';
import { parseDates } from './parse-dates';

export const SET_DAY = graphql(`
  mutation SetCalendarDay($date: Date!, $kind: CalendarDayKind!, $name: String!) {
    setCalendarDay(date: $date, kind: $kind, name: $name) {
      date
      kind
      name
    }
  }
`);

type Entry = { kind: Exclude<CalendarDayKind, 'NORMAL'>; name: string; dates: string };

export function PasteDatesCard({ onLoaded }: { onLoaded: () => Promise<unknown> }) {
  const t = useT();
  const { label } = useLabel();
  const { message } = App.useApp();
  const { fail } = useActionFeedback();
  const [setDay] = useMutation(SET_DAY);
  const [form] = Form.useForm<Entry>();
  const pasted = Form.useWatch('dates', form) ?? '';
  const parsed = useMemo(() => parseDates(pasted), [pasted]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const load = async (v: Entry) => {
    const { dates, invalid } = parseDates(v.dates);
    if (invalid.length || !dates.length) return;
    setProgress({ done: 0, total: dates.length });
    try {
      for (const [i, date] of dates.entries()) {
        const { error } = await setDay({ variables: { date, kind: v.kind, name: v.name.trim() } });
        if (error) throw error;
        setProgress({ done: i + 1, total: dates.length });
      }
      message.success(t('calendar.loaded', { count: dates.length }));
      form.resetFields(['dates']);
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
      await onLoaded();
    }
  };

  return (
    <Card title={t('calendar.add')} style={{ marginTop: 16 }}>
      <Form<Entry> form={form} layout="vertical" initialValues={{ kind: 'HOLIDAY' }} onFinish={(v) => void load(v)}>
        <Form.Item
          name="kind"
          label={t('calendar.kind')}
          rules={[{ required: true, message: t('common.required', { field: t('calendar.kind') }) }]}
        >
          <Select
            options={(['HOLIDAY', 'WORKDAY'] as const).map((k) => ({
              value: k,
              label: label(CALENDAR_DAY_KIND, k),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.name')}
          rules={[{ required: true, message: t('common.required', { field: t('calendar.name') }) }]}
        >
          <Input placeholder={t('calendar.namePlaceholder')} id="calendar-name" />
        </Form.Item>
        <Form.Item
          name="dates"
          label={t('calendar.dates')}
          extra={t('calendar.datesHint')}
          rules={[
            { required: true, message: t('common.required', { field: t('calendar.dates') }) },
            {
              validator: async (_: unknown, v?: string) => {
                if (v && parseDates(v).invalid.length)
                  throw new Error(t('calendar.invalid', { dates: parseDates(v).invalid.join('、') }));
              },
            },
          ]}
        >
          <Input.TextArea rows={5} placeholder={'2027-01-01\n2027-02-06~2027-02-13'} id="calendar-dates" />
        </Form.Item>
        {parsed.dates.length ? (
          <Typography.Paragraph type="secondary" data-testid="calendar-preview">
            {t('calendar.preview', {
              count: parsed.dates.length,
              first: parsed.dates[0]!,
              last: parsed.dates.at(-1)!,
            })}
          </Typography.Paragraph>
        ) : null}
        {progress ? <Progress percent={Math.round((progress.done / progress.total) * 100)} /> : null}
        <Button type="primary" htmlType="submit" loading={!!progress} data-testid="calendar-submit">
          {t('calendar.submit')}
        </Button>
      </Form>
    </Card>
  );
}
