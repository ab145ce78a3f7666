import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseKind, CaseStatus, ComplaintCategory, DelegateSatisfaction, ProposalOutcome } from '@integrity/rules';

/** A case of any kind: registered by an officer, or filed by the public (a COMPLAINT with a tracking number). */
@Entity('casework_case')
export class CaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id: string;
  @Column({ type: 'varchar', length: 32 }) kind: CaseKind;
  @Column({ type: 'varchar', length: 12 }) status: CaseStatus;
  /** The number the case carries where it came from (信访件编号, 12345 工单号, 建议号, 文书号). */
  @Column({ name: 'source_number', type: 'varchar', length: 64, nullable: true }) sourceNumber: string | null;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'varchar', length: 24, nullable: true }) category: ComplaintCategory | null;
  /** The department or town government the case is about, as registered (null: not known). */
  @Column({ name: 'concerned_department_id', type: 'varchar', length: 36, nullable: true })
  concernedDepartmentId: string | null;
  /** The department responsible now: the lead department once assigned, before that the one concerned. */
  @Column({ name: 'department_id', type: 'varchar', length: 36, nullable: true }) departmentId: string | null;
  @Column({ name: 'received_on', type: 'varchar', length: 10 }) receivedOn: string;
  @Column({ name: 'accepted_on', type: 'varchar', length: 10, nullable: true }) acceptedOn: string | null;
  /** First assignment (交办): NPC/CPPCC reply periods count from it; a reassignment keeps it. */
  @Column({ name: 'assigned_on', type: 'varchar', length: 10, nullable: true }) assignedOn: string | null;
  @Column({ name: 'replied_on', type: 'varchar', length: 10, nullable: true }) repliedOn: string | null;
  @Column({ name: 'closed_on', type: 'varchar', length: 10, nullable: true }) closedOn: string | null;
  @Column({ name: 'accept_rule_id', type: 'varchar', length: 60, nullable: true }) acceptRuleId: string | null;
  @Column({ name: 'reply_rule_id', type: 'varchar', length: 60 }) replyRuleId: string;
  @Column({ name: 'accept_deadline', type: 'varchar', length: 10, nullable: true }) acceptDeadline: string | null;
  @Column({ name: 'reply_deadline', type: 'varchar', length: 10, nullable: true }) replyDeadline: string | null;
  /** The deadline of the stage the case is in (acceptance while RECEIVED, else the reply): what "overdue" reads. */
  @Column({ type: 'varchar', length: 10, nullable: true }) deadline: string | null;
  @Column({ name: 'calendar_missing', type: 'boolean', default: false }) calendarMissing: boolean;
  @Column({ name: 'out_of_scope_reason', type: 'varchar', length: 1000, nullable: true }) outOfScopeReason:
    string | null;
  @Column({ name: 'extension_reason', type: 'varchar', length: 1000, nullable: true }) extensionReason: string | null;
  @Column({ name: 'extended_on', type: 'varchar', length: 10, nullable: true }) extendedOn: string | null;
  @Column({ type: 'text', nullable: true }) reply: string | null;
  @Column({ type: 'varchar', length: 1, nullable: true }) outcome: ProposalOutcome | null;
  @Column({ name: 'delegate_satisfaction', type: 'varchar', length: 20, nullable: true })
  delegateSatisfaction: DelegateSatisfaction | null;
  /** When a "not satisfied" rating reopened it (once at most): the reply period counts again from then. */
  @Column({ name: 'reopened_on', type: 'varchar', length: 10, nullable: true }) reopenedOn: string | null;
  @Column({ name: 'registered_by', type: 'varchar', length: 64 }) registeredBy: string;
  @Column({ type: 'int', default: 1 }) version: number;
}

/** A department that co-handles (协办) a case beside its lead department. */
@Entity('casework_co_handler')
export class CoHandlerEntity {
  @PrimaryColumn({ name: 'case_id', type: 'varchar', length: 36 }) caseId: string;
  @PrimaryColumn({ name: 'department_id', type: 'varchar', length: 36 }) departmentId: string;
}
