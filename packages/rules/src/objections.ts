/**
 * Who handles a credit objection (accept, ask for material, decide): the one rule that credit enforces and the
 * console follows when it offers 受理, 补正 and 决定. The declaration (county-wide CREDIT officers) comes first;
 * this is the object-level half.
 */

/** What the rule reads of an objection. */
export interface HandledObjection {
  filedBy: string;
  /** The department the record is about (the subject department, or the civil servant's). */
  aboutDepartmentId: string | null;
  /** The department of the officer who accepted it; null before acceptance. */
  acceptedDepartmentId: string | null;
}

/**
 * Why this officer may not handle the objection, as a reason code, or null when they may: no one handles their
 * own case (the officer who filed it, the department the record is about), and once accepted only the accepting
 * department goes on with it (its deadline is charged to that department).
 */
export function objectionHandlingRefusal(
  officer: { username: string; departmentId: string | null },
  objection: HandledObjection,
): 'NOT_YOUR_OWN' | 'OWN_DEPARTMENT_CASE' | 'ACCEPTED_BY_ANOTHER' | null {
  if (objection.filedBy === officer.username) return 'NOT_YOUR_OWN';
  if (officer.departmentId && objection.aboutDepartmentId === officer.departmentId) return 'OWN_DEPARTMENT_CASE';
  if (objection.acceptedDepartmentId && objection.acceptedDepartmentId !== officer.departmentId)
    return 'ACCEPTED_BY_ANOTHER';
  return null;
}
