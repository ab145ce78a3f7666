import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox.entity.js';

export interface OutboxEntry {
  topic: string;
  /** The fact's stable key: enqueuing the same topic and key twice keeps one message. */
  key: string;
  payload: unknown;
  /** Held back this long before its first delivery (a second look once what was in flight has committed). */
  delayMs?: number;
}

/**
 * Write a message in the caller's transaction (`manager` of `transaction(ctx, …)`), so it commits or
 * rolls back with the fact. Returns false when the same topic and key was already enqueued.
 */
export async function enqueueOutbox(manager: EntityManager, entry: OutboxEntry, now = new Date()): Promise<boolean> {
  const existing = await manager.findOneBy(OutboxMessageEntity, { topic: entry.topic, dedupeKey: entry.key });
  if (existing) return false;
  await manager.insert(OutboxMessageEntity, {
    id: randomUUID(),
    topic: entry.topic,
    dedupeKey: entry.key,
    payloadJson: JSON.stringify(entry.payload),
    createdAt: now.toISOString(),
    attempts: 0,
    nextAttemptAt: new Date(now.getTime() + (entry.delayMs ?? 0)).toISOString(),
    deliveredAt: null,
    lastError: null,
  });
  return true;
}
