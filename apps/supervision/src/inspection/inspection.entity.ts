import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An inspection (督促检查, 逐级督导) of a department or town government. */
@Entity('inspection')
export class InspectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ name: 'inspected_on', type: 'varchar', length: 10 }) inspectedOn: string;
  @Column({ type: 'varchar', length: 200 }) team: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 64 }) recordedBy: string;
  @Column({ name: 'recorded_on', type: 'varchar', length: 10 }) recordedOn: string;
}

/** One finding of an inspection; it may open a rectification order. */
@Entity('inspection_finding')
export class InspectionFindingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'inspection_id', type: 'varchar', length: 36 }) inspectionId: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ type: 'varchar', length: 1000 }) text: string;
  @Column({ name: 'rectification_id', type: 'varchar', length: 36, nullable: true }) rectificationId: string | null;
}
