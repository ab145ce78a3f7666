/**
 * Sanctions of public servants and how long they last. 《中华人民共和国公职人员政务处分法》(2020) art. 8:
 * 警告 6 months, 记过 12, 记大过 18, 降级 and 撤职 24; 开除 has no period (the person leaves the service).
 * 《公务员法》 art. 64 sets the same periods for 处分 by the appointing body. The period starts on the
 * decision date (art. 8: 处分期自处分决定生效之日起计算) and, counted in months as 《民法典》 arts. 201–202 say,
 * its last day is the same day of the last month, or that month's last day when it has no such day.
 * During it the person may not be put forward for honours (评优评先).
 */
export const SANCTION_KINDS = ['WARNING', 'DEMERIT', 'MAJOR_DEMERIT', 'DEMOTION', 'REMOVAL', 'EXPULSION'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** Months each sanction lasts; null: no period (开除). */
export const SANCTION_PERIOD_MONTHS: Readonly<Record<SanctionKind, number | null>> = {
  WARNING: 6,
  DEMERIT: 12,
  MAJOR_DEMERIT: 18,
  DEMOTION: 24,
  REMOVAL: 24,
  EXPULSION: null,
};

export const SANCTION_PERIOD_SOURCE =
  '《中华人民共和国公职人员政务处分法》第八条；《中华人民共和国公务员法》第六十四条';

export const isSanctionKind = (value: string): value is SanctionKind =>
  (SANCTION_KINDS as readonly string[]).includes(value);
