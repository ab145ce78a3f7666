import type { RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { overdueCaseCounts, satisfactionCounts, satisfactionRate } from './case-figures.loader.js';
import { requireFiguresRead } from './figures-access.js';
import { Department } from './department.type.js';

@Resolver(() => Department)
export class DepartmentCaseFiguresResolver {
  @FieldResolver(() => Int, {
    description:
      'Cases this department is responsible for that are still open after their deadline. Readers of casework, SUPERVISION officers; batched.',
  })
  async overdueCaseCount(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number> {
    requireFiguresRead(ctx);
    return overdueCaseCounts(ctx).load(d.id);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of rated replies rated satisfied (complainants’ ratings; NPC/CPPCC 满意 and 基本满意), 0–1; null while none is rated. Batched.',
  })
  async caseSatisfactionRate(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number | null> {
    requireFiguresRead(ctx);
    return satisfactionRate(await satisfactionCounts(ctx).load(d.id));
  }
}
