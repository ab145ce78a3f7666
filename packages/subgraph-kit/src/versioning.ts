import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { conflict, notFound } from './errors.js';

/**
 * A change made on the version the caller says it read (an optional `version` argument): any change since is
 * CONFLICT before anything is written, so nobody decides on what they have not seen. No version given: no check.
 */
export function checkVersionRead(label: string, id: string, versionRead: number | null | undefined, current: number) {
  if (typeof versionRead === 'number' && versionRead !== current) throw conflict(label, id);
}

/**
 * Optimistic locking: update a row only if it still has the version the caller read. A stale
 * version is CONFLICT; the caller reloads and decides again. Returns the row as it now is.
 * `key` is the row's primary key by property name ({ id } or { uscc }); `label` names the record in messages.
 */
export async function updateVersioned<E extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  label: string,
  key: Partial<E>,
  expectedVersion: number,
  changes: Partial<E>,
): Promise<E> {
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...defined, version: () => 'version + 1' } as never)
    .where(key as never)
    .andWhere('version = :expectedVersion', { expectedVersion })
    .execute();
  const id = String(Object.values(key)[0]);
  if (!result.affected) {
    const exists = await manager.getRepository(target).exists({ where: key as never });
    throw exists ? conflict(label, id) : notFound(label, id);
  }
  return manager.getRepository(target).findOneOrFail({ where: key as never });
}
