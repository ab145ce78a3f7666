// Honours eligibility (评优评先资格), pure. The plan (二.（五）) bars a government department with a dishonesty
// record from honours — any active record, not only SERIOUS ones, so the plan's stricter reading is taken; and
// the programme lets the published evaluation grade count (一.（一）, 二.（五）): grade D bars as well.

export const HONOURS_BARS = [
  'DISHONESTY_RECORDS',
  'OVERDUE_PAYMENTS',
  'PROCUREMENT_BREACHES',
  'BREACHED_COMMITMENTS',
  'GRADE_D',
] as const;
export type HonoursBarKind = (typeof HONOURS_BARS)[number];

/** The counted figures that bar (each at or above `atLeast`), read from the domains through federation. */
type CountedBar = Exclude<HonoursBarKind, 'GRADE_D'>;

export const HONOURS_RULES: {
  counts: Record<CountedBar, { atLeast: number; basis: string }>;
  grades: { barred: readonly string[]; basis: string };
} = {
  counts: {
    DISHONESTY_RECORDS: {
      atLeast: 1,
      basis: '饶府〔2018〕35号 二.（五）：依法依规取消对存在失信记录的政府部门参加各类荣誉评选的资格',
    },
    // an overdue payment is a dishonesty record once credit makes it one (after the grace period); until then it
    // bars too
    OVERDUE_PAYMENTS: {
      atLeast: 1,
      basis: '饶府〔2018〕35号 三.（二）：采购人履约失信（拖欠中小企业款项）；《保障中小企业款项支付条例》',
    },
    // a breach becomes a dishonesty record in credit at once; this counts only those credit does not hold yet, so
    // a breach stops barring with its record (period over, objection upheld, repaired), not never
    PROCUREMENT_BREACHES: {
      atLeast: 1,
      basis: '饶府〔2018〕35号 三.（二）：采购人在政府采购活动中的违法违规失信行为',
    },
    BREACHED_COMMITMENTS: {
      atLeast: 1,
      basis: '饶府〔2018〕35号 三.（六）：兑现承诺、履行合同协议情况作为政务诚信重要考核评价内容',
    },
  },
  /** Published grades that bar. */
  grades: {
    barred: ['D'],
    basis: '饶府〔2018〕35号 一.（一）、二.（五）：政务诚信考核评价结果纳为评优评先考量因素（等级D不得参评）',
  },
};

export interface HonoursBar {
  kind: HonoursBarKind;
  /** The figure counted (all but GRADE_D). */
  count: number | null;
  /** The published evaluation's year and grade (GRADE_D). */
  year: number | null;
  grade: string | null;
  basis: string;
}

/**
 * Whether a department may be put forward for honours today, with every bar: every domain's failings
 * (issue 15) — active dishonesty records, overdue supplier payments, procurement breaches, breached
 * commitments — and the latest published grade.
 */
export function honoursEligibility(
  counts: Record<CountedBar, number>,
  published: { year: number; grade: string } | null,
): { eligible: boolean; bars: HonoursBar[] } {
  const bars: HonoursBar[] = [];
  for (const kind of Object.keys(HONOURS_RULES.counts) as CountedBar[]) {
    const rule = HONOURS_RULES.counts[kind];
    if (counts[kind] >= rule.atLeast)
      bars.push({ kind, count: counts[kind], year: null, grade: null, basis: rule.basis });
  }
  if (published && HONOURS_RULES.grades.barred.includes(published.grade))
    bars.push({ kind: 'GRADE_D', count: null, ...published, basis: HONOURS_RULES.grades.basis });
  return { eligible: bars.length === 0, bars };
}
