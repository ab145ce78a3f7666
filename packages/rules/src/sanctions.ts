/**
 * Sanctions of public servants and how long they last. 《中华人民共和国公职人员政务处分法》(2020) art. 8:
 * 警告 6 months, 记过 12, 记大过 18, 降级 and 撤职 24; 开除 has no period (the person leaves the service).
 * 《公务员法》 art. 64 sets the same periods for 处分 by the appointing body. The period starts on the
 * decision date (art. 8: 处分期自处分决定生效之日起计算) and, counted in months as 《民法典》 arts. 201–202 say,
 * its last day is the same day of the last month, or that month's last day when it has no such day.
 * During it the person may not be put forward for honours (评优评先). Party sanctions (党纪处分) are below.
 */
/** 政务处分 (and 处分 of civil servants by their appointing body), lightest first. */
export const GOVERNMENT_SANCTION_KINDS = [
  'WARNING',
  'DEMERIT',
  'MAJOR_DEMERIT',
  'DEMOTION',
  'REMOVAL',
  'EXPULSION',
] as const;

/**
 * 党纪处分 of a civil servant who is a Party member (《中国共产党纪律处分条例》, 2023 revision, 第八条: 警告、严重警告、
 * 撤销党内职务、留党察看、开除党籍), recorded in the same credit file. Their periods are the ones the regulation attaches
 * to each (the county counts them as the period barring honours): 警告 one year and 严重警告 a year and a half (第十条:
 * 一年内、一年半内 no promotion in the Party), 撤销党内职务 two years (第十一条: no comparable post), 留党察看 the one or
 * two years decided (第十二条; two kinds, since the decision fixes it), 开除党籍 five years (第十三条: 五年内不得重新入党).
 * Checked on 2026-12-05: 第八条's list, 第十条's wording and 第十一条 being 撤销党内职务 against the 2023 text (a
 * county discipline commission's published edition); 留党察看's one or two years and its two-year aftermath against
 * 共产党员网's questions on the 2023 revision; 第十一条's two years and the numbers of 第十二条 and 第十三条 only
 * against the 2018 edition, whose effect clauses the 2023 revision kept.
 */
export const PARTY_SANCTION_KINDS = [
  'PARTY_WARNING',
  'PARTY_SERIOUS_WARNING',
  'PARTY_POST_REMOVAL',
  'PARTY_PROBATION_1Y',
  'PARTY_PROBATION_2Y',
  'PARTY_EXPULSION',
] as const;

export const SANCTION_KINDS = [...GOVERNMENT_SANCTION_KINDS, ...PARTY_SANCTION_KINDS] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** Months each sanction lasts; null: no period (开除: the person leaves the service). */
export const SANCTION_PERIOD_MONTHS: Readonly<Record<SanctionKind, number | null>> = {
  WARNING: 6,
  DEMERIT: 12,
  MAJOR_DEMERIT: 18,
  DEMOTION: 24,
  REMOVAL: 24,
  EXPULSION: null,
  PARTY_WARNING: 12,
  PARTY_SERIOUS_WARNING: 18,
  PARTY_POST_REMOVAL: 24,
  PARTY_PROBATION_1Y: 12,
  PARTY_PROBATION_2Y: 24,
  PARTY_EXPULSION: 60,
};

export const SANCTION_PERIOD_SOURCE =
  '《中华人民共和国公职人员政务处分法》第八条；《中华人民共和国公务员法》第六十四条；《中国共产党纪律处分条例》第八条、第十条至第十三条（各处分的影响期）';

/** Which system a sanction belongs to: 政务处分 or 党纪处分. */
export const sanctionSystem = (kind: SanctionKind): 'GOVERNMENT' | 'PARTY' =>
  (PARTY_SANCTION_KINDS as readonly string[]).includes(kind) ? 'PARTY' : 'GOVERNMENT';

export const isSanctionKind = (value: string): value is SanctionKind =>
  (SANCTION_KINDS as readonly string[]).includes(value);
