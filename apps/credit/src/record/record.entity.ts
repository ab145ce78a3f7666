import type { SanctionKind } from '@integrity/subgraph-kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Category, Severity, StoredStatus, SubjectType } from '../rules/publicity.js';

@Entity('credit_record')
export class CreditRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ name: 'subject_type', type: 'varchar', length: 16 }) subjectType: SubjectType;
  /** Civil servant id, department id, or the enterprise's USCC. */
  @Column({ name: 'subject_id', type: 'varchar', length: 36 }) subjectId: string;
  /** The subject's name when recorded (unmasked; masked on the public query). */
  @Column({ name: 'subject_name', type: 'varchar', length: 200 }) subjectName: string;
  /** The department the record counts against (null for enterprises: theirs is not a government record). */
  @Column({ name: 'department_id', type: 'varchar', length: 36, nullable: true }) departmentId: string | null;
  @Column({ type: 'varchar', length: 32 }) category: Category;
  @Column({ type: 'varchar', length: 8 }) severity: Severity;
  @Column({ name: 'document_number', type: 'varchar', length: 100 }) documentNumber: string;
  @Column({ type: 'varchar', length: 200 }) authority: string;
  @Column({ name: 'decision_date', type: 'varchar', length: 10 }) decisionDate: string;
  @Column({ type: 'boolean' }) publish: boolean;
  @Column({ name: 'publicity_start', type: 'varchar', length: 10 }) publicityStart: string;
  @Column({ name: 'publicity_end', type: 'varchar', length: 10 }) publicityEnd: string;
  @Column({ type: 'varchar', length: 10 }) status: StoredStatus;
  @Column({ name: 'under_objection', type: 'boolean', default: false }) underObjection: boolean;
  /** A civil servant's disciplinary sanction: its kind and the last day of its period (null: none, or 开除). */
  @Column({ name: 'sanction_kind', type: 'varchar', length: 32, nullable: true }) sanctionKind?: SanctionKind | null;
  @Column({ name: 'sanction_end', type: 'varchar', length: 10, nullable: true }) sanctionEnd?: string | null;
  /** The department whose officer recorded it (谁认定谁修复: it decides a repair); null when unknown or sourced. */
  @Column({ name: 'recorded_by_department_id', type: 'varchar', length: 36, nullable: true })
  recordedByDepartmentId?: string | null;
  @Column({ name: 'closed_reason', type: 'varchar', length: 1000, nullable: true }) closedReason: string | null;
  @Column({ name: 'created_by', type: 'varchar', length: 64 }) createdBy: string;
  @Column({ name: 'created_at', type: 'varchar', length: 32 }) createdAt: string;
  @Column({ type: 'int', default: 1 }) version: number;
  /** Made from another subgraph's fact (recordFromSource): which one, and the fact's id there. */
  @Column({ name: 'source_subgraph', type: 'varchar', length: 32, nullable: true }) sourceSubgraph?: string | null;
  @Column({ name: 'source_id', type: 'varchar', length: 64, nullable: true }) sourceId?: string | null;
  /**
   * A judgment debtor's listing (失信被执行人), as the court's list and casework both report it: the SHA-256 of its
   * department and case number (listingKey). Unique, so one listing is one record even when both channels write at
   * once. Null on every other record; on a listing recorded twice before the key existed (all but one of them);
   * and on a casework report whose listing another of its judgments holds (each judgment keeps its own record).
   */
  @Column({ name: 'listing_key', type: 'varchar', length: 64, nullable: true }) listingKey?: string | null;
  /** Its kind's sender reports the cure (rule table `cure`): repair waits for curedOn. */
  @Column({ name: 'cure_required', type: 'boolean', default: false }) cureRequired?: boolean;
  /** For a sourced record: the day the sender reported its cause cured (paid, fulfilled). */
  @Column({ name: 'cured_on', type: 'varchar', length: 10, nullable: true }) curedOn?: string | null;
}
