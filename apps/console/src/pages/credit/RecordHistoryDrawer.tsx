// A credit record's change history (变更记录): every change, oldest first, with when, what and who — recorded,
// objected to, corrected or revoked, repaired, reported by its source. Nothing is ever deleted from it.
import { useQuery } from '@apollo/client/react';
import { Drawer, Skeleton, Table } from 'antd';
import dayjs from 'dayjs';
import { RECORD_AUDIT_ACTION } from '@integrity/rules';
import { graphql } from '../../gql';
import { useT } from '../../i18n';
import { StaffName } from '../../components/StaffName';
import { DOMAIN } from '../../labels';
import { useLabel } from '../../labels/useLabel';

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

/** Another subgraph's service credential (`service:procurement`) names the domain that sent the change. */
const SERVICE = /^service:(\w+)$/;

export function RecordHistoryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { label } = useLabel();
  const { data, loading } = useQuery(HISTORY, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const record = data?.creditRecord;
  const actor = (name: string) => {
    const service = SERVICE.exec(name)?.[1]?.toUpperCase();
    if (!service) return <StaffName username={name} />;
    return t('cr.historySystem', { domain: service in DOMAIN ? label(DOMAIN, service) : '' });
  };
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
            // kept in UTC; read in the officer's time
            { key: 'at', title: t('cr.historyAt'), render: (_, e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
            { key: 'action', title: t('cr.historyAction'), render: (_, e) => label(RECORD_AUDIT_ACTION, e.action) },
            { key: 'actor', title: t('cr.historyActor'), render: (_, e) => actor(e.actorName) },
          ]}
        />
      ) : null}
    </Drawer>
  );
}
