// Loading a whole year from a CSV (date,kind,name): checked in the browser first, then sent as one
// transaction that replaces the year's arrangement (loadWorkingCalendar).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Popconfirm, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { useActionFeedback } from '../../components/action-feedback';
import { parseCalendarCsv, type ParsedCsv } from './parse-calendar-csv';

export const LOAD_YEAR = graphql(`
  mutation LoadWorkingCalendar($year: Int!, $days: [ArrangedDayInput!]!) {
    loadWorkingCalendar(year: $year, days: $days) {
      date
      kind
      name
    }
  }
`);

export function CsvImportCard({ year, onLoaded }: { year: number; onLoaded: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const { fail } = useActionFeedback();
  const [parsed, setParsed] = useState<(ParsedCsv & { file: string }) | null>(null);
  const [loadYear, { loading }] = useMutation(LOAD_YEAR);

  const read = async (file: File) => {
    setParsed({ ...parseCalendarCsv(await file.text(), year), file: file.name });
    return false; // read in the browser, never uploaded as a file
  };

  const submit = async () => {
    if (!parsed || parsed.invalid.length || !parsed.days.length) return;
    const { error } = await loadYear({ variables: { year, days: parsed.days } });
    if (error) return fail(error);
    message.success(t('calendar.csvLoaded', { year, count: parsed.days.length }));
    setParsed(null);
    await onLoaded();
  };

  return (
    <Card title={t('calendar.csvTitle', { year })} data-testid="calendar-csv">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('calendar.csvHint')}</Typography.Text>
        <Upload accept=".csv,text/csv" maxCount={1} showUploadList={false} beforeUpload={(f) => read(f)}>
          <Button icon={<UploadOutlined />}>{t('calendar.csvChoose')}</Button>
        </Upload>
        {parsed?.invalid.length ? (
          <Alert
            type="error"
            showIcon
            title={t('calendar.csvInvalid', { lines: parsed.invalid.map((x) => x.line).join('、') })}
          />
        ) : null}
        {parsed && !parsed.invalid.length ? (
          <Alert
            type="info"
            showIcon
            title={t('calendar.csvPreview', { file: parsed.file, count: parsed.days.length, year })}
            data-testid="calendar-csv-preview"
          />
        ) : null}
        <Popconfirm
          title={t('calendar.csvConfirm', { year })}
          okText={t('common.yes')}
          cancelText={t('common.no')}
          onConfirm={() => void submit()}
          disabled={!parsed || !!parsed.invalid.length || !parsed.days.length}
        >
          <Button
            type="primary"
            loading={loading}
            disabled={!parsed || !!parsed.invalid.length || !parsed.days.length}
            data-testid="calendar-csv-submit"
          >
            {t('calendar.csvSubmit')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
