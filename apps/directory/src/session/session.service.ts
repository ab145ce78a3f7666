import { SESSION_CHECK_COMMENT, type SessionLookup } from '@integrity/subgraph-kit';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { SessionEntity } from './session.entity.js';

/** Begin a session for a user who just proved their password. */
export async function openSession(
  manager: EntityManager,
  user: UserEntity,
  ttlSeconds: number,
): Promise<SessionEntity> {
  const now = Date.now();
  const session: SessionEntity = {
    id: randomUUID(),
    userId: user.id,
    userVersion: user.version,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    revokedAt: null,
  };
  await manager.insert(SessionEntity, session);
  return session;
}

/**
 * End every live session of a department's users: what their tokens say of the department (its region, the
 * domains it acts in county-wide) has changed, so they log in again and get what is true now. Returns how many.
 */
export async function revokeDepartmentSessions(manager: EntityManager, departmentId: string): Promise<number> {
  const users = manager
    .createQueryBuilder()
    .subQuery()
    .select('u.id')
    .from(UserEntity, 'u')
    .where('u.department_id = :departmentId')
    .getQuery();
  const result = await manager
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: new Date().toISOString() })
    .where(`revoked_at IS NULL AND user_id IN ${users}`, { departmentId })
    .execute();
  return result.affected ?? 0;
}

/** End one session (logout). Returns false when it was already ended. */
export async function revokeSession(manager: EntityManager, sessionId: string): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(SessionEntity)
    .set({ revokedAt: new Date().toISOString() })
    .where('id = :id AND revoked_at IS NULL', { id: sessionId })
    .execute();
  return !!result.affected;
}

/**
 * Which of these sessions are live, in one statement: not revoked, not expired, and the user still
 * active at the version the session began with (so disabling a user, changing their roles, domains,
 * department or password ends every session they have).
 */
export const sessionLookup =
  (dataSource: DataSource): SessionLookup =>
  async (ids) => {
    if (!ids.length) return new Set();
    const rows = await dataSource
      .createQueryBuilder(SessionEntity, 's')
      .comment(SESSION_CHECK_COMMENT) // counted apart by SqlCounter: per login and few seconds, not per query
      .select('s.id', 'id')
      .innerJoin('app_user', 'u', 'u.id = s.user_id')
      .where('s.id IN (:...ids)', { ids: [...ids] })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > :now', { now: new Date().toISOString() })
      .andWhere('u.active = :active', { active: 1 }) // 1, not true: the SQLite driver binds no booleans
      .andWhere('u.version = s.user_version')
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  };
