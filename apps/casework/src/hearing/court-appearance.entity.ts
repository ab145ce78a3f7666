import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HeadRank } from './court-appearance-rules.js';

/** A hearing of an administrative case against a county body, and whether its head appeared (法释〔2020〕3号). */
@Entity('casework_court_appearance')
export class CourtAppearanceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'case_number', type: 'varchar', length: 64 }) caseNumber: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'hearing_date', type: 'varchar', length: 10 }) hearingDate: string;
  @Column({ name: 'head_appeared', type: 'boolean' }) headAppeared: boolean;
  /** Who appeared for the body, and their post (局长, 副镇长 …), when the head appeared. */
  @Column({ name: 'appeared_name', type: 'varchar', length: 50, nullable: true }) appearedName: string | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) position: string | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) rank: HeadRank | null;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
}
