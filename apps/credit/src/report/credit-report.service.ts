import { randomBytes } from 'node:crypto';
import {
  CREDIT_REPORT_NUMBER,
  CREDIT_REPORT_SUBJECTS,
  creditReportPath,
  mayRequestCreditReport,
  type Caller,
  type CreditReportSubject,
} from '@integrity/rules';
import {
  badInput,
  forbidden,
  recordAudit,
  requireCaller,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, type DataSource } from 'typeorm';
import { CreditCheckLogEntity } from '../check/credit-check-log.entity.js';
import { latestGrade } from '../grade/evaluation-grade.service.js';
import { CreditRecordEntity } from '../record/record.entity.js';
import { RepairEntity } from '../repair/repair.entity.js';
import { onDisclosure, publicFacts } from '../disclosure/disclosure.service.js';
import { isDishonesty, type SubjectType } from '../rules/publicity.js';
import { SECTION_LIMIT, type CreditReportContent } from './credit-report.content.js';
import { CreditReportEntity } from './credit-report.entity.js';
import { renderCreditReport } from './credit-report.pdf.js';
import { reportSubject } from './credit-report-subject.js';
import { reportFont } from './report-font.js';

const isReportSubject = (t: SubjectType): t is CreditReportSubject =>
  (CREDIT_REPORT_SUBJECTS as readonly string[]).includes(t);

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** XYBG-yyyymmdd- and 40 random bits: not guessable, so a number is as good as holding the report. */
export const newReportNumber = (onDate: string): string => {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let tail = '';
  for (let i = 0; i < 8; i += 1) tail = CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)]! + tail;
  return `XYBG-${onDate.replaceAll('-', '')}-${tail}`;
};

const cap = <T>(rows: T[]) => ({
  shown: rows.slice(0, SECTION_LIMIT),
  omitted: Math.max(0, rows.length - SECTION_LIMIT),
});

/** What the report says on `onDate`: the subject's published records in publicity, its repairs, checks, grade. */
async function contentOf(
  dataSource: DataSource,
  number: string,
  subject: CreditReportContent['subject'],
  onDate: string,
): Promise<CreditReportContent> {
  // what the public page shows of the subject, by the same rule
  const inPublicity = cap(
    await onDisclosure(dataSource.manager, onDate)
      .andWhere('r.subject_type = :type AND r.subject_id = :id', { type: subject.type, id: subject.id })
      .orderBy('r.decision_date', 'DESC')
      .addOrderBy('r.id')
      .getMany(),
  );
  const repaired = (
    await dataSource.manager.find(CreditRecordEntity, {
      // a record never published was never held against the subject in public: its repair is not told either
      where: { subjectType: subject.type, subjectId: subject.id, status: 'REPAIRED', publish: true },
      order: { decisionDate: 'DESC', id: 'ASC' },
    })
  ).filter((r) => isDishonesty(r.category));
  const decisions = repaired.length
    ? await dataSource.manager.findBy(RepairEntity, { recordId: In(repaired.map((r) => r.id)), status: 'APPROVED' })
    : [];
  const decidedOn = new Map(decisions.map((d) => [d.recordId, d.decidedOn ?? d.appliedOn]));
  const repairs = cap(repaired);
  const [checks, checkCount] =
    subject.type === 'ENTERPRISE'
      ? await dataSource.manager.findAndCount(CreditCheckLogEntity, {
          where: { subjectId: subject.id },
          order: { checkedAt: 'DESC' },
          take: SECTION_LIMIT,
        })
      : [[], 0];
  return {
    number,
    issuedOn: onDate,
    subject,
    records: inPublicity.shown.map(publicFacts),
    recordsOmitted: inPublicity.omitted,
    repairs: repairs.shown.map((r) => ({
      category: r.category,
      documentNumber: r.documentNumber,
      authority: r.authority,
      decidedOn: decidedOn.get(r.id) ?? '',
    })),
    repairsOmitted: repairs.omitted,
    checks: checks.map((k) => ({ checkedAt: k.checkedAt, step: k.step, result: k.result })),
    checksOmitted: checkCount - checks.length,
    grade: subject.type === 'DEPARTMENT' ? await latestGrade(dataSource.manager, subject.id) : null,
  };
}

// the declaration lets every signed-in user through; whom they may have a report on is this object-level rule
const refuse = () =>
  forbidden(
    'a credit report may be made by credit readers, by procurement and investment officers on an enterprise, and by a department on itself',
    'CREDIT_REPORT_NOT_PERMITTED',
  );

/** Issue a report: the caller may have it made, the subject is registered, the font is there; then it is kept. */
export async function issueCreditReport(ctx: RequestContext, subjectType: SubjectType, subjectId: string) {
  const caller = requireCaller(ctx);
  if (!isReportSubject(subjectType))
    throw badInput('subjectType', 'INVALID_VALUE', 'a credit report is on a department or an enterprise');
  if (!mayRequestCreditReport(caller, subjectType, subjectId)) throw refuse();
  const subject = await reportSubject(ctx, subjectType, subjectId);
  reportFont(); // no font: refused before anything is issued
  const issuedAt = new Date().toISOString();
  const onDate = today(); // one day for the number and the content, even at midnight
  const content = await contentOf(ctx.dataSource, newReportNumber(onDate), subject, onDate);
  const row: CreditReportEntity = {
    number: content.number,
    subjectType,
    subjectId,
    subjectName: subject.name,
    issuedAt,
    issuedBy: caller.username,
    contentJson: JSON.stringify(content),
  };
  await transaction(ctx, async (m) => {
    await m.insert(CreditReportEntity, row);
    await recordAudit(m, ctx, {
      action: 'creditReport.issue',
      entityType: 'CreditReport',
      entityId: row.number,
      after: { subjectType, subjectId, issuedBy: row.issuedBy },
    });
  });
  return { number: row.number, url: creditReportPath(row.number), issuedOn: content.issuedOn, content };
}

/** What a report said, for anyone holding its number; null for a number never issued. */
export async function verifyCreditReport(ctx: RequestContext, number: string) {
  const trimmed = number.trim().toUpperCase();
  if (!CREDIT_REPORT_NUMBER.test(trimmed))
    throw badInput('number', 'INVALID_FORMAT', 'a report number looks like XYBG-20261204-7K3M9Q2W');
  const row = await ctx.dataSource.manager.findOneBy(CreditReportEntity, { number: trimmed });
  return row ? (JSON.parse(row.contentJson) as CreditReportContent) : null;
}

/**
 * The PDF of an issued report, for the GET route: to whoever may have such a report made, or made this one.
 * null: no such report (the route answers 404).
 */
export async function creditReportPdf(dataSource: DataSource, caller: Caller, number: string) {
  const row = await dataSource.manager.findOneBy(CreditReportEntity, { number });
  if (!row) return null;
  if (row.issuedBy !== caller.username && !mayRequestCreditReport(caller, row.subjectType, row.subjectId))
    throw refuse();
  return { pdf: await renderCreditReport(JSON.parse(row.contentJson) as CreditReportContent, row.issuedAt), row };
}
