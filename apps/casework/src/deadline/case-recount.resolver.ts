import {
  Allow,
  allow,
  CALENDAR_CHANGE_SENDER,
  CalendarChangeInput,
  checkedCalendarChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { recountCaseDeadlines } from './case-recount.js';

@Resolver()
export class CaseRecountResolver {
  @Mutation(() => Int, {
    description:
      'The county calendar changed (credit’s outbox telling it): the open cases whose deadlines were counted over the changed days, or flagged calendarMissing, are counted again; returns how many moved. Only credit’s service credential; idempotent (counted again, nothing moves twice).',
  })
  @Allow(allow.services(CALENDAR_CHANGE_SENDER))
  recountCaseDeadlines(@Arg('input') input: CalendarChangeInput, @Ctx() ctx: RequestContext) {
    const change = checkedCalendarChange(input);
    return recountCaseDeadlines(ctx, ctx, { change }, change.cause);
  }
}
