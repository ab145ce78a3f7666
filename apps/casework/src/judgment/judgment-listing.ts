import { creditCureMessage, creditRecordMessage, formatMoney } from '@integrity/subgraph-kit';
import type { JudgmentEntity } from './judgment.entity.js';

/** The kind credit's rule table (sourced-records.ts) makes a SERIOUS JUDICIAL_JUDGMENT record of. */
export const LISTED_RECORD_KIND = 'JUDGMENT_DEBTOR_LISTED';

/** The department's dishonesty record for a listing, as credit's recordFromSource takes it; keyed by the judgment. */
export const listedRecordMessage = (j: JudgmentEntity & { listedOn: string; listingDocument: string }) =>
  creditRecordMessage({
    kind: LISTED_RECORD_KIND,
    sourceId: j.id,
    departmentId: j.departmentId,
    documentNumber: j.listingDocument,
    authority: j.court,
    decisionDate: j.listedOn,
    summary: `${j.caseNumber}：未履行生效裁判确定的义务（${j.obligation}），被列为失信被执行人`,
    ...(j.amount > 0n ? { amount: formatMoney(j.amount - j.fulfilledAmount) } : {}),
  });

/** The listing's cause is cured: the judgment fulfilled in full (the court then lifts the listing). */
export const curedRecordMessage = (j: JudgmentEntity) =>
  creditCureMessage({
    sourceId: j.id,
    curedOn: j.fulfilledOn!,
    summary: `${j.caseNumber}：生效裁判确定的义务已全部履行`,
  });
