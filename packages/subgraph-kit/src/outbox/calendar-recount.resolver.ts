import { allow } from '@integrity/rules';
import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../authorization.js';
import type { RequestContext } from '../context.js';
import { CALENDAR_OWNER, checkedCalendarChange, type CalendarChange } from './calendar-change.js';
import { CalendarChangeInput } from './calendar-change.input.js';

/**
 * A receiver's recount mutation, `name`, declared once for every subgraph that keeps deadlines on credit's
 * calendar: only credit's service credential (checked before the input), the change checked, then `recount`,
 * which returns how many deadlines moved. `description` says what the subgraph counts again.
 */
export function calendarRecountResolver(
  name: string,
  description: string,
  recount: (ctx: RequestContext, change: CalendarChange) => Promise<number>,
) {
  @Resolver()
  class CalendarRecountResolver {
    @Mutation(() => Int, {
      name,
      description: `${description} Only credit’s service credential (its outbox telling a calendar change); idempotent: counted again from the facts, nothing moves twice. CONFLICT when a deadline moved meanwhile, so the change is sent again.`,
    })
    @Allow(allow.services(CALENDAR_OWNER))
    recount(@Arg('input') input: CalendarChangeInput, @Ctx() ctx: RequestContext) {
      return recount(ctx, checkedCalendarChange(input));
    }
  }
  return CalendarRecountResolver;
}
