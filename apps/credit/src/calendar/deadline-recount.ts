import { randomUUID } from 'node:crypto';
import {
  calendarChangeMessages,
  calendarChangeTouches,
  calendarFromDays,
  enqueueOutbox,
  groupByKey,
  recordAudit,
  recountConflict,
  transaction,
  type Calendar,
  type CalendarChange,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { ObjectionMaterialEntity } from '../objection/objection-material.entity.js';
import { ObjectionEntity } from '../objection/objection.entity.js';
import { RepairEntity } from '../repair/repair.entity.js';
import { objectionDeadlinesOf } from '../rules/objection-clock.js';
import { repairDecisionDeadlineOf } from '../rules/repair-rules.js';
import { CalendarDayEntity } from './calendar.entity.js';
import { CalendarYearEntity } from './calendar-year.entity.js';

/** The calendar credit's deadlines count on: its day rows over the years loaded as a whole. */
export const countedCalendar = (rows: readonly CalendarDayEntity[], years: readonly CalendarYearEntity[]): Calendar =>
  calendarFromDays(rows, new Set(years.map((y) => y.year)));

const TICKING = ['FILED', 'ACCEPTED', 'MATERIAL_REQUESTED'] as const;

/**
 * After the calendar changed (a year loaded, a day corrected), inside that change's transaction: credit's own
 * deadlines counted again (`recountTouched`), and the subgraphs keeping deadlines on this calendar (casework,
 * supervision) told through the outbox, so they do the same once it commits; every domain, credit included,
 * looks once more after CALENDAR_SETTLE_MS. Returns how many of credit's deadlines moved.
 */
export async function applyCalendarChange(
  m: EntityManager,
  ctx: RequestContext,
  change: CalendarChange,
): Promise<number> {
  // a deadline an officer's step moved meanwhile (lost) keeps that step's count; credit's own second look
  // (calendar.settle.credit) counts it again after the commit
  const { moved } = await recountTouched(m, ctx, change);
  // last, so the held-back messages' delay runs from about the commit
  const key = randomUUID();
  for (const message of calendarChangeMessages(key, change)) await enqueueOutbox(m, message);
  return moved;
}

/**
 * The second look, on credit's own message: an objection or repair counted on the calendar read just before the
 * change committed and written after its first count is counted again now. CONFLICT when one moved meanwhile
 * (its officer's step won), so the message is sent again.
 */
export async function recountCreditDeadlines(ctx: RequestContext, change: CalendarChange): Promise<number> {
  const { moved, lost } = await transaction(ctx, (m) => recountTouched(m, ctx, change));
  if (lost) throw recountConflict(lost, 'objections and repairs');
  return moved;
}

/**
 * The open objections' and pending repairs' deadlines whose count ran over the change (the kit's
 * `calendarChangeTouches`) counted again on the calendar as it stands, from their own facts; those that move are
 * updated (versioned) and audited with the change named. A deadline counted over a year not loaded at the time
 * (weekends only) so becomes the law's count once the year is. Five statements plus one update and audit entry
 * per deadline moved; `lost` counts the versioned updates an officer's step won.
 */
async function recountTouched(
  m: EntityManager,
  ctx: RequestContext,
  change: CalendarChange,
): Promise<{ moved: number; lost: number }> {
  const { cause } = change;
  const touches = (from: string, to: string) => calendarChangeTouches(change, from, to);
  const [rows, years, objections, repairs] = await Promise.all([
    m.find(CalendarDayEntity),
    m.find(CalendarYearEntity),
    m.find(ObjectionEntity, { where: { status: In([...TICKING]) } }),
    m.find(RepairEntity, { where: { status: 'PENDING' } }),
  ]);
  const calendar = countedCalendar(rows, years);
  const touched = objections.filter((o) => touches(o.filedOn, o.decisionDeadline));
  const ids = touched.map((o) => o.id);
  const rounds = groupByKey(
    ids,
    ids.length ? await m.find(ObjectionMaterialEntity, { where: { objectionId: In(ids) } }) : [],
    (r) => r.objectionId,
  );
  let moved = 0;
  let lost = 0;
  for (const [k, o] of touched.entries()) {
    const counted = objectionDeadlinesOf(o, rounds[k]!, calendar);
    if (counted.acceptDeadline === o.acceptDeadline && counted.decisionDeadline === o.decisionDeadline) continue;
    // versioned: an objection moved meanwhile (material supplied) keeps what its own step counted
    const { affected } = await m.update(
      ObjectionEntity,
      { id: o.id, version: o.version },
      { ...counted, version: o.version + 1 },
    );
    if (!affected) {
      lost += 1;
      continue;
    }
    await recordAudit(m, ctx, {
      action: 'objection.recount',
      entityType: 'Objection',
      entityId: o.id,
      before: { acceptDeadline: o.acceptDeadline, decisionDeadline: o.decisionDeadline, cause },
      after: counted,
    });
    moved += 1;
  }
  for (const r of repairs) {
    if (!touches(r.acceptedOn, r.decisionDeadline)) continue;
    const decisionDeadline = repairDecisionDeadlineOf(r.acceptedOn, calendar);
    if (decisionDeadline === r.decisionDeadline) continue;
    const { affected } = await m.update(
      RepairEntity,
      { id: r.id, version: r.version },
      { decisionDeadline, version: r.version + 1 },
    );
    if (!affected) {
      lost += 1;
      continue;
    }
    await recordAudit(m, ctx, {
      action: 'repair.recount',
      entityType: 'RepairApplication',
      entityId: r.id,
      before: { decisionDeadline: r.decisionDeadline, cause },
      after: { decisionDeadline },
    });
    moved += 1;
  }
  return { moved, lost };
}
