// Honours eligibility (评优评先资格), pure. The plan (二.（五）) bars a government department with a dishonesty
// record from honours — any active record, not only SERIOUS ones, so the plan's stricter reading is taken; and
// the programme lets the published evaluation grade count (一.（一）, 二.（五）): grade D bars as well.

export const HONOURS_BARS = ['DISHONESTY_RECORDS', 'GRADE_D'] as const;
export type HonoursBarKind = (typeof HONOURS_BARS)[number];

export const HONOURS_RULES = {
  /** Active dishonesty records at or above which a department is barred. */
  records: {
    atLeast: 1,
    basis: '饶府〔2018〕35号 二.（五）：依法依规取消对存在失信记录的政府部门参加各类荣誉评选的资格',
  },
  /** Published grades that bar. */
  grades: {
    barred: ['D'] as readonly string[],
    basis: '饶府〔2018〕35号 一.（一）、二.（五）：政务诚信考核评价结果纳为评优评先考量因素（等级D不得参评）',
  },
} as const;

export interface HonoursBar {
  kind: HonoursBarKind;
  /** The records counted (DISHONESTY_RECORDS). */
  count: number | null;
  /** The published evaluation's year and grade (GRADE_D). */
  year: number | null;
  grade: string | null;
  basis: string;
}

/** Whether a department may be put forward for honours today, with every bar. */
export function honoursEligibility(
  activeRecords: number,
  published: { year: number; grade: string } | null,
): { eligible: boolean; bars: HonoursBar[] } {
  const bars: HonoursBar[] = [];
  if (activeRecords >= HONOURS_RULES.records.atLeast)
    bars.push({
      kind: 'DISHONESTY_RECORDS',
      count: activeRecords,
      year: null,
      grade: null,
      basis: HONOURS_RULES.records.basis,
    });
  if (published && HONOURS_RULES.grades.barred.includes(published.grade))
    bars.push({ kind: 'GRADE_D', count: null, ...published, basis: HONOURS_RULES.grades.basis });
  return { eligible: bars.length === 0, bars };
}
