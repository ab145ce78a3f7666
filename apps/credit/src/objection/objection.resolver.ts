import { PageArgs, type RequestContext, Allow, allow, calendarMissing, TextLength } from '@integrity/subgraph-kit';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RecordCorrectionInput } from '../record/record.input.js';
import { loadRecord, recordView } from '../record/record.service.js';
import { CreditRecord } from '../record/record.type.js';
import { loadCalendar } from '../calendar/calendar.service.js';
import type { ObjectionStatus } from './objection.entity.js';
import {
  acceptObjection,
  decideObjection,
  fileObjection,
  listObjections,
  listOverdueObjections,
} from './objection.service.js';
import { Objection, ObjectionOutcomeEnum, ObjectionPage, ObjectionStatusEnum } from './objection.type.js';

@ArgsType()
class ObjectionsArgs extends PageArgs {
  @Field(() => ObjectionStatusEnum, { nullable: true }) status?: ObjectionStatus;
  @Field({ nullable: true, description: 'Only those open past a deadline.' }) overdueOnly?: boolean;
}

@ArgsType()
class DecideObjectionArgs {
  @Field(() => ID) id: string;
  @Field(() => ObjectionOutcomeEnum) outcome: 'UPHELD' | 'REJECTED';
  @Field({ description: 'The reasons (recorded on the record when upheld).' }) @TextLength(2, 2000) note: string;
  @Field(() => RecordCorrectionInput, {
    nullable: true,
    description: 'When upheld: correct the record instead of revoking it.',
  })
  correction?: RecordCorrectionInput;
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @Query(() => ObjectionPage, { description: 'Objections, oldest filing first. CREDIT readers.' })
  @Allow(allow.read('CREDIT'))
  creditObjections(@Args() args: ObjectionsArgs, @Ctx() ctx: RequestContext) {
    return listObjections(ctx, args);
  }

  @Query(() => ObjectionPage, {
    description:
      'Objections open past their acceptance or decision deadline: a warning for supervisors (and leaders, admins), and for supervision’s warning feed.',
  })
  @Allow(allow.roles('SUPERVISOR', 'LEADER', 'ADMIN'), allow.services('supervision'))
  overdueObjections(@Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return listOverdueObjections(ctx, args);
  }

  @Mutation(() => Objection, {
    description:
      'File an objection: the record is marked under objection; deadlines in working days. Officers of the department the record is about (whatever their domains), or CREDIT officers acting county-wide.',
  })
  @Allow(allow.roles('OFFICER'))
  fileObjection(
    @Arg('recordId', () => ID) recordId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return fileObjection(ctx, recordId, reason);
  }

  @Mutation(() => Objection, { description: 'Accept a FILED objection for examination (county-wide CREDIT officers).' })
  @Allow(allow.countyWide('CREDIT'))
  acceptObjection(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return acceptObjection(ctx, id);
  }

  @Mutation(() => Objection, {
    description:
      'Decide an objection: UPHELD corrects or revokes the record with the reason; REJECTED leaves it. County-wide CREDIT officers, but not the officer who filed it (FORBIDDEN NOT_YOUR_OWN) nor one of the department the record is about (FORBIDDEN OWN_DEPARTMENT_CASE); once accepted, an officer of the accepting department only (FORBIDDEN ACCEPTED_BY_ANOTHER).',
  })
  @Allow(allow.countyWide('CREDIT'))
  decideObjection(@Args() { id, outcome, note, correction }: DecideObjectionArgs, @Ctx() ctx: RequestContext) {
    return decideObjection(ctx, id, outcome, note, correction);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Some year its deadlines span has no working-day arrangement loaded: they were counted over weekends only and may move once the year is loaded.',
  })
  async calendarMissing(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return calendarMissing(o.filedOn, o.decisionDeadline, await loadCalendar(ctx));
  }

  @FieldResolver(() => CreditRecord, { description: 'The record objected to.' })
  async record(@Root() o: Objection, @Ctx() ctx: RequestContext) {
    return recordView((await loadRecord(ctx, o.recordId))!);
  }
}
