import { formatMoney, type RequestContext, Allow, allow, TextLength } from '@integrity/subgraph-kit';
import { IsOptional } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { agreementView, loadAgreement } from '../agreement/agreement.service.js';
import { InvestmentAgreement } from '../agreement/agreement.type.js';
import { loadPolicy } from '../policy/policy.service.js';
import { IncentivePolicy } from '../policy/policy.type.js';
import {
  AddCommitmentInput,
  CommitmentsArgs,
  CommitmentsDueArgs,
  RecordFulfilmentInput,
  WaiveCommitmentInput,
} from './commitment.input.js';
import {
  addCommitment,
  commitmentsOfAgreement,
  commitmentView,
  daysLateOf,
  fulfilmentsOf,
  getCommitment,
  listCommitments,
  listDueSoon,
  recordBreach,
  recordFulfilment,
  waiveCommitment,
} from './commitment.service.js';
import { Commitment, CommitmentPage, Fulfilment } from './commitment.type.js';

@ArgsType()
class BreachArgs {
  @Field(() => ID) id: string;
  @Field({ description: 'What was breached and why.' })
  @TextLength(2, 1000)
  note: string;
  @Field({
    nullable: true,
    description:
      'Number of the document that found the breach (认定文书号), e.g. 饶工信〔2026〕12号: the credit record cites it; without one the record carries a generated reference (承诺违约 2026-xxxxxxxx).',
  })
  @IsOptional()
  @TextLength(2, 100)
  documentNumber?: string;
}

@Resolver(() => Commitment)
export class CommitmentResolver {
  @Query(() => Commitment, { nullable: true, description: 'One commitment. INVESTMENT readers.' })
  @Allow(allow.read('INVESTMENT'))
  commitment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getCommitment(ctx, id);
  }

  @Query(() => CommitmentPage, {
    description: 'Commitments by due date, filtered by derived status, department or agreement.',
  })
  @Allow(allow.read('INVESTMENT'))
  commitments(@Args() args: CommitmentsArgs, @Ctx() ctx: RequestContext) {
    return listCommitments(ctx, args);
  }

  @Query(() => CommitmentPage, {
    description: 'Open commitments falling due in the next `days` days (default 30), soonest first.',
  })
  @Allow(allow.read('INVESTMENT'))
  commitmentsDueSoon(@Args() args: CommitmentsDueArgs, @Ctx() ctx: RequestContext) {
    return listDueSoon(ctx, args);
  }

  @Mutation(() => Commitment, {
    description:
      'Add a government commitment. A policy not APPROVED: POLICY_NOT_APPROVED. Without the fair-competition review its kind needs: BAD_USER_INPUT FAIR_COMPETITION_REVIEW_REQUIRED; a review that did not pass: FAIR_COMPETITION_REVIEW_FAILED.',
  })
  @Allow(allow.write('INVESTMENT'))
  addCommitment(
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('input') input: AddCommitmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return addCommitment(ctx, agreementId, input);
  }

  @Mutation(() => Commitment, {
    description: 'Record a fulfilment event; more than outstanding is BAD_USER_INPUT "amount".',
  })
  @Allow(allow.write('INVESTMENT'))
  recordFulfilment(
    @Arg('commitmentId', () => ID) commitmentId: string,
    @Arg('input') input: RecordFulfilmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordFulfilment(ctx, commitmentId, input);
  }

  @Mutation(() => Commitment, { description: 'Record that the government breached this commitment (违约).' })
  @Allow(allow.write('INVESTMENT'))
  recordCommitmentBreach(@Args() { id, note, documentNumber }: BreachArgs, @Ctx() ctx: RequestContext) {
    return recordBreach(ctx, id, note, documentNumber);
  }

  @Mutation(() => Commitment, {
    description:
      'Release a commitment by a recorded agreement with the investor, who consented in writing: without the consent, BAD_USER_INPUT INVESTOR_CONSENT_REQUIRED. A breached commitment is not waived (INVALID_TRANSITION): the breach stays on record.',
  })
  @Allow(allow.write('INVESTMENT'))
  waiveCommitment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: WaiveCommitmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return waiveCommitment(ctx, id, input);
  }

  @FieldResolver(() => InvestmentAgreement, { description: 'The agreement it belongs to.' })
  async agreement(@Root() c: Commitment, @Ctx() ctx: RequestContext) {
    return agreementView((await loadAgreement(ctx, c.agreementId))!);
  }

  @FieldResolver(() => IncentivePolicy, { description: 'The policy it rests on.' })
  policy(@Root() c: Commitment, @Ctx() ctx: RequestContext) {
    return loadPolicy(ctx, c.policyId);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Calendar days late: fulfilled in full after the due date, from the due date to that day (kept once fulfilled); waived unfulfilled, to the waiver; else, while past due, to today. null when on time or not yet due (fulfilled on the due date: null; the day after: 1).',
  })
  daysLate(@Root() c: Commitment, @Ctx() ctx: RequestContext) {
    return daysLateOf(ctx, c);
  }

  @FieldResolver(() => [Fulfilment], { description: 'Fulfilment events, oldest first.' })
  async fulfilments(@Root() c: Commitment, @Ctx() ctx: RequestContext) {
    return (await fulfilmentsOf(ctx, c.id)).map((f) => ({ ...f, amount: formatMoney(f.amount) }));
  }
}

@Resolver(() => InvestmentAgreement)
export class AgreementCommitmentsResolver {
  @FieldResolver(() => [Commitment], { description: 'The government commitments under it, by due date.' })
  async commitments(@Root() a: InvestmentAgreement, @Ctx() ctx: RequestContext) {
    return (await commitmentsOfAgreement(ctx, a.id)).map((c) => commitmentView(c));
  }
}
