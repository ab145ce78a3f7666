import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per department complained about (and one for complaints naming none): every filing writes its
 * department's row before it compares its content with the recent complaints about that department, so two near
 * repeats sent at the same moment take turns and the second is compared with the first. Filings about different
 * departments do not wait for each other.
 */
@Entity('casework_complaint_lane')
export class ComplaintLaneEntity {
  /** The department's id, or `-` for complaints that name no department. */
  @PrimaryColumn({ name: 'department_key', type: 'varchar', length: 36 }) departmentKey: string;
  /** When the last complaint on this lane was filed (written only to take the row's lock). */
  @Column({ name: 'last_filed_at', type: 'varchar', length: 30 }) lastFiledAt: string;
}
