import { recordAudit, type Calendar, type RequestContext } from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { ObjectionMaterialEntity } from '../objection/objection-material.entity.js';
import { ObjectionEntity } from '../objection/objection.entity.js';
import { RepairEntity } from '../repair/repair.entity.js';
import { objectionDeadlinesOf } from '../rules/objection-clock.js';
import { repairDecisionDeadlineOf } from '../rules/repair-rules.js';
import { CalendarDayEntity } from './calendar.entity.js';
import { CalendarYearEntity } from './calendar-year.entity.js';

/** The calendar deadlines count on: the days of loaded years only, with the set of loaded years. */
export function countedCalendar(rows: readonly CalendarDayEntity[], years: readonly CalendarYearEntity[]): Calendar {
  const loaded = new Set(years.map((y) => y.year));
  const counted = rows.filter((r) => loaded.has(Number(r.date.slice(0, 4))));
  return {
    holidays: new Set(counted.filter((r) => r.kind === 'HOLIDAY').map((r) => r.date)),
    workdays: new Set(counted.filter((r) => r.kind === 'WORKDAY').map((r) => r.date)),
    loaded,
  };
}

const TICKING = ['FILED', 'ACCEPTED', 'MATERIAL_REQUESTED'] as const;

/**
 * After the calendar changed (a year loaded, a day corrected), inside that change's transaction: the open
 * objections' and pending repairs' deadlines whose count ran over the change (`touches` their start and
 * deadline) counted again on the new calendar, from their own facts, and those that move are updated
 * (versioned) and audited with the calendar change named. A deadline counted over a year
 * not loaded at the time (weekends only) so becomes the law's count once the year is. Five statements plus one
 * update and audit entry per deadline moved.
 */
export async function recountOpenDeadlines(
  m: EntityManager,
  ctx: RequestContext,
  cause: string,
  touches: (from: string, to: string) => boolean,
): Promise<number> {
  const [rows, years, objections, repairs] = await Promise.all([
    m.find(CalendarDayEntity),
    m.find(CalendarYearEntity),
    m.find(ObjectionEntity, { where: { status: In([...TICKING]) } }),
    m.find(RepairEntity, { where: { status: 'PENDING' } }),
  ]);
  const calendar = countedCalendar(rows, years);
  const rounds = objections.length
    ? await m.find(ObjectionMaterialEntity, { where: { objectionId: In(objections.map((o) => o.id)) } })
    : [];
  let moved = 0;
  for (const o of objections) {
    if (!touches(o.filedOn, o.decisionDeadline)) continue;
    const counted = objectionDeadlinesOf(
      o,
      rounds.filter((r) => r.objectionId === o.id),
      calendar,
    );
    if (counted.acceptDeadline === o.acceptDeadline && counted.decisionDeadline === o.decisionDeadline) continue;
    await m.update(ObjectionEntity, { id: o.id }, { ...counted, version: o.version + 1 });
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
    await m.update(RepairEntity, { id: r.id }, { decisionDeadline, version: r.version + 1 });
    await recordAudit(m, ctx, {
      action: 'repair.recount',
      entityType: 'RepairApplication',
      entityId: r.id,
      before: { decisionDeadline: r.decisionDeadline, cause },
      after: { decisionDeadline },
    });
    moved += 1;
  }
  return moved;
}
