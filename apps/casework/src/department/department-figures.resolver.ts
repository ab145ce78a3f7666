import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { overdueCaseCounts, satisfactionCounts, satisfactionRate } from './case-figures.loader.js';
import { courtAppearanceRates, unfulfilledJudgmentCounts } from './judicial-figures.loader.js';
import { Department } from './department.type.js';

/** Readers of casework (leaders, supervisors, admins, CASEWORK officers, services) and SUPERVISION officers. */
const READS_FIGURES = [allow.read('CASEWORK'), allow.read('SUPERVISION')] as const;

@Resolver(() => Department)
export class DepartmentCaseFiguresResolver {
  @Allow(...READS_FIGURES)
  @FieldResolver(() => Int, {
    description:
      'Cases this department is responsible for that are still open after their deadline. Readers of casework, SUPERVISION officers; batched.',
  })
  async overdueCaseCount(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number> {
    return overdueCaseCounts(ctx).load(d.id);
  }

  @Allow(...READS_FIGURES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of rated replies rated satisfied (complainants’ ratings; NPC/CPPCC 满意 and 基本满意), 0–1; null while none is rated. Batched.',
  })
  async caseSatisfactionRate(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number | null> {
    return satisfactionRate(await satisfactionCounts(ctx).load(d.id));
  }

  @Allow(...READS_FIGURES)
  @FieldResolver(() => Int, {
    description:
      'Judgments against this body not fulfilled after their due date (一.3 司法监督). Readers of casework, SUPERVISION officers; batched.',
  })
  async unfulfilledJudgmentCount(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number> {
    return unfulfilledJudgmentCounts(ctx).load(d.id);
  }

  @Allow(...READS_FIGURES)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'This calendar year’s hearings of administrative cases against this body at which its head (正职 or 副职) appeared ÷ its hearings, 0–1 (法释〔2020〕3号; target 1); null when it had no hearing. Batched.',
  })
  async courtAppearanceRate(@Root() d: Department, @Ctx() ctx: RequestContext): Promise<number | null> {
    return courtAppearanceRates(ctx).load(d.id);
  }
}
