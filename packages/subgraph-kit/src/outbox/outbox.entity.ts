import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A message another subgraph must receive, written in the same transaction as the fact that causes it
 * (an order gone overdue, a breach): if the fact commits, the message exists; if not, neither does.
 */
@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** What the message is about, e.g. `credit.departmentRecord`; picks the handler. */
  @Column({ type: 'varchar', length: 64 }) topic: string;
  /** The fact's own stable key (e.g. the rectification order's id): one message per topic and key. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 }) dedupeKey: string;
  @Column({ name: 'payload_json', type: 'text' }) payloadJson: string;
  @Column({ name: 'created_at', type: 'varchar', length: 24 }) createdAt: string;
  @Column({ type: 'int', default: 0 }) attempts: number;
  /** Not before this instant (ISO); while a deliverer holds it, the end of its lease. */
  @Column({ name: 'next_attempt_at', type: 'varchar', length: 24 }) nextAttemptAt: string;
  @Column({ name: 'delivered_at', type: 'varchar', length: 24, nullable: true }) deliveredAt: string | null;
  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true }) lastError: string | null;
}
