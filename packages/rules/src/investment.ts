/**
 * Investment (issue 15): which government commitments need a fair-competition review (公平竞争审查) before they
 * are made, and what a review may conclude. Browser-safe: the console asks for the review from the same table the
 * investment subgraph enforces.
 */

/** The regulation the review follows: 《公平竞争审查条例》 (国务院令第783号, 2024-06-06), in force from 2024-08-01. */
export const FAIR_COMPETITION_REGULATION = {
  title: '《公平竞争审查条例》',
  number: '国务院令第783号',
  inForceFrom: '2024-08-01',
} as const;

/**
 * A review's conclusion (审查结论, 第十七条: 作出审查结论；适用本条例第十二条规定的，应当在审查结论中详细说明): the measure
 * does not restrict competition (PASSED); it may, but one of the exceptions of 第十二条 applies, explained in the
 * conclusion (PASSED_BY_EXCEPTION); it breaches the standards of 第八条 to 第十一条 (FAILED), and may then not be
 * issued. The drafting department reviews in the drafting phase (第十三条), or 县市场监管局 with it for a measure the
 * government issues (第十四条). 第二条, 第八条 to 第十四条 and 第十七条 were checked against the published text on
 * 2026-12-05; the regulation says 审查结论, not "written" (书面): the county keeps the conclusion as a document.
 */
export const FAIR_COMPETITION_CONCLUSIONS = ['PASSED', 'PASSED_BY_EXCEPTION', 'FAILED'] as const;
export type FairCompetitionConclusion = (typeof FAIR_COMPETITION_CONCLUSIONS)[number];

/** The conclusions under which a commitment may be made. */
export const PASSING_CONCLUSIONS: readonly FairCompetitionConclusion[] = ['PASSED', 'PASSED_BY_EXCEPTION'];

export interface FairCompetitionRequirement {
  /** Whether a commitment of the kind is refused without a review record. */
  required: boolean;
  /** Why it is in scope, and the standard of the regulation the kind is chiefly reviewed against. */
  basis: string;
}

/**
 * Per commitment kind. Every commitment is a concrete policy measure for one investor in investment promotion
 * (招商引资), resting on an incentive policy: 第二条 puts every measure "涉及经营者经济活动" in scope, and
 * 《公平竞争审查条例实施办法》 (国家市场监督管理总局令第99号) 第二条 names 招商引资 among them. So every kind needs the
 * review; the kinds differ only in the standard that chiefly applies (第十条: 影响生产经营成本).
 */
export const FAIR_COMPETITION_REVIEW_BY_KIND = {
  TAX_INCENTIVE: { required: true, basis: '第二条；第十条第（一）项 给予特定经营者税收优惠' },
  SUBSIDY: { required: true, basis: '第二条；第十条第（二）项 给予特定经营者选择性、差异化的财政奖励或者补贴' },
  LAND: { required: true, basis: '第二条；第十条第（三）项 给予特定经营者要素获取方面的优惠' },
  INFRASTRUCTURE: { required: true, basis: '第二条；第十条第（四）项 其他影响生产经营成本的内容' },
  APPROVAL_SERVICE: { required: true, basis: '第二条；第八条至第十一条' },
  OTHER: { required: true, basis: '第二条；第八条至第十一条' },
} as const satisfies Record<string, FairCompetitionRequirement>;

/** Whether a commitment of this kind needs the review; a kind the table does not know needs it too (the safe side). */
export const needsFairCompetitionReview = (kind: string): boolean =>
  (FAIR_COMPETITION_REVIEW_BY_KIND as Record<string, FairCompetitionRequirement>)[kind]?.required ?? true;
