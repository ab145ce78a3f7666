import { OPEN_CASE_STATUSES } from '@integrity/rules';
import { calendarsFor, recordAudit, type JobContext, type ScheduledJob } from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { CaseEntity } from '../case/case.entity.js';
import { caseDeadlines, calendarYears } from './case-deadlines.js';
import { DeadlineRuleEntity } from './deadline-rule.entity.js';

/**
 * Deadlines counted before their year's calendar was loaded skipped weekends only (calendarMissing). Once the
 * administrators load the year in credit, count them again on the real calendar: an open case's deadlines become
 * the law's count, and the flag goes. Cases whose years are still not loaded stay as they are. A handful of
 * statements however many cases (the flagged cases, the rules, one versioned update and audit entry per case
 * recounted); the calendar comes from credit, one call per year.
 */
export async function recountCalendarDeadlines(job: JobContext): Promise<number> {
  const flagged = await job.dataSource
    .getRepository(CaseEntity)
    .find({ where: { calendarMissing: true, status: In([...OPEN_CASE_STATUSES]) } });
  if (!flagged.length) return 0;
  const rules = new Map((await job.dataSource.getRepository(DeadlineRuleEntity).find()).map((r) => [r.id, r]));
  const cases = flagged.map((c) => ({
    c,
    acceptRule: (c.acceptRuleId && rules.get(c.acceptRuleId)) || null,
    replyRule: rules.get(c.replyRuleId)!,
  }));
  const calendars = await calendarsFor(
    job,
    cases.flatMap(({ c, acceptRule, replyRule }) => calendarYears(c, acceptRule, replyRule)),
  );
  const recounted = cases
    .map(({ c, acceptRule, replyRule }) => ({
      before: c,
      deadlines: caseDeadlines(c, acceptRule, replyRule, calendars),
    }))
    .filter(({ deadlines }) => !deadlines.calendarMissing);
  if (!recounted.length) return 0;
  const actor = { caller: { id: 'system', username: 'system' }, requestId: 'calendar-recount' };
  let changed = 0;
  await job.dataSource.transaction(async (m) => {
    for (const { before, deadlines } of recounted) {
      // versioned: a case an officer moved meanwhile is left to the next run, counted from its new facts
      const result = await m.update(
        CaseEntity,
        { id: before.id, version: before.version },
        { ...deadlines, version: before.version + 1 },
      );
      if (!result.affected) continue;
      changed += 1;
      await recordAudit(m, actor, {
        action: 'case.deadline-recount',
        entityType: 'Case',
        entityId: before.id,
        before: {
          acceptDeadline: before.acceptDeadline,
          replyDeadline: before.replyDeadline,
          deadline: before.deadline,
        },
        after: deadlines,
      });
    }
  });
  return changed;
}

export const calendarRecountJob: ScheduledJob = {
  name: 'calendar-recount',
  everyMs: Number(process.env.CALENDAR_RECOUNT_MS) > 0 ? Number(process.env.CALENDAR_RECOUNT_MS) : 10 * 60_000,
  run: async (job) => void (await recountCalendarDeadlines(job)),
};
