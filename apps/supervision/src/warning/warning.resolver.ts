import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { IntegrityWarningsArgs } from './warning.input.js';
import { acknowledgeWarning, countWarnings, listWarnings } from './warning.service.js';
import { IntegrityWarning, IntegrityWarningPage, WarningCount, WarningStatusEnum } from './warning.type.js';
import type { WarningStatus } from './warning-kinds.js';

@Resolver(() => IntegrityWarning)
export class WarningResolver {
  @Query(() => IntegrityWarningPage, {
    description:
      'The early-warning feed across the domains, open first and oldest cause first; brought up to date on read when older than WARNING_REFRESH_SECONDS. Leaders, supervisors, administrators and county-wide SUPERVISION officers see all; other officers their own department’s.',
  })
  @Allow(allow.signedIn())
  integrityWarnings(@Args() args: IntegrityWarningsArgs, @Ctx() ctx: RequestContext) {
    return listWarnings(ctx, args);
  }

  @Query(() => [WarningCount], {
    description: 'Warnings per kind, most first (default: those not resolved), for the dashboard. Same visibility.',
  })
  @Allow(allow.signedIn())
  integrityWarningCounts(
    @Arg('status', () => WarningStatusEnum, { nullable: true }) status: WarningStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return countWarnings(ctx, status);
  }

  @Mutation(() => IntegrityWarning, {
    description:
      'Acknowledge an OPEN warning with a note of what is being done. Officers of the department concerned, supervisors and county-wide SUPERVISION officers; administrators the kinds they mend (CALENDAR_MISSING, DELIVERY_STUCK).',
  })
  @Allow(allow.roles('OFFICER', 'SUPERVISOR', 'ADMIN'))
  acknowledgeWarning(@Arg('id', () => ID) id: string, @Arg('note') note: string, @Ctx() ctx: RequestContext) {
    return acknowledgeWarning(ctx, id, note);
  }
}
