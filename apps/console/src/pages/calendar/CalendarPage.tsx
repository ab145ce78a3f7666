// 工作日历 (administrators): which years have their holidays and exchanged working days loaded, each year's
// exceptions, and loading a new year from a CSV or by pasting the dates of the State Council's notice. Deadlines of
// objections and repairs count working days from this calendar, so a year missing here is a real gap.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { chinaYear } from '@integrity/rules';
import { graphql } from '../../gql';
import type { CalendarDayKind } from '../../labels/calendar-day-kind';
import { useT } from '../../i18n';
import { CALENDAR_DAY_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { useActionFeedback } from '../../components/action-feedback';
import { PasteDatesCard, SET_DAY } from './PasteDatesCard';
import { CsvImportCard, LOAD_YEAR } from './CsvImportCard';

// whether each year was loaded as a whole (credit's calendar_year): a day set on its own does not load its year
const YEARS = graphql(`
  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {
    y0: workingCalendarYear(year: $y0) {
      loaded
      days {
        date
      }
    }
    y1: workingCalendarYear(year: $y1) {
      loaded
      days {
        date
      }
    }
    y2: workingCalendarYear(year: $y2) {
      loaded
      days {
        date
      }
    }
    y3: workingCalendarYear(year: $y3) {
      loaded
      days {
        date
      }
    }
  }
`);

const YEAR = graphql(`
  query CalendarYear($year: Int!) {
    workingCalendar(year: $year) {
      date
      kind
      name
    }
  }
`);

type Day = { date: string; kind: CalendarDayKind; name: string };

export default function CalendarPage() {
  const t = useT();
  const { label } = useLabel();
  const { message } = App.useApp();
  const { fail } = useActionFeedback();
  const now = chinaYear();
  const years = [now - 1, now, now + 1, now + 2];
  const loaded = useQuery(YEARS, {
    variables: { y0: years[0]!, y1: years[1]!, y2: years[2]!, y3: years[3]! },
    fetchPolicy: 'cache-and-network',
  });
  const counts = years.map((y, i) => {
    const entry = loaded.data?.[`y${i}` as 'y0'];
    return { year: y, days: entry?.days.length ?? 0, loaded: entry?.loaded ?? false };
  });
  const firstMissing = loaded.data ? counts.find((c) => c.year >= now && !c.loaded)?.year : undefined;
  const [loadYear] = useMutation(LOAD_YEAR);
  const [year, setYear] = useState<number>(firstMissing ?? now);
  const list = useQuery(YEAR, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [setDay] = useMutation(SET_DAY);

  const refresh = () => Promise.all([loaded.refetch(), list.refetch()]);

  // the days set one by one (pasted) become the year's arrangement: the year then counts as loaded
  const selected = counts.find((c) => c.year === year);
  const confirmWhole = async () => {
    const days = (list.data?.workingCalendar ?? []).map((d) => ({
      date: d.date,
      kind: d.kind as 'HOLIDAY' | 'WORKDAY',
      name: d.name,
    }));
    const { error } = await loadYear({ variables: { year, days } });
    if (error) fail(error);
    else message.success(t('calendar.csvLoaded', { year, count: days.length }));
    await refresh();
  };

  const remove = async (date: string) => {
    const { error } = await setDay({ variables: { date, kind: 'NORMAL', name: t('calendar.removedName') } });
    if (error) fail(error);
    await refresh();
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="calendar-page">
      <Card title={t('calendar.years')}>
        <Space wrap>
          {counts.map((c) => (
            <Tag
              key={c.year}
              color={c.loaded ? 'green' : c.days ? 'orange' : 'red'}
              style={{ cursor: 'pointer', padding: '4px 8px' }}
              onClick={() => setYear(c.year)}
              data-testid={`calendar-year-${c.year}`}
            >
              {c.loaded
                ? t('calendar.yearLoaded', { year: c.year, count: c.days })
                : c.days
                  ? t('calendar.yearPartial', { year: c.year, count: c.days })
                  : t('calendar.yearMissing', { year: c.year })}
            </Tag>
          ))}
        </Space>
        {firstMissing ? (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            title={t('calendar.missingWarning', { year: firstMissing })}
          />
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('calendar.recountHint')}
        </Typography.Paragraph>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            title={t('calendar.yearDays', { year })}
            extra={
              <Space>
                {selected && !selected.loaded && selected.days ? (
                  <Popconfirm
                    title={t('calendar.confirmWholeHint', { year })}
                    okText={t('common.yes')}
                    cancelText={t('common.no')}
                    onConfirm={() => void confirmWhole()}
                  >
                    <Button size="small" type="primary" data-testid="calendar-confirm-whole">
                      {t('calendar.confirmWhole')}
                    </Button>
                  </Popconfirm>
                ) : null}
                <Select
                  value={year}
                  onChange={setYear}
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                  style={{ width: 100 }}
                />
              </Space>
            }
          >
            <Table<Day>
              size="small"
              rowKey="date"
              loading={list.loading}
              pagination={{ pageSize: 15 }}
              locale={{ emptyText: t('calendar.none') }}
              dataSource={list.data?.workingCalendar ?? []}
              columns={[
                { key: 'date', title: t('calendar.date'), dataIndex: 'date' },
                {
                  key: 'kind',
                  title: t('calendar.kind'),
                  render: (_: unknown, d: Day) => (
                    <Tag color={d.kind === 'HOLIDAY' ? 'red' : 'blue'}>{label(CALENDAR_DAY_KIND, d.kind)}</Tag>
                  ),
                },
                { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, d: Day) => (
                    <Popconfirm
                      title={t('calendar.removeConfirm', { date: d.date })}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => void remove(d.date)}
                    >
                      <Button size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <CsvImportCard year={year} onLoaded={refresh} />
          <PasteDatesCard onLoaded={refresh} />
        </Col>
      </Row>
    </Space>
  );
}
