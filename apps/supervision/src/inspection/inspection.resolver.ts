import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { rectificationView } from '../rectification/rectification.service.js';
import { rectificationsById } from '../rectification/rectification.loader.js';
import type { InspectionEntity, InspectionFindingEntity } from './inspection.entity.js';
import { InspectionsArgs, RecordInspectionInput } from './inspection.input.js';
import { findingsOf, listInspections, recordInspection } from './inspection.service.js';
import { Inspection, InspectionFinding, InspectionPage } from './inspection.type.js';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => InspectionPage, {
    description:
      'Inspections, newest first. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s.',
  })
  @Allow(allow.signedIn())
  inspections(@Args() args: InspectionsArgs, @Ctx() ctx: RequestContext) {
    return listInspections(ctx, args);
  }

  @Mutation(() => Inspection, {
    description:
      'Record an inspection and its findings; each finding may then open a rectification order (origin INSPECTION, originId: the finding). Supervisors and SUPERVISION officers acting county-wide.',
  })
  @Allow(allow.roles('SUPERVISOR'), allow.countyWide('SUPERVISION'))
  recordInspection(@Arg('input') input: RecordInspectionInput, @Ctx() ctx: RequestContext) {
    return recordInspection(ctx, input);
  }

  @FieldResolver(() => [InspectionFinding])
  findings(@Root() i: InspectionEntity, @Ctx() ctx: RequestContext) {
    return findingsOf(ctx, i.id);
  }
}

@Resolver(() => InspectionFinding)
export class InspectionFindingResolver {
  @FieldResolver()
  async rectification(@Root() f: InspectionFindingEntity, @Ctx() ctx: RequestContext) {
    if (!f.rectificationId) return null;
    const r = await rectificationsById(ctx).load(f.rectificationId);
    return r && rectificationView(r);
  }
}
