import { Column, Entity, PrimaryColumn } from 'typeorm';

export const REGION_LEVELS = ['PROVINCE', 'CITY', 'COUNTY', 'TOWN'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

@Entity('region')
export class RegionEntity {
  /** Division code (GB/T 2260; towns use the 9-digit statistical code). */
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
