// A credit record's change history (变更记录): every change, oldest first, with when, what and who — recorded,
// objected to, corrected or revoked, repaired, reported by its source. Nothing is ever deleted from it.
import { useQuery } from '@apollo/client/react';
import { Drawer, Skeleton, Table } from 'antd';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { StaffName } from '../../components/StaffName';
import { useActionName } from '../../components/useActionName';
import { localTime } from '../../components/fields';

const HISTORY = graphql(`
  query CreditRecordHistory($id: ID!) {
    creditRecord(id: $id) {
      id
      documentNumber
      history {
        id
        at
        action
        actorName
      }
    }
  }
`);

export function RecordHistoryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const actionName = useActionName();
  const { data, loading } = useQuery(HISTORY, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const record = data?.creditRecord;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size="large"
      title={record ? t('cr.historyOf', { number: record.documentNumber }) : t('cr.history')}
      data-testid="record-history"
    >
      {loading && !record ? <Skeleton active /> : null}
      {record ? (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={record.history}
          columns={[
            { key: 'at', title: t('cr.historyAt'), render: (_, e) => localTime(e.at) },
            { key: 'action', title: t('cr.historyAction'), render: (_, e) => actionName(e.action) },
            { key: 'actor', title: t('cr.historyActor'), render: (_, e) => <StaffName username={e.actorName} /> },
          ]}
        />
      ) : null}
    </Drawer>
  );
}
