import { Allow, allow } from '@integrity/subgraph-kit';
import type { RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AccountabilityFinding, EmergencyPlan } from '../risk/risk.type.js';
import { RecordAccountabilityFindingInput, RecordEmergencyPlanInput } from './oversight.input.js';
import { recordEmergencyPlan, recordFinding } from './oversight.service.js';

@Resolver()
export class OversightResolver {
  @Mutation(() => EmergencyPlan, {
    description:
      'Record a debt-risk emergency plan (应急处置预案; every county-level government keeps one, 国办函〔2016〕88号). DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  recordEmergencyPlan(@Arg('input') input: RecordEmergencyPlanInput, @Ctx() ctx: RequestContext) {
    return recordEmergencyPlan(ctx, input);
  }

  @Mutation(() => AccountabilityFinding, {
    description: 'Record an accountability finding on a region’s debt. SUPERVISOR only.',
  })
  @Allow(allow.roles('SUPERVISOR'))
  recordAccountabilityFinding(@Arg('input') input: RecordAccountabilityFindingInput, @Ctx() ctx: RequestContext) {
    return recordFinding(ctx, input);
  }
}
