import type { RequestContext } from '@integrity/subgraph-kit';
import { Ctx, Float, Int, FieldResolver, Resolver, Root } from 'type-graphql';
import { commitmentFigures, fulfilmentRate } from './department-figures.js';
import { Department } from './department.type.js';

/** Investment-promotion figures on Department; all departments of one query cost one statement. */
@Resolver(() => Department)
export class DepartmentInvestmentResolver {
  @FieldResolver(() => Int, {
    description:
      'Commitments of this department past their due date and not fulfilled (not counting breached or waived ones).',
  })
  async overdueCommitmentCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return (await commitmentFigures(ctx, d.id)).overdue;
  }

  @FieldResolver(() => Int, { description: 'Commitments of this department with a recorded breach.' })
  async breachedCommitmentCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return (await commitmentFigures(ctx, d.id)).breached;
  }

  @FieldResolver(() => Int, {
    description:
      'Commitments of this department that are due (or already fulfilled), waived ones excluded: the base of commitmentFulfilmentRate. Sum these over departments for a county rate.',
  })
  async dueCommitmentCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return (await commitmentFigures(ctx, d.id)).assessed;
  }

  @FieldResolver(() => Int, {
    description:
      'Of those, the commitments fulfilled in full (commitmentFulfilmentRate = fulfilledCommitmentCount ÷ dueCommitmentCount).',
  })
  async fulfilledCommitmentCount(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return (await commitmentFigures(ctx, d.id)).fulfilled;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of the department’s commitments that are due (or already fulfilled) and fulfilled, waived ones excluded; 1.0 = 100%. Null when none is due yet.',
  })
  async commitmentFulfilmentRate(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return fulfilmentRate(await commitmentFigures(ctx, d.id));
  }
}
