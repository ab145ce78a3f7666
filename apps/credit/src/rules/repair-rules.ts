import { actsCountyWide, canWrite, forbidden, type Caller } from '@integrity/subgraph-kit';

/**
 * Who decides a credit repair and how fast. 国办发〔2025〕22号 puts repair with the authority that recorded
 * the dishonesty (谁认定谁修复); a county may instead centralise it in its credit office. `REPAIR_DECIDER`
 * chooses (RECORDER, the default, or CREDIT_OFFICE); a record whose recorder is unknown (made before
 * recorders were kept, or from another subgraph's breach) falls to the credit office either way.
 */
export const REPAIR_RULES = {
  decisionWorkingDays: 5,
  source: '国办发〔2025〕22号：谁认定、谁修复；修复申请自受理起5个工作日内作出决定（县信用办配置）',
} as const;

export type RepairDecider = 'RECORDER' | 'CREDIT_OFFICE';

export const repairDecider = (env: NodeJS.ProcessEnv = process.env): RepairDecider =>
  env.REPAIR_DECIDER === 'CREDIT_OFFICE' ? 'CREDIT_OFFICE' : 'RECORDER';

/** The object-level check of `decideCreditRepair`, whose declaration lets any CREDIT officer through. */
export function requireRepairDecider(
  caller: Caller,
  record: { recordedByDepartmentId?: string | null },
  decider: RepairDecider = repairDecider(),
): void {
  const recorder = decider === 'RECORDER' ? (record.recordedByDepartmentId ?? null) : null;
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
