import type { DataSource } from 'typeorm';
import type { OutboxBacklog } from './outbox-backlog.type.js';

type Row = {
  undelivered: number | string | null;
  failing: number | string | null;
  heldBack: number | string | null;
  oldestSince: string | null;
  nextRetryAt: string | null;
  lastDeliveredAt: string | null;
};

/**
 * The outbox's state in one statement, walking ix_outbox_due (delivered_at, next_attempt_at) for both parts. A
 * message waits from when it fell due: never tried, its due time (a held-back one's comes later than its
 * writing); tried, when it was written (no column keeps when a retried message fell due).
 */
export async function outboxBacklog(dataSource: DataSource, now = new Date()): Promise<OutboxBacklog> {
  const [row] = (await dataSource.query(
    `SELECT COUNT(*) AS undelivered,
            SUM(CASE WHEN last_error IS NOT NULL THEN 1 ELSE 0 END) AS failing,
            SUM(CASE WHEN attempts = 0 AND next_attempt_at > ? THEN 1 ELSE 0 END) AS heldBack,
            MIN(CASE WHEN attempts = 0 AND next_attempt_at > ? THEN NULL
                     WHEN attempts = 0 THEN next_attempt_at ELSE created_at END) AS oldestSince,
            MIN(CASE WHEN last_error IS NOT NULL THEN next_attempt_at END) AS nextRetryAt,
            (SELECT MAX(d.delivered_at) FROM outbox_message d) AS lastDeliveredAt
       FROM outbox_message WHERE delivered_at IS NULL`,
    [now.toISOString(), now.toISOString()],
  )) as Row[];
  return {
    undelivered: Number(row?.undelivered ?? 0),
    failing: Number(row?.failing ?? 0),
    heldBack: Number(row?.heldBack ?? 0),
    oldestSince: row?.oldestSince ?? null,
    nextRetryAt: row?.nextRetryAt ?? null,
    lastDeliveredAt: row?.lastDeliveredAt ?? null,
  };
}
