// Export every matching row as CSV or .xlsx, with a progress bar while pages arrive and the number of rows
// written in the message (and on the button) afterwards.
import { chinaDate } from '@integrity/rules';
import { useState } from 'react';
import { App, Button, Dropdown, Progress, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useT } from '../i18n';
import { errorText } from '../errors';
import { fetchAll, type PageOf } from '../export/fetch-all';
import { toCsv, type Cell } from '../export/csv';
import { download } from '../export/download';

export interface ExportButtonProps<Row> {
  name: string;
  header: () => string[];
  cells: (row: Row) => Cell[];
  fetchPage: (page: number, pageSize: number) => Promise<PageOf<Row> | undefined>;
}

export function ExportButton<Row>({ name, header, cells, fetchPage }: ExportButtonProps<Row>) {
  const t = useT();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [written, setWritten] = useState<number | null>(null);

  const run = async (format: 'csv' | 'xlsx') => {
    setProgress({ done: 0, total: 0 });
    try {
      const rows = await fetchAll(fetchPage, (done, total) => setProgress({ done, total }));
      const body = rows.map(cells);
      const stamp = chinaDate(); // the county's day, not UTC's (yesterday's before 08:00)
      if (format === 'csv')
        download(new Blob([toCsv(header(), body)], { type: 'text/csv;charset=utf-8' }), `${name}-${stamp}.csv`);
      else {
        const { toXlsx } = await import('../export/xlsx');
        download(await toXlsx(name, header(), body), `${name}-${stamp}.xlsx`);
      }
      setWritten(rows.length);
      message.success(t('common.exported', { count: rows.length }));
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setProgress(null);
    }
  };

  if (progress)
    return (
      <Space data-testid="export-progress">
        <span>{t('common.exportingCount', { done: progress.done, total: progress.total })}</span>
        <Progress
          type="circle"
          size={28}
          percent={progress.total ? Math.floor((progress.done / progress.total) * 100) : 0}
        />
      </Space>
    );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: t('common.exportCsv'), 'data-testid': 'export-csv' } as never,
          { key: 'xlsx', label: t('common.exportXlsx'), 'data-testid': 'export-xlsx' } as never,
        ],
        onClick: ({ key }) => void run(key as 'csv' | 'xlsx'),
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="export">
        {written === null ? t('common.export') : t('common.exportedButton', { count: written })}
      </Button>
    </Dropdown>
  );
}
