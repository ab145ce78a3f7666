import { DateScalar, DecimalScalar, PageArgs, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ProcurementProject } from '../project/project.type.js';
import { loadProject, projectView } from '../project/project.service.js';
import { RecordBreachInput, SignContractInput } from './contract.input.js';
import {
  listOverdueMilestones,
  milestonesOf,
  milestoneView,
  pageOverdueMilestones,
  recordBreach,
  recordPayment,
  signContract,
} from './contract.service.js';
import { BreachRecord, Contract, PaymentMilestone, PaymentMilestonePage } from './contract.type.js';

@ArgsType()
class OverdueMilestoneArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the payments this purchasing department owes.' })
  purchaserId?: string;
}

@Resolver(() => Contract)
export class ContractResolver {
  @Query(() => [PaymentMilestone], {
    description: 'Supplier payments past due and unpaid (at most 500, oldest first), optionally for one purchaser.',
  })
  @Allow(allow.read('PROCUREMENT'))
  overduePayments(
    @Arg('purchaserId', () => ID, { nullable: true }) purchaserId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listOverdueMilestones(ctx, purchaserId);
  }

  @Query(() => PaymentMilestonePage, {
    description:
      'Supplier payments past due and unpaid (拖欠账款), oldest due first, page by page, optionally of one purchaser: as many as Department.overduePaymentCount counts. PROCUREMENT readers.',
  })
  @Allow(allow.read('PROCUREMENT'))
  overdueMilestones(@Args() args: OverdueMilestoneArgs, @Ctx() ctx: RequestContext) {
    return pageOverdueMilestones(ctx, args);
  }

  @Mutation(() => Contract, {
    description: 'Sign the contract of an AWARDED project with its payment milestones; the project becomes CONTRACTED.',
  })
  @Allow(allow.write('PROCUREMENT'))
  signContract(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: SignContractInput,
    @Ctx() ctx: RequestContext,
  ) {
    return signContract(ctx, projectId, input);
  }

  @Mutation(() => PaymentMilestone, { description: 'Record a payment to the supplier against a milestone.' })
  @Allow(allow.write('PROCUREMENT'))
  recordPayment(
    @Arg('milestoneId', () => ID) milestoneId: string,
    @Arg('paidOn', () => DateScalar) paidOn: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Ctx() ctx: RequestContext,
  ) {
    return recordPayment(ctx, milestoneId, paidOn, amount);
  }

  @Mutation(() => BreachRecord, { description: 'Record a breach (违约失信) naming the responsible department.' })
  @Allow(allow.write('PROCUREMENT'))
  recordProcurementBreach(@Arg('input') input: RecordBreachInput, @Ctx() ctx: RequestContext) {
    return recordBreach(ctx, input);
  }

  @FieldResolver(() => [PaymentMilestone], { description: 'Payment milestones in order.' })
  async milestones(@Root() c: Contract, @Ctx() ctx: RequestContext) {
    return (await milestonesOf(ctx, c.id)).map((m) => milestoneView(m));
  }

  @FieldResolver(() => ProcurementProject, { description: 'The project.' })
  async project(@Root() c: Contract & { projectId: string }, @Ctx() ctx: RequestContext) {
    return projectView((await loadProject(ctx, c.projectId))!);
  }
}
