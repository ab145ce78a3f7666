import { bigintTransformer } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('investment_agreement')
export class AgreementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'investor_uscc', type: 'varchar', length: 18 }) investorUscc: string;
  @Column({ name: 'investor_name', type: 'varchar', length: 200 }) investorName: string;
  /** The signing department; its commitments belong to it, whoever leads it. */
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'town_code', type: 'varchar', length: 12 }) townCode: string;
  /** Agreed investment, fen. */
  @Column({ type: 'bigint', transformer: bigintTransformer }) amount: bigint;
  @Column({ name: 'signed_on', type: 'varchar', length: 10 }) signedOn: string;
  @Column({ name: 'jobs_promised', type: 'int', nullable: true }) jobsPromised: number | null;
  /** The investor's own side, tracked: invested so far (fen) and jobs created. */
  @Column({ name: 'invested_to_date', type: 'bigint', transformer: bigintTransformer, default: 0 })
  investedToDate: bigint;
  @Column({ name: 'jobs_created', type: 'int', default: 0 }) jobsCreated: number;
  @Column({ name: 'contact_person', type: 'varchar', length: 50, nullable: true }) contactPerson: string | null;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
}
