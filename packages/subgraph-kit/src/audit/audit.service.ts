import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AuditAction, AuditEntityType } from '@integrity/rules';
import { AuditEntryEntity } from './audit.entity.js';

/**
 * The snapshot columns are MEDIUMTEXT (16 MB, migration KitAuditWiden): anything a 1 MB request can make
 * fits whole. Only beyond 8 MB (in UTF-8 bytes, as the column counts) is a snapshot cut, marked so; the
 * head kept is short enough to stay under the limit even when escaped once more.
 */
const MAX_SNAPSHOT_BYTES = 8_000_000;
const TRUNCATED_HEAD_CHARS = 1_000_000;

const snapshot = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  return Buffer.byteLength(text, 'utf8') > MAX_SNAPSHOT_BYTES
    ? JSON.stringify({ truncated: true, head: text.slice(0, TRUNCATED_HEAD_CHARS) })
    : text;
};

export interface AuditChange {
  /** a change the catalogue names (tsc refuses any other, so the 操作日志 names every entry) */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Who made a change: a request's caller, or a subgraph's own job (named like a service). */
export type AuditActor = { caller: { id: string; username: string } | null; requestId: string };

/** Record a change inside the mutation's own transaction, so the trail and the data commit together. */
export async function recordAudit(manager: EntityManager, ctx: AuditActor, change: AuditChange): Promise<void> {
  await manager.insert(AuditEntryEntity, {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorId: ctx.caller?.id ?? 'anonymous',
    actorName: ctx.caller?.username ?? 'anonymous',
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    beforeJson: snapshot(change.before),
    afterJson: snapshot(change.after),
    requestId: ctx.requestId,
  });
}
