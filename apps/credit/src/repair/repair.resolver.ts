import { PageArgs, type RequestContext, Allow, allow, calendarMissing, TextLength } from '@integrity/subgraph-kit';
import { loadCalendar } from '../calendar/calendar.service.js';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRecord, recordView } from '../record/record.service.js';
import { CreditRecord } from '../record/record.type.js';
import { Department } from '../department/department.type.js';
import { repairDecidingDepartment } from '../rules/repair-rules.js';
import type { RepairStatus } from './repair.entity.js';
import { applyRepair, decideRepair, listOverdueRepairs, listRepairs } from './repair.service.js';
import { RepairApplication, RepairApplicationPage, RepairStatusEnum } from './repair.type.js';

@ArgsType()
class RepairsArgs extends PageArgs {
  @Field(() => RepairStatusEnum, { nullable: true }) status?: RepairStatus;
  @Field({ nullable: true, description: 'Only pending applications past their decision deadline.' })
  overdueOnly?: boolean;
}

@ArgsType()
class ApplyRepairArgs {
  @Field(() => ID) recordId: string;
  @Field({ description: 'Proof that the obligation was fulfilled.' }) @TextLength(2, 2000) evidence: string;
  @Field({ description: 'The credit commitment letter.' }) @TextLength(2, 2000) commitmentLetter: string;
}

@ArgsType()
class DecideRepairArgs {
  @Field(() => ID) id: string;
  @Field() approved: boolean;
  @Field({ description: 'The reasons.' }) @TextLength(2, 2000) note: string;
}

@Resolver(() => RepairApplication)
export class RepairResolver {
  @Query(() => RepairApplicationPage, { description: 'Credit-repair applications, oldest first. CREDIT readers.' })
  @Allow(allow.read('CREDIT'))
  creditRepairs(@Args() args: RepairsArgs, @Ctx() ctx: RequestContext) {
    return listRepairs(ctx, args);
  }

  @Query(() => RepairApplicationPage, {
    description:
      'Repair applications pending past their decision deadline, oldest first: a warning for supervisors (and leaders, admins), and for supervision’s warning feed.',
  })
  @Allow(allow.roles('SUPERVISOR', 'LEADER', 'ADMIN'), allow.services('supervision'))
  overdueRepairs(@Args() args: PageArgs, @Ctx() ctx: RequestContext) {
    return listOverdueRepairs(ctx, args);
  }

  @Mutation(() => RepairApplication, {
    description:
      'Apply for credit repair. Before the minimum publicity period has run, or while the cause of a record made from another domain’s fact is not cured: REPAIR_NOT_ALLOWED (REPAIR_NOT_YET, CAUSE_NOT_CURED).',
  })
  @Allow(allow.write('CREDIT'))
  applyCreditRepair(@Args() { recordId, evidence, commitmentLetter }: ApplyRepairArgs, @Ctx() ctx: RequestContext) {
    return applyRepair(ctx, recordId, evidence, commitmentLetter);
  }

  @Mutation(() => RepairApplication, {
    description:
      'Decide a repair, with the reasons: approval ends publicity early and marks the record REPAIRED. Decided by the authority that recorded the record (谁认定谁修复; REPAIR_DECIDER=CREDIT_OFFICE gives it to the county credit office, as do records whose recorder is unknown), never by the applicant. Approval of a record whose cause another domain has not reported cured: REPAIR_NOT_ALLOWED (CAUSE_NOT_CURED).',
  })
  @Allow(allow.write('CREDIT'))
  decideCreditRepair(@Args() { id, approved, note }: DecideRepairArgs, @Ctx() ctx: RequestContext) {
    return decideRepair(ctx, id, approved, note);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Some year from the application’s acceptance to its decision deadline has no working-day arrangement loaded: the deadline was counted over weekends only and may move once the year is loaded.',
  })
  async calendarMissing(@Root() r: RepairApplication, @Ctx() ctx: RequestContext) {
    return calendarMissing(r.acceptedOn, r.decisionDeadline, await loadCalendar(ctx));
  }

  @FieldResolver(() => CreditRecord, { description: 'The record to repair.' })
  async record(@Root() r: RepairApplication, @Ctx() ctx: RequestContext) {
    return recordView((await loadRecord(ctx, r.recordId))!);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      'The department that decides it: the one that recorded the record (谁认定谁修复); null when the county credit office decides (REPAIR_DECIDER=CREDIT_OFFICE, or the recorder is unknown: a record made from another domain’s breach, or recorded before recorders were kept).',
  })
  async decidingDepartment(@Root() r: RepairApplication, @Ctx() ctx: RequestContext) {
    const id = repairDecidingDepartment((await loadRecord(ctx, r.recordId))!);
    return id ? { id } : null;
  }
}
