import { requireCaller, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Department } from '../department/department.type.js';
import { latestPublishedGrades } from './published-grade.loader.js';
import { honoursEligibility } from './honours-rules.js';
import { HonoursEligibility } from './honours.type.js';

@Resolver(() => Department)
export class DepartmentHonoursResolver {
  @Directive('@requires(fields: "activeDishonestyRecordCount")')
  @FieldResolver(() => HonoursEligibility, {
    description:
      'Honours eligibility, the whole judgement (二.（五）): credit’s honorEligibility reads the records alone; this adds the latest published evaluation — barred by any active dishonesty record or a published grade D. Any signed-in user; batched.',
  })
  async integrityHonorEligibility(@Root() d: Department, @Ctx() ctx: RequestContext) {
    requireCaller(ctx);
    const published = await latestPublishedGrades(ctx).load(d.id);
    return honoursEligibility(Number(d.activeDishonestyRecordCount ?? 0), published);
  }
}
