import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One task of the county plan (a duty, or the part of it one parenthesis assigns), as the plan words it. */
@Entity('plan_task')
export class PlanTaskEntity {
  /** "<section>.<seq>", e.g. "二.3.1": stable across seeds, readable in exports. */
  @PrimaryColumn({ type: 'varchar', length: 16 }) id: string;
  @Column({ name: 'plan_code', type: 'varchar', length: 40 }) planCode: string;
  @Column({ type: 'varchar', length: 8 }) section: string;
  @Column({ type: 'int' }) seq: number;
  @Column({ name: 'sort_key', type: 'int' }) sortKey: number;
  @Column({ name: 'duty_title', type: 'varchar', length: 200 }) dutyTitle: string;
  @Column({ type: 'text' }) text: string;
  /** The plan's parenthesis as written. */
  @Column({ type: 'varchar', length: 500 }) responsible: string;
  /** Names in the parenthesis the directory has no department for (reported by the seed). */
  @Column({ name: 'unresolved_names', type: 'varchar', length: 500 }) unresolvedNames: string;
}

/** A department responsible for a task: leading it or co-operating. */
@Entity('plan_task_unit')
export class PlanTaskUnitEntity {
  @PrimaryColumn({ name: 'task_id', type: 'varchar', length: 16 }) taskId: string;
  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  @Column({ type: 'varchar', length: 12 }) role: 'LEAD' | 'COOPERATING';
  /** How the plan names it: its own name, an older name, or a collective such as 各镇人民政府. */
  @Column({ name: 'named_as', type: 'varchar', length: 60 }) namedAs: string;
}

/** A department's progress report on a task for one quarter; filing again for the same quarter replaces it. */
@Entity('plan_task_report')
export class PlanTaskReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'task_id', type: 'varchar', length: 16 }) taskId: string;
  @Column({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
  /** Quarter, e.g. "2026Q4". */
  @Column({ type: 'varchar', length: 6 }) period: string;
  @Column({ type: 'varchar', length: 12 }) status: 'ON_TRACK' | 'DELAYED' | 'COMPLETED';
  @Column({ type: 'text' }) progress: string;
  @Column({ type: 'varchar', length: 1000, nullable: true }) evidence: string | null;
  @Column({ name: 'reported_by', type: 'varchar', length: 64 }) reportedBy: string;
  /** The day it was (last) filed, in APP_TIMEZONE. */
  @Column({ name: 'reported_on', type: 'varchar', length: 10 }) reportedOn: string;
  /** The day it was first filed: what lateness is judged on (a later correction keeps it). */
  @Column({ name: 'first_reported_on', type: 'varchar', length: 10, nullable: true }) firstReportedOn: string | null;
  @Column({ type: 'int', default: 1 }) version: number;
}
