import { OPEN_CASE_STATUSES } from '@integrity/rules';
import {
  calendarsFor,
  recordAudit,
  recountConflict,
  transaction,
  type AuditActor,
  type CalendarChange,
  type JobContext,
} from '@integrity/subgraph-kit';
import { Brackets, In } from 'typeorm';
import { CaseEntity } from '../case/case.entity.js';
import { caseDeadlines, calendarYears } from './case-deadlines.js';
import { DeadlineRuleEntity } from './deadline-rule.entity.js';

/** Which open cases to count again: those flagged calendarMissing, or those a calendar change touches. */
export type RecountScope = { flagged: true } | { change: CalendarChange };

/**
 * The open cases a change touches (the kit's `calendarChangeTouches` as SQL: received by the change's last day, a
 * deadline on or after its first), or flagged calendarMissing: one statement.
 */
const openCasesReaching = (job: JobContext, change: CalendarChange) =>
  job.dataSource
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .where('c.status IN (:...open)', { open: [...OPEN_CASE_STATUSES] })
    .andWhere('c.receivedOn <= :to', { to: change.to })
    .andWhere(
      new Brackets((w) =>
        w
          .where('c.calendarMissing = :flagged', { flagged: true })
          .orWhere('c.deadline >= :from')
          .orWhere('c.acceptDeadline >= :from')
          .orWhere('c.replyDeadline >= :from', { from: change.from }),
      ),
    )
    .getMany();

/**
 * Open cases' deadlines counted again on credit's calendar from their own facts and rule versions; those that
 * move (or lose their calendarMissing flag) are updated, versioned, and audited with the cause. A flagged case
 * whose years are still not loaded stays as it is. A handful of statements however many cases (the cases, the
 * rules, one versioned update and audit entry per case moved); the calendar comes from credit, once per year.
 */
export async function recountCaseDeadlines(
  job: JobContext,
  actor: AuditActor,
  scope: RecountScope,
  cause: string,
): Promise<number> {
  const candidates =
    'flagged' in scope
      ? await job.dataSource
          .getRepository(CaseEntity)
          .find({ where: { calendarMissing: true, status: In([...OPEN_CASE_STATUSES]) } })
      : await openCasesReaching(job, scope.change);
  if (!candidates.length) return 0;
  const rules = new Map((await job.dataSource.getRepository(DeadlineRuleEntity).find()).map((r) => [r.id, r]));
  const cases = candidates.map((c) => ({
    c,
    acceptRule: (c.acceptRuleId && rules.get(c.acceptRuleId)) || null,
    replyRule: rules.get(c.replyRuleId)!,
  }));
  const calendars = await calendarsFor(
    job,
    cases.flatMap(({ c, acceptRule, replyRule }) => calendarYears(c, acceptRule, replyRule)),
  );
  const moved = cases
    .map(({ c, acceptRule, replyRule }) => ({
      before: c,
      deadlines: caseDeadlines(c, acceptRule, replyRule, calendars),
    }))
    .filter(
      ({ before, deadlines }) =>
        deadlines.acceptDeadline !== before.acceptDeadline ||
        deadlines.replyDeadline !== before.replyDeadline ||
        deadlines.deadline !== before.deadline ||
        deadlines.calendarMissing !== before.calendarMissing,
    )
    // a flagged case whose years are still not loaded waits for them
    .filter(({ before, deadlines }) => !(before.calendarMissing && deadlines.calendarMissing));
  if (!moved.length) return 0;
  let changed = 0;
  let lost = 0;
  // the kit's transaction: a deadlock with an officer's step is tried again, counting afresh
  await transaction(job, async (m) => {
    changed = 0;
    lost = 0;
    for (const { before, deadlines } of moved) {
      // versioned: a case an officer moved meanwhile keeps what its own step counted
      const result = await m.update(
        CaseEntity,
        { id: before.id, version: before.version },
        { ...deadlines, version: before.version + 1 },
      );
      if (!result.affected) {
        lost += 1;
        continue;
      }
      changed += 1;
      await recordAudit(m, actor, {
        action: 'case.deadline-recount',
        entityType: 'Case',
        entityId: before.id,
        before: {
          acceptDeadline: before.acceptDeadline,
          replyDeadline: before.replyDeadline,
          deadline: before.deadline,
          cause,
        },
        after: deadlines,
      });
    }
  });
  // an officer's step moved a case meanwhile, possibly counted on the calendar before this change: on a change,
  // CONFLICT makes credit's outbox send it again, and the next count reads the case as it is now (what moved here
  // stays moved); the flagged sweep simply runs again
  if (lost && 'change' in scope) throw recountConflict(lost, 'case(s)');
  return changed;
}
