import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('bid')
export class BidEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36 }) projectId: string;
  @Column({ name: 'supplier_uscc', type: 'varchar', length: 18 }) supplierUscc: string;
  @Column({ name: 'supplier_name', type: 'varchar', length: 200 }) supplierName: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'submitted_at', type: 'varchar', length: 32 }) submittedAt: string;
  @Column({ name: 'submitted_by', type: 'varchar', length: 64 }) submittedBy: string;
}

/** A bid refused at submission (a supplier on the dishonesty list), kept as evidence. */
@Entity('refused_bid')
export class RefusedBidEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'project_id', type: 'varchar', length: 36 }) projectId: string;
  @Column({ name: 'supplier_uscc', type: 'varchar', length: 18 }) supplierUscc: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ type: 'varchar', length: 1000 }) reason: string;
  @Column({ type: 'varchar', length: 32 }) at: string;
  @Column({ name: 'by_user', type: 'varchar', length: 64 }) byUser: string;
}
