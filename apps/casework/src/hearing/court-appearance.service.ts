import { randomUUID } from 'node:crypto';
import { seesEveryCase } from '@integrity/rules';
import {
  badInput,
  isDuplicateKey,
  paginate,
  recordAudit,
  requireCaller,
  requireOwner,
  today,
  transaction,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { CourtAppearanceEntity } from './court-appearance.entity.js';
import type { CourtAppearancesArgs, RecordCourtAppearanceInput } from './court-appearance.input.js';
import { caseNumberOf } from '../judgment/case-number.js';

const view = (a: CourtAppearanceEntity) => ({
  ...a,
  headAppeared: !!a.headAppeared,
  department: { id: a.departmentId },
});

export async function listCourtAppearances(ctx: RequestContext, args: CourtAppearancesArgs) {
  const caller = requireCaller(ctx);
  const qb = ctx.dataSource.getRepository(CourtAppearanceEntity).createQueryBuilder('a');
  const departmentId = seesEveryCase(caller) ? args.departmentId : caller.departmentId;
  if (!departmentId && !seesEveryCase(caller)) return { items: [], total: 0, page: args.page, pageSize: args.pageSize };
  if (departmentId) qb.andWhere('a.department_id = :departmentId', { departmentId });
  if (args.year)
    qb.andWhere('a.hearing_date BETWEEN :from AND :to', { from: `${args.year}-01-01`, to: `${args.year}-12-31` });
  return paginate(qb.orderBy('a.hearing_date', 'DESC').addOrderBy('a.id', 'ASC'), args, view);
}

/** Record a hearing: CASEWORK officers of the defendant body, or county-wide ones. */
export async function recordCourtAppearance(ctx: RequestContext, input: RecordCourtAppearanceInput) {
  const caller = requireOwner(ctx, 'CASEWORK', { departmentId: input.departmentId });
  const now = today();
  if (input.hearingDate > now)
    throw badInput('input.hearingDate', 'DATE_IN_FUTURE', 'the hearing may not be after today', { date: now });
  if (input.headAppeared && (!input.appearedName?.trim() || !input.position?.trim() || !input.rank))
    throw badInput(
      !input.appearedName?.trim() ? 'input.appearedName' : !input.position?.trim() ? 'input.position' : 'input.rank',
      'HEAD_RANK_REQUIRED',
      'name who appeared, their post and whether head or deputy',
    );
  const a: CourtAppearanceEntity = {
    id: randomUUID(),
    caseNumber: caseNumberOf(input.caseNumber),
    departmentId: input.departmentId,
    hearingDate: input.hearingDate,
    headAppeared: input.headAppeared,
    appearedName: input.headAppeared ? input.appearedName!.trim() : null,
    position: input.headAppeared ? input.position!.trim() : null,
    rank: input.headAppeared ? input.rank! : null,
    recordedBy: caller.username,
  };
  try {
    await transaction(ctx, async (m) => {
      await m.insert(CourtAppearanceEntity, a);
      await recordAudit(m, ctx, {
        action: 'courtAppearance.record',
        entityType: 'CourtAppearance',
        entityId: a.id,
        after: a,
      });
    });
  } catch (error) {
    // the body's hearing in this case on this day is recorded already (unique): counted once in the rate
    if (isDuplicateKey(error))
      throw badInput('input.caseNumber', 'ALREADY_REGISTERED', 'this hearing of the body is recorded already', {
        date: a.hearingDate,
      });
    throw error;
  }
  return view(a);
}
