import { DateScalar, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { listCalendar, setCalendarDay } from './calendar.service.js';

const DayKind = { HOLIDAY: 'HOLIDAY', WORKDAY: 'WORKDAY', NORMAL: 'NORMAL' } as const;
registerEnumType(DayKind, {
  name: 'CalendarDayKind',
  description: 'An exception to the Monday–Friday week.',
  valuesConfig: {
    HOLIDAY: { description: 'Public holiday: not a working day.' },
    WORKDAY: { description: 'A weekend day worked in exchange (调休).' },
    NORMAL: { description: 'Remove the exception.' },
  },
});

@ObjectType({ description: 'A calendar exception used for working-day deadlines (objections).' })
class CalendarDay {
  @Field(() => DateScalar) date: string;
  @Field(() => DayKind) kind: keyof typeof DayKind;
  @Field() name: string;
}

@Resolver()
export class CalendarResolver {
  @Query(() => [CalendarDay], {
    description:
      'Holidays and exchanged working days of a year. Signed-in users, supervision’s warning feed and casework’s working-day deadlines.',
  })
  @Allow(allow.roles('ADMIN', 'OFFICER', 'SUPERVISOR', 'LEADER'), allow.services('supervision', 'casework'))
  workingCalendar(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    return listCalendar(ctx, year);
  }

  @Mutation(() => CalendarDay, { description: 'Set (or with NORMAL remove) a calendar exception. ADMIN only.' })
  @Allow(allow.roles('ADMIN'))
  setCalendarDay(
    @Arg('date', () => DateScalar) date: string,
    @Arg('kind', () => DayKind) kind: keyof typeof DayKind,
    @Arg('name') name: string,
    @Ctx() ctx: RequestContext,
  ) {
    return setCalendarDay(ctx, date, kind, name);
  }
}
