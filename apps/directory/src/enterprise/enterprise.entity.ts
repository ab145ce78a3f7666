import type { EnterpriseSize } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('enterprise')
export class EnterpriseEntity {
  /** Unified social credit code (GB 32100-2015), upper case. */
  @PrimaryColumn({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'legal_representative', type: 'varchar', length: 50, nullable: true })
  legalRepresentative: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  /** Size class (大型/中型/小型/微型); UNKNOWN until recorded. */
  @Column({ type: 'varchar', length: 8, default: 'UNKNOWN' })
  size: EnterpriseSize;

  @Column({ type: 'int', default: 1 })
  version: number;
}
