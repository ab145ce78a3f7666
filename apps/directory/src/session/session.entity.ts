import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One login. A user token names its session; the session is live while it is neither revoked (logout)
 * nor expired and the user is still active at the version it was issued for (any change to the user
 * ends it).
 */
@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ix_session_user')
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** app_user.version when the session began. */
  @Column({ name: 'user_version', type: 'int' })
  userVersion: number;

  /** ISO-8601 UTC; ISO strings compare in time order on every dialect. */
  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 30 })
  expiresAt: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 30, nullable: true })
  revokedAt: string | null;
}
