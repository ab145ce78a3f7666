import {
  Allow,
  allow,
  CALENDAR_CHANGE_SENDER,
  CalendarChangeInput,
  checkedCalendarChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { recountFeedbackDeadlines } from './evaluation-deadline.js';

@Resolver()
export class EvaluationRecountResolver {
  @Mutation(() => Int, {
    description:
      'The county calendar changed (credit’s outbox telling it): evaluations open for feedback whose deadline was counted over the changed days, or without a calendar, are counted again, never earlier than stored; returns how many moved. Only credit’s service credential; idempotent.',
  })
  @Allow(allow.services(CALENDAR_CHANGE_SENDER))
  recountFeedbackDeadlines(@Arg('input') input: CalendarChangeInput, @Ctx() ctx: RequestContext) {
    return recountFeedbackDeadlines(ctx, checkedCalendarChange(input));
  }
}
