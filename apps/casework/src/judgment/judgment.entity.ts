import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An effective judgment (生效裁判) in which a county body is the obligor, and how it is being fulfilled. */
@Entity('casework_judgment')
export class JudgmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  /** 案号, e.g. （2026）粤5122民初123号. */
  @Column({ name: 'case_number', type: 'varchar', length: 64, unique: true }) caseNumber: string;
  @Column({ type: 'varchar', length: 100 }) court: string;
  /** The obligor: a department or town government. */
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ type: 'varchar', length: 2000 }) obligation: string;
  /** The sum to pay, fen (0: an obligation without a sum). */
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'fulfilled_amount', type: 'bigint', transformer: bigintTransformer, default: 0 })
  fulfilledAmount: bigint;
  @Column({ name: 'effective_on', type: 'varchar', length: 10 }) effectiveOn: string;
  @Column({ name: 'due_on', type: 'varchar', length: 10 }) dueOn: string;
  /** The day the obligation was fulfilled in full. */
  @Column({ name: 'fulfilled_on', type: 'varchar', length: 10, nullable: true }) fulfilledOn: string | null;
  /** The day the court listed the body as a dishonest judgment debtor (失信被执行人), and its decision. */
  @Column({ name: 'listed_on', type: 'varchar', length: 10, nullable: true }) listedOn: string | null;
  @Column({ name: 'listing_document', type: 'varchar', length: 100, nullable: true }) listingDocument: string | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** One act of fulfilment: a payment or performance on a day, with its evidence. */
@Entity('casework_judgment_fulfilment')
export class JudgmentFulfilmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'judgment_id', type: 'varchar', length: 36 }) judgmentId: string;
  @Column({ type: 'varchar', length: 10 }) date: string;
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ type: 'varchar', length: 1000 }) evidence: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
}
