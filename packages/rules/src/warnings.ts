/**
 * Who acknowledges an early warning (签收): the one rule that supervision enforces and the console follows
 * when it offers 签收.
 */
import { actsCountyWide, hasRole } from './access.js';
import type { Caller } from './roles.js';

/**
 * Warning kinds whose cause an administrator mends: next year's working-day calendar not loaded, and facts
 * stuck on their way between subgraphs. They name no department, and their pages are the administrators'.
 */
export const ADMINISTRATORS_WARNING_KINDS: readonly string[] = ['CALENDAR_MISSING', 'DELIVERY_STUCK'];

/** What the rule reads of a warning. */
export interface AcknowledgedWarning {
  kind: string;
  departmentId: string | null;
}

/**
 * Why the caller may not acknowledge the warning, as a reason code, or null when they may:
 * supervisors and county-wide SUPERVISION officers acknowledge any warning; other officers their own department's;
 * administrators the kinds they mend. Leaders read warnings and acknowledge none.
 */
export function warningAcknowledgeRefusal(
  caller: Caller | null,
  warning: AcknowledgedWarning,
): 'NOT_PERMITTED' | 'OWN_DEPARTMENT_ONLY' | null {
  if (!caller || caller.kind !== 'user') return 'NOT_PERMITTED';
  const officer = hasRole(caller, 'OFFICER');
  if (hasRole(caller, 'SUPERVISOR') || actsCountyWide(caller, 'SUPERVISION')) return null;
  if (officer && warning.departmentId !== null && warning.departmentId === caller.departmentId) return null;
  if (hasRole(caller, 'ADMIN') && ADMINISTRATORS_WARNING_KINDS.includes(warning.kind)) return null;
  return officer ? 'OWN_DEPARTMENT_ONLY' : 'NOT_PERMITTED';
}
