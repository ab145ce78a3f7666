import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ProcurementCategory, ProcurementMethod, ProcurementStatus } from './lifecycle.js';

@Entity('procurement_project')
// the OCDS package's keyset order (migration 400)
@Index('ix_procurement_project_created_at_id', ['createdAt', 'id'])
export class ProjectEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'purchaser_id', type: 'varchar', length: 36 }) purchaserId: string;
  /** The purchaser's name as directory gave it at creation (the OCDS export names its buyer). */
  @Column({ name: 'purchaser_name', type: 'varchar', length: 100 }) purchaserName: string;
  @Column({ type: 'varchar', length: 16 }) category: ProcurementCategory;
  @Column({ type: 'varchar', length: 32 }) method: ProcurementMethod;
  @Column({ type: 'bigint', transformer: bigintTransformer }) budget: bigint;
  /** The approval of a method other than 公开招标 (政府采购法第二十七条), where the budget needs one (migration 440). */
  @Column({ name: 'non_open_approval', type: 'varchar', length: 100, nullable: true }) nonOpenApproval?: string | null;
  @Column({ type: 'varchar', length: 16 }) status: ProcurementStatus;
  @Column({ name: 'awarded_bid_id', type: 'varchar', length: 36, nullable: true }) awardedBidId: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ name: 'updated_at', type: 'varchar', length: 32 }) updatedAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** The lifecycle timeline: one row per move. */
@Entity('status_change')
export class StatusChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36 }) projectId: string;
  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true }) fromStatus: ProcurementStatus | null;
  @Column({ name: 'to_status', type: 'varchar', length: 16 }) toStatus: ProcurementStatus;
  @Column({ type: 'varchar', length: 32 }) at: string;
  @Column({ name: 'by_user', type: 'varchar', length: 64 }) byUser: string;
}
