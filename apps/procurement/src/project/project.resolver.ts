import { formatMoney, JSONScalar, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { awardProject, bidsOf, bidView, refusedBidsOf, submitBid } from '../bid/bid.service.js';
import { Bid, RefusedBid } from '../bid/bid.type.js';
import { contractOf, contractView } from '../contract/contract.service.js';
import { Contract } from '../contract/contract.type.js';
import { releaseOf } from '../ocds/ocds.service.js';
import { DecimalScalar } from '@integrity/subgraph-kit';
import type { ProcurementStatus } from './lifecycle.js';
import type { ProjectEntity } from './project.entity.js';
import { CreateProcurementProjectInput, ProcurementProjectsArgs } from './project.input.js';
import {
  createProject,
  getProject,
  listProjects,
  loadProject,
  timelineOf,
  transitionProject,
} from './project.service.js';
import { ProcurementProject, ProcurementProjectPage, ProcurementStatusEnum, StatusChange } from './project.type.js';

@Resolver(() => ProcurementProject)
export class ProjectResolver {
  @Query(() => ProcurementProject, { nullable: true, description: 'One procurement project. PROCUREMENT readers.' })
  @Allow(allow.read('PROCUREMENT'))
  procurementProject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getProject(ctx, id);
  }

  @Query(() => ProcurementProjectPage, {
    description: 'Procurement projects, newest first, by status, purchaser, category, method or title.',
  })
  @Allow(allow.read('PROCUREMENT'))
  procurementProjects(@Args() args: ProcurementProjectsArgs, @Ctx() ctx: RequestContext) {
    return listProjects(ctx, args);
  }

  @Mutation(() => ProcurementProject, {
    description: 'Create a project in PLANNING (PROCUREMENT officers of the purchaser, or county-wide).',
  })
  @Allow(allow.write('PROCUREMENT'))
  createProcurementProject(@Arg('input') input: CreateProcurementProjectInput, @Ctx() ctx: RequestContext) {
    return createProject(ctx, input);
  }

  @Mutation(() => ProcurementProject, {
    description: 'Move a project along its lifecycle; an illegal move is INVALID_TRANSITION naming the allowed ones.',
  })
  @Allow(allow.write('PROCUREMENT'))
  transitionProcurementProject(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => ProcurementStatusEnum) to: ProcurementStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return transitionProject(ctx, id, to);
  }

  @Mutation(() => Bid, {
    description:
      'Record a bid while TENDERING. The supplier is checked with the credit subgraph: restricted is SUPPLIER_RESTRICTED (and the refusal is kept); no answer is DEPENDENCY_UNAVAILABLE.',
  })
  @Allow(allow.write('PROCUREMENT'))
  submitBid(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('supplierUscc') supplierUscc: string,
    @Arg('amount', () => DecimalScalar) amount: string,
    @Ctx() ctx: RequestContext,
  ) {
    return submitBid(ctx, projectId, supplierUscc, amount);
  }

  @Mutation(() => ProcurementProject, { description: 'Award an EVALUATION project to one of its bids.' })
  @Allow(allow.write('PROCUREMENT'))
  awardProject(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('bidId', () => ID) bidId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return awardProject(ctx, projectId, bidId);
  }

  @FieldResolver(() => [Bid], { description: 'Bids accepted, in order of submission.' })
  async bids(@Root() p: ProcurementProject, @Ctx() ctx: RequestContext) {
    return (await bidsOf(ctx, p.id)).map(bidView);
  }

  @FieldResolver(() => [RefusedBid], { description: 'Bids refused because the supplier was restricted.' })
  async refusedBids(@Root() p: ProcurementProject, @Ctx() ctx: RequestContext) {
    return (await refusedBidsOf(ctx, p.id)).map((b) => ({ ...b, amount: formatMoney(b.amount) }));
  }

  @FieldResolver(() => Contract, { nullable: true, description: 'The contract, once signed.' })
  async contract(@Root() p: ProcurementProject, @Ctx() ctx: RequestContext) {
    const c = await contractOf(ctx, p.id);
    return c && contractView(c);
  }

  @FieldResolver(() => [StatusChange], { description: 'The lifecycle timeline, oldest first.' })
  timeline(@Root() p: ProcurementProject, @Ctx() ctx: RequestContext) {
    return timelineOf(ctx, p.id);
  }

  @FieldResolver(() => JSONScalar, {
    description: 'The process as an OCDS 1.1.5 release (validates against the official release schema).',
  })
  async ocdsRelease(@Root() p: ProcurementProject, @Ctx() ctx: RequestContext) {
    return releaseOf(ctx, (await loadProject(ctx, p.id)) as ProjectEntity);
  }
}
