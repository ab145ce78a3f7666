import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { OrderRectificationInput, RectificationsArgs, ReportRectificationInput } from './rectification.input.js';
import {
  decideRectification,
  getRectification,
  listRectifications,
  orderRectification,
  reportRectification,
} from './rectification.service.js';
import { Rectification, RectificationPage } from './rectification.type.js';

/** Who orders and decides: supervisors, and SUPERVISION officers acting county-wide (县发改局). */
const SUPERVISES = [allow.roles('SUPERVISOR'), allow.countyWide('SUPERVISION')] as const;

@Resolver(() => Rectification)
export class RectificationResolver {
  @Query(() => RectificationPage, {
    description:
      'Rectification orders, earliest deadline first. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s.',
  })
  @Allow(allow.signedIn())
  rectifications(@Args() args: RectificationsArgs, @Ctx() ctx: RequestContext) {
    return listRectifications(ctx, args);
  }

  @Query(() => Rectification, { nullable: true, description: 'One order (null when missing or not yours to see).' })
  @Allow(allow.signedIn())
  rectification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getRectification(ctx, id);
  }

  @Mutation(() => Rectification, {
    description:
      'Order a department or town government to rectify by a deadline (after today). Supervisors and SUPERVISION officers acting county-wide.',
  })
  @Allow(...SUPERVISES)
  orderRectification(@Arg('input') input: OrderRectificationInput, @Ctx() ctx: RequestContext) {
    return orderRectification(ctx, input);
  }

  @Mutation(() => Rectification, {
    description:
      'Report the rectification with evidence: officers of the department the order is addressed to; also late, when OVERDUE.',
  })
  @Allow(allow.roles('OFFICER'))
  reportRectification(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ReportRectificationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return reportRectification(ctx, id, input);
  }

  @Mutation(() => Rectification, {
    description:
      'Accept a report (ACCEPTED) or return it with a reason (RETURNED; OVERDUE when past the deadline). Supervisors and SUPERVISION officers acting county-wide.',
  })
  @Allow(...SUPERVISES)
  decideRectification(
    @Arg('id', () => ID) id: string,
    @Arg('accepted') accepted: boolean,
    @Arg('note', { defaultValue: '', description: 'Required when returning.' }) note: string,
    @Arg('version', () => Int, {
      nullable: true,
      description:
        'The order’s version as read: after any change since (the department reporting again), CONFLICT STALE_VERSION instead of deciding on a report not seen. Optional.',
    })
    version: number | null,
    @Ctx() ctx: RequestContext,
  ) {
    return decideRectification(ctx, id, accepted, note, version);
  }
}
