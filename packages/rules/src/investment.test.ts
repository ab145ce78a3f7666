import { describe, expect, it } from 'vitest';
import {
  FAIR_COMPETITION_CONCLUSIONS,
  FAIR_COMPETITION_REGULATION,
  FAIR_COMPETITION_REVIEW_BY_KIND,
  needsFairCompetitionReview,
  PASSING_CONCLUSIONS,
} from './investment.js';

describe('fair-competition review of commitments', () => {
  it('is required for a tax incentive, a subsidy and land, each with the standard of 第十条 it is reviewed against', () => {
    expect(needsFairCompetitionReview('TAX_INCENTIVE')).toBe(true);
    expect(FAIR_COMPETITION_REVIEW_BY_KIND.TAX_INCENTIVE.basis).toContain('第十条第（一）项');
    expect(FAIR_COMPETITION_REVIEW_BY_KIND.SUBSIDY.basis).toContain('第十条第（二）项');
    expect(FAIR_COMPETITION_REVIEW_BY_KIND.LAND.basis).toContain('第十条第（三）项');
  });

  it('records for every kind why it is in scope (第二条), and treats a kind it does not know as needing the review', () => {
    for (const [kind, rule] of Object.entries(FAIR_COMPETITION_REVIEW_BY_KIND)) {
      expect(rule.basis, kind).toMatch(/^第二条；/);
      expect(needsFairCompetitionReview(kind), kind).toBe(rule.required);
    }
    expect(needsFairCompetitionReview('SOMETHING_NEW')).toBe(true);
    expect(needsFairCompetitionReview('toString')).toBe(true);
  });

  it('lets a commitment be made only on a passing conclusion, and names the regulation in force from 2024-08-01', () => {
    expect(FAIR_COMPETITION_CONCLUSIONS.filter((c) => !PASSING_CONCLUSIONS.includes(c))).toEqual(['FAILED']);
    expect(FAIR_COMPETITION_REGULATION).toEqual({
      title: '《公平竞争审查条例》',
      number: '国务院令第783号',
      inForceFrom: '2024-08-01',
    });
  });
});
