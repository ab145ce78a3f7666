import { today, type RequestContext } from '@integrity/subgraph-kit';
import { CreditRecordEntity } from '../record/record.entity.js';
import { ObjectionEntity } from './objection.entity.js';
import { OVERDUE_SQL } from './objection.service.js';

/** Overdue objections grouped by who accepted them and which department their record is about. */
interface OverdueGroup {
  accepted: string | null;
  about: string | null;
  n: number;
}

// the department a record is about, as impartiality reads it (requireImpartial)
const ABOUT_SQL = "CASE WHEN r.subject_type = 'DEPARTMENT' THEN r.subject_id ELSE r.department_id END";

const overdueGroups = (ctx: RequestContext): Promise<OverdueGroup[]> =>
  ctx.loaders
    .get<string, OverdueGroup[]>('figures.overdueObjections', async (keys) => {
      const rows: { accepted: string | null; about: string | null; n: unknown }[] = await ctx.dataSource.manager
        .createQueryBuilder(ObjectionEntity, 'o')
        .innerJoin(CreditRecordEntity, 'r', 'r.id = o.record_id')
        .select('o.accepted_department_id', 'accepted')
        .addSelect(ABOUT_SQL, 'about')
        .addSelect('COUNT(*)', 'n')
        .where(OVERDUE_SQL, { today: today() })
        .groupBy('o.accepted_department_id')
        .addGroupBy(ABOUT_SQL)
        .getRawMany();
      const groups = rows.map((r) => ({ accepted: r.accepted ?? null, about: r.about ?? null, n: Number(r.n) }));
      return keys.map(() => groups);
    })
    .load('all');

/**
 * The overdue objections a department answers for (its score deducts for them). Once accepted, an objection's
 * decision is the accepting officer's department's alone. Before that, every department acting county-wide in
 * CREDIT may accept it and none did, so each of them answers — but not the one the record is about, which
 * impartiality bars from handling it. An objection accepted before the acceptor's department was kept counts as
 * not accepted. One statement per request, however many departments ask; who may read it is declared where used.
 */
export async function overdueObjectionsAnsweredBy(
  ctx: RequestContext,
  department: { id: string; countyWideDomains?: readonly string[] },
): Promise<number> {
  const sharesAcceptance = department.countyWideDomains?.includes('CREDIT') ?? false;
  return (await overdueGroups(ctx)).reduce(
    (sum, g) =>
      sum +
      (g.accepted === department.id || (g.accepted === null && sharesAcceptance && g.about !== department.id)
        ? g.n
        : 0),
    0,
  );
}
