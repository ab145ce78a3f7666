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

  /**
   * Its unified social credit code (a government body's begins with 11), by which the credit platforms know it.
   * Null only for a department created before codes were kept, until an administrator records it.
   */
  @Index('ux_department_uscc', { unique: true })
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  /** Comma-separated domains in which the department acts county-wide. */
  @Column({ name: 'county_wide_domains', type: 'simple-array' })
  countyWideDomains: Domain[];

  @Column({ type: 'int', default: 1 })
  version: number;
}
