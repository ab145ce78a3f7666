import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { latestPublishedGrades } from './published-grade.loader.js';
import { honoursEligibility } from './honours-rules.js';
import { HonoursEligibility } from './honours.type.js';

@Resolver(() => Department)
export class DepartmentHonoursResolver {
  @Directive(
    '@requires(fields: "activeDishonestyRecordCount overduePaymentCount breachAwaitingCreditCount breachedCommitmentCount")',
  )
  @FieldResolver(() => HonoursEligibility, {
    description:
      'Honours eligibility, the whole judgement (二.（五）): credit’s honorEligibility reads the records alone; this reads every domain — barred by any active dishonesty record (a procurement breach is one once credit has recorded it, and stops barring when that record’s period ends or it is revoked or repaired), a procurement breach credit has not yet recorded, an overdue supplier payment, a breached commitment, or a published grade D. Any signed-in user; batched.',
  })
  async integrityHonorEligibility(@Root() d: Department, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    const published = await latestPublishedGrades(ctx).load(d.id);
    return honoursEligibility(
      {
        DISHONESTY_RECORDS: Number(d.activeDishonestyRecordCount ?? 0),
        OVERDUE_PAYMENTS: Number(d.overduePaymentCount ?? 0),
        PROCUREMENT_BREACHES: Number(d.breachAwaitingCreditCount ?? 0),
        BREACHED_COMMITMENTS: Number(d.breachedCommitmentCount ?? 0),
      },
      published,
    );
  }
}
