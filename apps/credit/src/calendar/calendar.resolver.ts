import { DateScalar, type RequestContext, Allow, allow, TextLength } from '@integrity/subgraph-kit';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { calendarYear, listCalendar, loadCalendarYear, setCalendarDay } from './calendar.service.js';

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

@ObjectType({
  description:
    'One year of the county’s working calendar: its days, and whether its arrangement was loaded as a whole. Working-day deadlines count a year on its days only when it was loaded; otherwise over weekends only, flagged calendarMissing.',
})
class WorkingCalendarYear {
  @Field(() => Int) year: number;
  @Field({
    description:
      'True once the year’s whole arrangement was loaded (loadWorkingCalendar, from the console or a CSV). A day set with setCalendarDay does not load its year.',
  })
  loaded: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'When it was last loaded (ISO timestamp); null when not loaded.',
  })
  loadedAt: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Username of the administrator who last loaded it (`migration`: a year taken over as loaded); null when not loaded.',
  })
  loadedBy: string | null;
  @Field(() => [CalendarDay], { description: 'The year’s holidays and exchanged working days, by date.' })
  days: CalendarDay[];
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
  @Field({ description: 'What it is, e.g. 春节 or 春节调休, 1 to 50 characters.' }) @TextLength(1, 50) name: string;
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

  @Query(() => WorkingCalendarYear, {
    description:
      'A year of the working calendar with whether it is loaded: what working-day deadlines in every subgraph count on. Readers as for workingCalendar.',
  })
  @Allow(allow.roles('ADMIN', 'OFFICER', 'SUPERVISOR', 'LEADER'), allow.services('supervision', 'casework'))
  workingCalendarYear(
    @Arg('year', () => Int, { description: 'The calendar year, e.g. 2027.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return calendarYear(ctx, year);
  }

  @Mutation(() => [CalendarDay], {
    description:
      'Load a whole year’s arrangement at once (from the console or a CSV of date,kind,name): it replaces what the year had and marks the year loaded, in one transaction; every day must fall in the year, once. ADMIN only.',
  })
  @Allow(allow.roles('ADMIN'))
  loadWorkingCalendar(
    @Arg('year', () => Int) year: number,
    @Arg('days', () => [ArrangedDayInput]) days: ArrangedDayInput[],
    @Ctx() ctx: RequestContext,
  ) {
    return loadCalendarYear(ctx, year, days);
  }

  @Mutation(() => CalendarDay, {
    description:
      'Set (or with NORMAL remove) a calendar exception: a correction of one day. It does not load its year (only loadWorkingCalendar does); in a year not loaded deadlines stay counted over weekends only. ADMIN only.',
  })
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
