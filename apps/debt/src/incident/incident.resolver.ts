import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RecordDebtIncidentInput, ResolveDebtIncidentInput } from './incident.input.js';
import { recordIncident, resolveIncident } from './incident.service.js';
import { DebtIncident } from './incident.type.js';

@Resolver()
export class IncidentResolver {
  @Mutation(() => DebtIncident, {
    description:
      'Record a debt risk incident (a missed payment of principal or interest, or a contingent debt called) with its grade and the response started. DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  recordDebtIncident(@Arg('input') input: RecordDebtIncidentInput, @Ctx() ctx: RequestContext) {
    return recordIncident(ctx, input);
  }

  @Mutation(() => DebtIncident, {
    description: 'Close an incident with its resolution. DEBT officers of the finance bureau.',
  })
  @Allow(allow.countyWide('DEBT'))
  resolveDebtIncident(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ResolveDebtIncidentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return resolveIncident(ctx, id, input);
  }
}
