import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One row per change: who did what to which entity, with the state before and after. */
@Entity('audit_log')
@Index('ix_audit_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** ISO-8601 UTC timestamp, text so it reads and sorts the same on MySQL and SQLite. */
  @Column({ type: 'varchar', length: 24 })
  at: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 64 })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 100 })
  actorName: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 100 })
  requestId: string;
}

/** Small key/value table the kit keeps per subgraph (e.g. whether demo data was seeded). */
@Entity('subgraph_meta')
export class SubgraphMetaEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 255 })
  value: string;
}
