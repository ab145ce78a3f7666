// Warnings not yet resolved, by kind, each count a link into the feed filtered by that kind.
import { Link } from 'react-router';
import { Empty, List, Skeleton, Tag } from 'antd';
import { useT } from '../i18n';
import { WARNING_KIND } from '../labels';
import { useLabel } from '../labels/useLabel';

export function WarningCounts({
  counts,
  loading = false,
  unavailable = false,
}: {
  counts: readonly { kind: string; count: number }[];
  /** Not answered yet: nothing is said until it is. */
  loading?: boolean;
  /** Supervision did not answer: say so, never "no warnings". */
  unavailable?: boolean;
}) {
  const t = useT();
  const { label } = useLabel();
  if (loading && !counts.length) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (unavailable && !counts.length)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('dashboard.warningsUnavailable')}
        data-testid="warnings-unavailable"
      />
    );
  if (!counts.length) return <Empty description={t('dashboard.noWarnings')} />;
  return (
    <List
      size="small"
      data-testid="warning-counts"
      dataSource={[...counts]}
      renderItem={(c) => (
        <List.Item
          extra={
            <Link to={`/supervision/warnings?kind=${c.kind}`}>
              <Tag color="red">{c.count}</Tag>
            </Link>
          }
        >
          {label(WARNING_KIND, c.kind as keyof typeof WARNING_KIND)}
        </List.Item>
      )}
    />
  );
}
