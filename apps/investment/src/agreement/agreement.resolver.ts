import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import {
  CreateInvestmentAgreementInput,
  InvestmentAgreementsArgs,
  UpdateInvestmentAgreementInput,
} from './agreement.input.js';
import { createAgreement, getAgreement, listAgreements, updateAgreement } from './agreement.service.js';
import { InvestmentAgreement, InvestmentAgreementPage } from './agreement.type.js';

@Resolver(() => InvestmentAgreement)
export class AgreementResolver {
  @Query(() => InvestmentAgreement, { nullable: true, description: 'One investment agreement. INVESTMENT readers.' })
  @Allow(allow.read('INVESTMENT'))
  investmentAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getAgreement(ctx, id);
  }

  @Query(() => InvestmentAgreementPage, {
    description: 'Investment agreements, newest signing first. INVESTMENT readers.',
  })
  @Allow(allow.read('INVESTMENT'))
  investmentAgreements(@Args() args: InvestmentAgreementsArgs, @Ctx() ctx: RequestContext) {
    return listAgreements(ctx, args);
  }

  @Mutation(() => InvestmentAgreement, {
    description: 'Record a signed agreement. Bad investor code: BAD_USER_INPUT "investorUscc".',
  })
  @Allow(allow.write('INVESTMENT'))
  createInvestmentAgreement(@Arg('input') input: CreateInvestmentAgreementInput, @Ctx() ctx: RequestContext) {
    return createAgreement(ctx, input);
  }

  @Mutation(() => InvestmentAgreement, {
    description: 'Update contact person and the investor’s progress. Commitments are never changed by this.',
  })
  @Allow(allow.write('INVESTMENT'))
  updateInvestmentAgreement(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateInvestmentAgreementInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateAgreement(ctx, id, input);
  }
}
