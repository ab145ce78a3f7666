import { DateScalar, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Length } from 'class-validator';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { listCalendar, loadCalendarYear, setCalendarDay } from './calendar.service.js';

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

const ArrangedKind = { HOLIDAY: 'HOLIDAY', WORKDAY: 'WORKDAY' } as const;
registerEnumType(ArrangedKind, {
  name: 'ArrangedDayKind',
  description: 'A day of a year’s arrangement: a holiday, or a weekend day worked in exchange (调休).',
});

@InputType({ description: 'One day of a year’s holiday arrangement (as 国务院办公厅 publishes it each year).' })
class ArrangedDayInput {
  @Field(() => DateScalar) date: string;
  @Field(() => ArrangedKind) kind: keyof typeof ArrangedKind;
  @Field({ description: 'What it is, e.g. 春节 or 春节调休, 1 to 50 characters.' }) @Length(1, 50) name: string;
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

  @Mutation(() => [CalendarDay], {
    description:
      'Load a whole year’s arrangement at once (from the console or a CSV of date,kind,name): it replaces what the year had, in one transaction; every day must fall in the year, once. ADMIN only.',
  })
  @Allow(allow.roles('ADMIN'))
  loadWorkingCalendar(
    @Arg('year', () => Int) year: number,
    @Arg('days', () => [ArrangedDayInput]) days: ArrangedDayInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return loadCalendarYear(ctx, year, days);
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
