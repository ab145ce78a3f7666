import { containsPattern, today, type RequestContext, paginate } from '@integrity/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { maskName } from '../rules/publicity.js';
import { activeSql, dishonestySql } from '../rules/record-sql.js';
import type { PublicRecordsArgs } from './disclosure.args.js';

/** What the public learns of a record (the public page, credit reports, the platforms). */
export const publicFacts = (r: CreditRecordEntity) => ({
  category: r.category,
  severity: r.severity,
  documentNumber: r.documentNumber,
  authority: r.authority,
  decisionDate: r.decisionDate,
  publicityEnd: r.publicityEnd,
  underObjection: r.underObjection,
});

const toPublic = (r: CreditRecordEntity) => ({
  id: r.id,
  subjectType: r.subjectType,
  subjectId: r.subjectType === 'CIVIL_SERVANT' ? null : r.subjectId,
  subjectName: r.subjectType === 'CIVIL_SERVANT' ? maskName(r.subjectName) : r.subjectName,
  ...publicFacts(r),
  department: r.departmentId ? { id: r.departmentId } : null,
});

/** The records on public disclosure on a day: published dishonesty records inside their publicity period. */
export const onDisclosure = (manager: EntityManager, onDate: string) =>
  manager
    .createQueryBuilder(CreditRecordEntity, 'r')
    .where(`r.publish = :yes AND r.decision_date <= :today AND ${activeSql('r')} AND ${dishonestySql('r')}`, {
      yes: true,
      today: onDate,
    });

/** Published dishonesty records inside their publicity period, newest decision first; civil servants' names masked. */
export async function publicRecords(ctx: RequestContext, args: PublicRecordsArgs) {
  const qb = onDisclosure(ctx.dataSource.manager, today());
  if (args.search?.trim()) {
    // a civil servant's name is never searchable in public: that would unmask it
    qb.andWhere(
      "(r.document_number LIKE :s ESCAPE '!' OR r.authority LIKE :s ESCAPE '!' OR (r.subject_type <> 'CIVIL_SERVANT' AND r.subject_name LIKE :s ESCAPE '!'))",
      {
        s: containsPattern(args.search),
      },
    );
  }
  // newest first, ties by id the same way: ix_record_public is walked backwards, no filesort
  return paginate(qb.orderBy('r.decision_date', 'DESC').addOrderBy('r.id', 'DESC'), args, toPublic);
}
