/**
 * The unit shown under a record's subject: a civil servant's department. A department's own record names no other
 * unit, so the cell stays empty rather than repeat the subject's name; the export keeps the department as given.
 */
export const subjectUnit = (r: { subjectName: string; department?: { name: string } | null }): string | null =>
  r.department && r.department.name !== r.subjectName ? r.department.name : null;
