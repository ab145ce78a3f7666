// One instrument's repayment schedule and the repayments made against it; DEBT officers adjust the schedule.
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Drawer, Skeleton, Table } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { StaffName } from '../../components/StaffName';
import { yuan } from '../../components/fields';
import { ScheduleDialog } from './ScheduleDialog';

const INSTRUMENT = graphql(`
  query DebtInstrumentDetail($id: ID!) {
    debtInstrument(id: $id) {
      id
      project
      principal
      rate
      version
      schedule {
        dueDate
        principal
        interest
      }
      repayments {
        id
        paidOn
        principal
        interest
        recordedBy
      }
    }
  }
`);

export function InstrumentDrawer({ id, onClose, write }: { id: string | null; onClose: () => void; write: boolean }) {
  const t = useT();
  const [adjusting, setAdjusting] = useState(false);
  const { data, loading } = useQuery(INSTRUMENT, { variables: { id: id ?? '' }, skip: !id });
  const i = data?.debtInstrument;
  const money = (key: 'principal' | 'interest') => ({
    key,
    title: t(key === 'principal' ? 'debt.principal' : 'debt.interest'),
    render: (_: unknown, r: { principal: string; interest: string }) => yuan(r[key]),
  });
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={i ? `${i.project} · ${yuan(i.principal)} · ${i.rate}%` : ''}
      data-testid="instrument-drawer"
    >
      {loading && !i ? <Skeleton active /> : null}
      {i ? (
        <>
          <Card
            size="small"
            title={t('debt.schedule')}
            extra={
              write ? (
                <Button size="small" onClick={() => setAdjusting(true)} data-testid="adjust-schedule">
                  {t('debt.adjustSchedule')}
                </Button>
              ) : null
            }
          >
            <Table
              size="small"
              rowKey="dueDate"
              pagination={false}
              dataSource={i.schedule}
              columns={[
                { key: 'dueDate', title: t('pr.dueDate'), dataIndex: 'dueDate' },
                money('principal'),
                money('interest'),
              ]}
            />
          </Card>
          <Card size="small" title={t('debt.repayments')} style={{ marginTop: 16 }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              locale={{ emptyText: t('common.empty') }}
              dataSource={i.repayments}
              columns={[
                { key: 'paidOn', title: t('debt.paidOn'), dataIndex: 'paidOn' },
                money('principal'),
                money('interest'),
                {
                  key: 'by',
                  title: t('debt.recordedBy'),
                  dataIndex: 'recordedBy',
                  render: (by: string) => <StaffName username={by} />,
                },
              ]}
            />
          </Card>
          <ScheduleDialog instrument={adjusting ? i : null} onClose={() => setAdjusting(false)} />
        </>
      ) : null}
    </Drawer>
  );
}
