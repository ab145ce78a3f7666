import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CreditReportSubject } from '@integrity/rules';

/**
 * A credit report as issued: its number, whom it is about, who had it made, and what it said (the snapshot the
 * PDF is drawn from), so that the PDF can be downloaded again and a number verified years later exactly as issued.
 */
@Entity('credit_report')
@Index('ix_credit_report_subject', ['subjectType', 'subjectId', 'issuedAt'])
export class CreditReportEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 }) number: string;
  @Column({ name: 'subject_type', type: 'varchar', length: 16 }) subjectType: CreditReportSubject;
  @Column({ name: 'subject_id', type: 'varchar', length: 36 }) subjectId: string;
  @Column({ name: 'subject_name', type: 'varchar', length: 200 }) subjectName: string;
  @Column({ name: 'issued_at', type: 'varchar', length: 32 }) issuedAt: string;
  @Column({ name: 'issued_by', type: 'varchar', length: 64 }) issuedBy: string;
  /** The snapshot (CreditReportContent) as JSON; sections are capped so it stays well inside a TEXT column. */
  @Column({ name: 'content_json', type: 'text' }) contentJson: string;
}
