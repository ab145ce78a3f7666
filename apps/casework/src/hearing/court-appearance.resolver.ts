import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CourtAppearancesArgs, RecordCourtAppearanceInput } from './court-appearance.input.js';
import { listCourtAppearances, recordCourtAppearance } from './court-appearance.service.js';
import { CourtAppearance, CourtAppearancePage } from './court-appearance.type.js';

@Resolver(() => CourtAppearance)
export class CourtAppearanceResolver {
  @Query(() => CourtAppearancePage, {
    description: 'Hearings, newest first. Those who see every case see all; anyone else their department’s.',
  })
  @Allow(allow.signedIn())
  courtAppearances(@Args() args: CourtAppearancesArgs, @Ctx() ctx: RequestContext) {
    return listCourtAppearances(ctx, args);
  }

  @Mutation(() => CourtAppearance, {
    description:
      'Record a hearing and whether the head (正职 or 副职) appeared (法释〔2020〕3号): CASEWORK officers of the defendant body, or county-wide.',
  })
  @Allow(allow.write('CASEWORK'))
  recordCourtAppearance(@Arg('input') input: RecordCourtAppearanceInput, @Ctx() ctx: RequestContext) {
    return recordCourtAppearance(ctx, input);
  }
}
