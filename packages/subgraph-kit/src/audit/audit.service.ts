import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context.js';
import { AuditEntryEntity } from './audit.entity.js';

const MAX_SNAPSHOT = 60_000; // a TEXT column holds 64 KiB; larger snapshots are cut, marked so

const snapshot = (value: unknown): string | null => {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  return text.length > MAX_SNAPSHOT ? JSON.stringify({ truncated: true, head: text.slice(0, MAX_SNAPSHOT - 100) }) : text;
};

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Record a change inside the mutation's own transaction, so the trail and the data commit together. */
export async function recordAudit(manager: EntityManager, ctx: RequestContext, change: AuditChange): Promise<void> {
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
