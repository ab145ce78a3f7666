import { Allow, allow } from '@integrity/subgraph-kit';
import type { RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { AccountabilityFinding, EmergencyPlan } from '../risk/risk.type.js';
import { RecordAccountabilityFindingInput, RecordEmergencyPlanInput } from './oversight.input.js';
import { recordEmergencyPlan, recordFinding } from './oversight.service.js';

@Resolver()
export class OversightResolver {
  @Mutation(() => EmergencyPlan, {
    description: 'Record an emergency-response plan (required for a RED region). DEBT officers of the finance bureau.',
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
