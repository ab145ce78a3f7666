import {
  actsCountyWide,
  addWorkingDays,
  canWrite,
  forbidden,
  type Calendar,
  type Caller,
} from '@integrity/subgraph-kit';

/**
 * Who decides a credit repair and how fast. 国办发〔2025〕22号 puts repair with the authority that recorded
 * the dishonesty (谁认定谁修复); a county may instead centralise it in its credit office. `REPAIR_DECIDER`
 * chooses (RECORDER, the default, or CREDIT_OFFICE); a record whose recorder is unknown (made before
 * recorders were kept, or from another subgraph's breach) falls to the credit office either way.
 */
export const REPAIR_RULES = {
  decisionWorkingDays: 5,
  source:
    '国办发〔2025〕22号：谁认定、谁修复；修复申请自受理之日起5个工作日内作出决定（县信用办配置）。本县规则：申请提交时即审查受理条件（有效失信记录、失信原因已消除、最短公示期已满、无待决申请），符合的于提交当日受理，不符合的当场不予受理并说明理由',
} as const;

/**
 * 受理 (acceptance), the county's rule: an application is examined as it is filed — an active dishonesty
 * record, its cause cured, its minimum publicity period run, none pending — and accepted that day; one that
 * fails is refused on the spot (REPAIR_NOT_ALLOWED, ALREADY_PENDING) and never filed. So it is accepted on the
 * day it is filed, and kept as its own date because the decision clock runs from acceptance, not filing.
 */
export const repairAcceptedOn = (appliedOn: string): string => appliedOn;

/** A decision is due by this day: the set number of working days after acceptance (自受理之日起). */
export const repairDecisionDeadlineOf = (acceptedOn: string, c: Calendar): string =>
  addWorkingDays(acceptedOn, REPAIR_RULES.decisionWorkingDays, c);

/** Pending past its decision deadline: due on the deadline itself, overdue from the next day. */
export const repairOverdue = (status: string, decisionDeadline: string, onDate: string): boolean =>
  status === 'PENDING' && decisionDeadline < onDate;

export type RepairDecider = 'RECORDER' | 'CREDIT_OFFICE';

export const repairDecider = (env: NodeJS.ProcessEnv = process.env): RepairDecider =>
  env.REPAIR_DECIDER === 'CREDIT_OFFICE' ? 'CREDIT_OFFICE' : 'RECORDER';

/**
 * The department that decides a repair of this record: its recorder (谁认定谁修复), or null for the county credit
 * office (CREDIT officers acting county-wide) when the county centralises repair or the recorder is unknown.
 */
export const repairDecidingDepartment = (
  record: { recordedByDepartmentId?: string | null },
  decider: RepairDecider = repairDecider(),
): string | null => (decider === 'RECORDER' ? (record.recordedByDepartmentId ?? null) : null);

/** The object-level check of `decideCreditRepair`, whose declaration lets any CREDIT officer through. */
export function requireRepairDecider(
  caller: Caller,
  record: { recordedByDepartmentId?: string | null },
  decider: RepairDecider = repairDecider(),
): void {
  const recorder = repairDecidingDepartment(record, decider);
  if (
    recorder
      ? canWrite(caller, 'CREDIT', recorder) && caller.departmentId === recorder
      : actsCountyWide(caller, 'CREDIT')
  )
    return;
  throw forbidden(
    recorder
      ? 'a repair is decided by the authority that recorded the dishonesty (谁认定谁修复)'
      : 'a repair is decided by the county credit office (CREDIT officers acting county-wide)',
    recorder ? 'RECORDER_ONLY' : 'COUNTY_WIDE_ONLY',
  );
}
