import type { Domain } from '@integrity/auth';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const DEPARTMENT_KINDS = ['COUNTY_DEPARTMENT', 'TOWN_GOVERNMENT', 'OTHER'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

@Entity('department')
export class DepartmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('ux_department_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 50 })
  shortName: string;

  @Column({ type: 'varchar', length: 24 })
  kind: DepartmentKind;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  /** Comma-separated domains in which the department acts county-wide. */
  @Column({ name: 'county_wide_domains', type: 'simple-array' })
  countyWideDomains: Domain[];

  @Column({ type: 'int', default: 1 })
  version: number;
}
