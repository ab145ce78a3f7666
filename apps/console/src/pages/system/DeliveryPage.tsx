// 跨领域数据传递: what each subgraph has not yet told the others (its transactional outbox) — breaches and overdue
// facts on their way to the credit ledger, calendar changes to the domains that count deadlines. Nothing is lost
// while a receiver is down, but an administrator must see that something waits, since when, and when it is
// tried again. Every sender answers for its own outbox; the page asks them all at once and again every 30 s.
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReloadOutlined } from '@ant-design/icons';
import { NetworkStatus } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { deliveryDue } from '@integrity/rules';
import { localTime } from '../../components/fields';
import { errorText } from '../../errors';
import { useT } from '../../i18n';
import { DOMAIN } from '../../labels/domain';
import { useLabel } from '../../labels/useLabel';
import type { MessageKey } from '../../messages';
import { deliveryState, errorOf, type DeliveryState } from './delivery-state';
import { DELIVERY_BACKLOG, SENDERS } from './delivery.queries';
import type { DeliveryBacklogQuery } from '../../gql/graphql';

const STATE: Record<DeliveryState, { text: MessageKey; color: string }> = {
  CLEAR: { text: 'dl.state.clear', color: 'green' },
  PENDING: { text: 'dl.state.pending', color: 'gold' },
  STUCK: { text: 'dl.state.stuck', color: 'red' },
  UNREACHABLE: { text: 'dl.state.unreachable', color: 'default' },
  FAILED: { text: 'dl.state.failed', color: 'red' },
};

const noWrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

type Figures = NonNullable<DeliveryBacklogQuery['procurementOutbox']>;
/** A sender's row: its figures, or none when it did not answer. */
interface Row {
  key: string;
  sender: string;
  carries: MessageKey;
  figures: Figures | null;
  state: DeliveryState;
}

export default function DeliveryPage() {
  const t = useT();
  const { label } = useLabel();
  const { data, error, refetch, networkStatus } = useQuery(DELIVERY_BACKLOG, {
    pollInterval: 30_000,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
    // a sender that is down answers null with an error: the others' figures still show
    errorPolicy: 'all',
  });
  // with errorPolicy 'all' the errors come beside the data; each sender's by its field
  const errors = error && CombinedGraphQLErrors.is(error) ? error.errors : [];
  const rows: Row[] = data
    ? SENDERS.map((s) => {
        const figures = data[s.field] ?? null;
        const state = deliveryState(figures, errorOf(errors, s.field));
        return { figures, state, key: s.field, sender: label(DOMAIN, s.domain), carries: s.carries };
      })
    : [];
  // a sender that did not answer shows a dash in every figure
  const count = (r: Row, n: (f: Figures) => number) => (r.figures ? n(r.figures) : '—');
  const time = (r: Row, at: (f: Figures) => string | null | undefined) => {
    const iso = r.figures && at(r.figures);
    return iso ? localTime(iso) : '—';
  };

  return (
    <Card
      title={t('dl.title')}
      data-testid="delivery-page"
      extra={
        <Button
          icon={<ReloadOutlined />}
          onClick={() => void refetch()}
          loading={networkStatus === NetworkStatus.refetch}
        >
          {t('dl.refresh')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('dl.intro')}</Typography.Paragraph>
      {error && !data ? <Alert type="error" showIcon title={errorText(error, t, 'error.network')} /> : null}
      <Table<Row>
        data-testid="delivery-table"
        rowKey="key"
        dataSource={rows}
        loading={networkStatus === NetworkStatus.loading}
        pagination={false}
        size="middle"
        // headers and times on one line; what each sender carries takes the width that is left
        columns={(
          [
            { key: 'sender', title: t('dl.sender'), dataIndex: 'sender', onCell: noWrap },
            { key: 'carries', title: t('dl.carriesTitle'), render: (_, r) => t(r.carries) },
            {
              key: 'state',
              title: t('dl.stateTitle'),
              render: (_, r) => {
                const s = STATE[r.state];
                return <Tag color={s.color}>{t(s.text)}</Tag>;
              },
            },
            { key: 'due', title: t('dl.due'), align: 'right', render: (_, r) => count(r, deliveryDue) },
            { key: 'failing', title: t('dl.failing'), align: 'right', render: (_, r) => count(r, (f) => f.failing) },
            { key: 'heldBack', title: t('dl.heldBack'), align: 'right', render: (_, r) => count(r, (f) => f.heldBack) },
            {
              key: 'oldestSince',
              title: t('dl.oldestSince'),
              render: (_, r) => time(r, (f) => f.oldestSince),
              onCell: noWrap,
            },
            {
              key: 'nextRetryAt',
              title: t('dl.nextRetryAt'),
              render: (_, r) => time(r, (f) => f.nextRetryAt),
              onCell: noWrap,
            },
            {
              key: 'lastDeliveredAt',
              title: t('dl.lastDeliveredAt'),
              render: (_, r) => time(r, (f) => f.lastDeliveredAt),
              onCell: noWrap,
            },
          ] satisfies ColumnsType<Row>
        ).map((c) => ({ ...c, onHeaderCell: noWrap }))}
      />
    </Card>
  );
}
