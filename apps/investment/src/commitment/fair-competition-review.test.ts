import { FAIR_COMPETITION_REVIEW_BY_KIND } from '@integrity/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { COMMITMENT_KINDS } from './commitment.entity.js';
import { reviewColumns } from './fair-competition-review.js';
import { consentColumns } from './investor-consent.js';

const review = {
  documentNumber: ' 饶竞审〔2026〕7号 ',
  reviewBody: '饶平县黄冈镇人民政府',
  reviewedOn: '2026-06-30',
  conclusion: 'PASSED' as const,
};
/** The agreement was signed after every review below, unless a test says otherwise. */
const SIGNED = '2026-07-01';
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return (e as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('not refused');
};

describe('fair-competition review of a commitment', () => {
  it('has a row, with its basis, for every kind of commitment the subgraph knows, and nothing else', () => {
    expect(Object.keys(FAIR_COMPETITION_REVIEW_BY_KIND).sort()).toEqual([...COMMITMENT_KINDS].sort());
  });

  it('refuses every kind the table requires it for without one, naming the input field', () => {
    for (const kind of COMMITMENT_KINDS) {
      if (!FAIR_COMPETITION_REVIEW_BY_KIND[kind].required) continue;
      expect(refusal(() => reviewColumns(kind, null, '2026-06-30', SIGNED))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'FAIR_COMPETITION_REVIEW_REQUIRED',
        field: 'fairCompetitionReview',
      });
    }
  });

  it('keeps a passing review dated up to today, and refuses a failed one or one dated tomorrow', () => {
    expect(reviewColumns('TAX_INCENTIVE', review, '2026-06-30', SIGNED)).toEqual({
      competitionReviewNumber: '饶竞审〔2026〕7号',
      competitionReviewBody: '饶平县黄冈镇人民政府',
      competitionReviewedOn: '2026-06-30',
      competitionReviewConclusion: 'PASSED',
    });
    expect(
      reviewColumns('TAX_INCENTIVE', { ...review, conclusion: 'PASSED_BY_EXCEPTION' }, '2026-06-30', SIGNED)
        .competitionReviewConclusion,
    ).toBe('PASSED_BY_EXCEPTION');
    expect(
      refusal(() => reviewColumns('TAX_INCENTIVE', { ...review, conclusion: 'FAILED' }, '2026-06-30', SIGNED)),
    ).toMatchObject({ reason: 'FAIR_COMPETITION_REVIEW_FAILED', field: 'fairCompetitionReview.conclusion' });
    expect(refusal(() => reviewColumns('TAX_INCENTIVE', review, '2026-06-29', SIGNED))).toMatchObject({
      reason: 'DATE_IN_FUTURE',
      field: 'fairCompetitionReview.reviewedOn',
    });
  });

  it('takes a review dated on the signing day and refuses one dated the day after', () => {
    expect(reviewColumns('TAX_INCENTIVE', review, '2026-07-31', '2026-06-30').competitionReviewedOn).toBe('2026-06-30');
    expect(refusal(() => reviewColumns('TAX_INCENTIVE', review, '2026-07-31', '2026-06-29'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FAIR_COMPETITION_REVIEW_AFTER_SIGNING',
      field: 'fairCompetitionReview.reviewedOn',
      params: { date: '2026-06-29' },
    });
  });
});

describe('the investor’s written consent to a waiver', () => {
  const consent = { documentNumber: '某公司函〔2026〕3号', date: '2026-03-01' };
  it('is required, dated from the signing day to today', () => {
    expect(refusal(() => consentColumns(undefined, '2026-03-01', '2026-06-30'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVESTOR_CONSENT_REQUIRED',
      field: 'investorConsent',
    });
    expect(consentColumns(consent, '2026-03-01', '2026-03-01')).toEqual({
      investorConsentNumber: '某公司函〔2026〕3号',
      investorConsentDate: '2026-03-01',
    });
    expect(refusal(() => consentColumns(consent, '2026-03-02', '2026-06-30'))).toMatchObject({
      reason: 'DATE_TOO_EARLY',
      field: 'investorConsent.date',
    });
    expect(refusal(() => consentColumns(consent, '2026-01-01', '2026-02-28'))).toMatchObject({
      reason: 'DATE_IN_FUTURE',
      field: 'investorConsent.date',
    });
  });
});
