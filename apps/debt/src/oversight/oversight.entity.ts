import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An emergency-response plan (应急处置预案) adopted for a region and year. */
@Entity('emergency_plan')
export class EmergencyPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'document_number', type: 'varchar', length: 100 }) documentNumber: string;
  @Column({ name: 'adopted_on', type: 'varchar', length: 10 }) adoptedOn: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
}

/** An accountability finding (问责) recorded by a supervisor. */
@Entity('accountability_finding')
export class AccountabilityFindingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'region_code', type: 'varchar', length: 12 }) regionCode: string;
  @Column({ type: 'int' }) year: number;
  @Column({ type: 'varchar', length: 2000 }) finding: string;
  @Column({ type: 'varchar', length: 200 }) responsible: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_on', type: 'varchar', length: 10 }) recordedOn: string;
}
