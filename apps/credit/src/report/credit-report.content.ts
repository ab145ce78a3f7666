import type { CreditReportSubject } from '@integrity/rules';
import type { EvaluationGrade } from '../grade/evaluation-grade.type.js';

/** At most this many rows per section are printed (the rest are counted), so a report stays a report. */
export const SECTION_LIMIT = 100;

export interface ReportRecordLine {
  category: string;
  severity: string;
  documentNumber: string;
  authority: string;
  decisionDate: string;
  publicityEnd: string;
  underObjection: boolean;
}

export interface ReportRepairLine {
  category: string;
  documentNumber: string;
  authority: string;
  decidedOn: string;
}

export interface ReportCheckLine {
  checkedAt: string;
  step: string;
  result: string;
}

/** What a report said: the PDF is drawn from it and verifyCreditReport answers with it. */
export interface CreditReportContent {
  number: string;
  /** The day it was made (YYYY-MM-DD, county time). */
  issuedOn: string;
  subject: { type: CreditReportSubject; id: string; name: string; uscc: string | null };
  /** Dishonesty records in publicity on the day. */
  records: ReportRecordLine[];
  recordsOmitted: number;
  /** Records repaired (信用修复), with the decision day. */
  repairs: ReportRepairLine[];
  repairsOmitted: number;
  /** Credit checks of an enterprise at money steps, newest first (none for a department). */
  checks: ReportCheckLine[];
  checksOmitted: number;
  /** A department's latest published evaluation grade (none for an enterprise, or before the first). */
  grade: EvaluationGrade | null;
}
