// 工作日历 (administrators): which years have their holidays and exchanged working days loaded, each year's
// exceptions, and loading a new year from a CSV or by pasting the dates of the State Council's notice. Deadlines of
// objections and repairs count working days from this calendar, so a year missing here is a real gap.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Select, Space, Table, Tag } from 'antd';
import { graphql } from '../../gql';
import type { CalendarDayKind } from '../../labels/calendar-day-kind';
import { useT } from '../../i18n';
import { CALENDAR_DAY_KIND } from '../../labels';
import { useLabel } from '../../labels/useLabel';
import { graphQLErrorsOf, messageFor } from '../../errors';
import { PasteDatesCard, SET_DAY } from './PasteDatesCard';
import { CsvImportCard } from './CsvImportCard';

const YEARS = graphql(`
  query CalendarYears($y0: Int!, $y1: Int!, $y2: Int!, $y3: Int!) {
    y0: workingCalendar(year: $y0) {
      date
      kind
    }
    y1: workingCalendar(year: $y1) {
      date
      kind
    }
    y2: workingCalendar(year: $y2) {
      date
      kind
    }
    y3: workingCalendar(year: $y3) {
      date
      kind
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
  const now = new Date().getFullYear();
  const years = [now - 1, now, now + 1, now + 2];
  const loaded = useQuery(YEARS, {
    variables: { y0: years[0]!, y1: years[1]!, y2: years[2]!, y3: years[3]! },
    fetchPolicy: 'cache-and-network',
  });
  const counts = years.map((y, i) => ({ year: y, days: (loaded.data?.[`y${i}` as 'y0'] ?? []).length }));
  const firstMissing = counts.find((c) => c.year >= now && c.days === 0)?.year;
  const [year, setYear] = useState<number>(firstMissing ?? now);
  const list = useQuery(YEAR, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [setDay] = useMutation(SET_DAY);

  const refresh = () => Promise.all([loaded.refetch(), list.refetch()]);
  const fail = (e: unknown) =>
    message.error(
      graphQLErrorsOf(e)
        .map((x) => messageFor(x, t))
        .join('；') || t('error.unknown'),
    );

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
              color={c.days ? 'green' : 'red'}
              style={{ cursor: 'pointer', padding: '4px 8px' }}
              onClick={() => setYear(c.year)}
              data-testid={`calendar-year-${c.year}`}
            >
              {c.days
                ? t('calendar.yearLoaded', { year: c.year, count: c.days })
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
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card
            title={t('calendar.yearDays', { year })}
            extra={
              <Select
                value={year}
                onChange={setYear}
                options={years.map((y) => ({ value: y, label: String(y) }))}
                style={{ width: 100 }}
              />
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
