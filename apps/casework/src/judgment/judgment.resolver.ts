import { Allow, allow, formatMoney, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  JudgmentsArgs,
  MarkJudgmentDebtorListedInput,
  RecordJudgmentFulfilmentInput,
  RecordJudgmentInput,
} from './judgment.input.js';
import {
  fulfilmentsOf,
  listJudgments,
  markJudgmentDebtorListed,
  recordJudgment,
  recordJudgmentFulfilment,
  judgmentView,
} from './judgment.service.js';
import { Judgment, JudgmentFulfilment, JudgmentPage } from './judgment.type.js';

type JudgmentView = ReturnType<typeof judgmentView>;

@Resolver(() => Judgment)
export class JudgmentResolver {
  @Query(() => JudgmentPage, {
    description:
      'Effective judgments against county bodies, earliest due first. Those who see every case see all; anyone else their department’s.',
  })
  @Allow(allow.signedIn())
  judgments(@Args() args: JudgmentsArgs, @Ctx() ctx: RequestContext) {
    return listJudgments(ctx, args);
  }

  @Mutation(() => Judgment, {
    description: 'Record an effective judgment: CASEWORK officers of the obligor, or acting county-wide.',
  })
  @Allow(allow.write('CASEWORK'))
  recordJudgment(@Arg('input') input: RecordJudgmentInput, @Ctx() ctx: RequestContext) {
    return recordJudgment(ctx, input);
  }

  @Mutation(() => Judgment, {
    description:
      'Record a payment or performance towards a judgment: CASEWORK officers of the obligor, or county-wide.',
  })
  @Allow(allow.write('CASEWORK'))
  recordJudgmentFulfilment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: RecordJudgmentFulfilmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordJudgmentFulfilment(ctx, id, input);
  }

  @Mutation(() => Judgment, {
    description:
      'Record that the court listed the obligor as a dishonest judgment debtor (失信被执行人): once; makes one SERIOUS JUDICIAL_JUDGMENT record on the department in credit (cured already when the judgment is fulfilled: a listing recorded afterwards is dated on or before the fulfilment, else DATE_TOO_LATE). County-wide CASEWORK officers.',
  })
  @Allow(allow.countyWide('CASEWORK'))
  markJudgmentDebtorListed(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: MarkJudgmentDebtorListedInput,
    @Ctx() ctx: RequestContext,
  ) {
    return markJudgmentDebtorListed(ctx, id, input);
  }

  @FieldResolver(() => [JudgmentFulfilment], { description: 'Fulfilments, oldest first; batched.' })
  async fulfilments(@Root() j: JudgmentView, @Ctx() ctx: RequestContext) {
    return (await fulfilmentsOf(ctx).load(j.id)).map((f) => ({ ...f, amount: formatMoney(f.amount) }));
  }
}
