import {
  badInput,
  FAIR_COMPETITION_REGULATION,
  needsFairCompetitionReview,
  PASSING_CONCLUSIONS,
} from '@integrity/subgraph-kit';
import type { CommitmentEntity, CommitmentKind } from './commitment.entity.js';
import type { FairCompetitionReviewInput } from './commitment.input.js';

type ReviewColumns = Pick<
  CommitmentEntity,
  'competitionReviewNumber' | 'competitionReviewBody' | 'competitionReviewedOn' | 'competitionReviewConclusion'
>;

/**
 * A commitment is a concrete policy measure for one investor, so it is made only after a fair-competition review
 * whose written conclusion lets it be issued (《公平竞争审查条例》第二条 and its chapter 3, 审查机制). Which kinds need it is the
 * table of @integrity/rules (the console asks from the same table). The review comes before the measure is adopted
 * (第二条：起草单位在政策措施出台前进行审查), so it may not be dated after the agreement was signed; the signing day itself
 * passes (a review concluded that morning precedes the signature). Returns the columns that keep the review.
 */
export function reviewColumns(
  kind: CommitmentKind,
  review: FairCompetitionReviewInput | null | undefined,
  onDate: string,
  signedOn: string,
): ReviewColumns {
  if (!review) {
    if (needsFairCompetitionReview(kind))
      throw badInput(
        'fairCompetitionReview',
        'FAIR_COMPETITION_REVIEW_REQUIRED',
        `a ${kind} commitment needs the fair-competition review it passed (${FAIR_COMPETITION_REGULATION.title}, ${FAIR_COMPETITION_REGULATION.number}): document number, reviewing body, date and conclusion`,
        { kind },
      );
    return {
      competitionReviewNumber: null,
      competitionReviewBody: null,
      competitionReviewedOn: null,
      competitionReviewConclusion: null,
    };
  }
  if (review.reviewedOn > onDate)
    throw badInput('fairCompetitionReview.reviewedOn', 'DATE_IN_FUTURE', 'reviewedOn cannot be in the future');
  if (review.reviewedOn > signedOn)
    throw badInput(
      'fairCompetitionReview.reviewedOn',
      'FAIR_COMPETITION_REVIEW_AFTER_SIGNING',
      `the review (${review.reviewedOn}) must come before the agreement was signed (${signedOn})`,
      { date: signedOn },
    );
  if (!PASSING_CONCLUSIONS.includes(review.conclusion))
    throw badInput(
      'fairCompetitionReview.conclusion',
      'FAIR_COMPETITION_REVIEW_FAILED',
      `the fair-competition review ${review.documentNumber.trim()} concluded ${review.conclusion}: a measure that failed its review may not be made`,
      { conclusion: review.conclusion },
    );
  return {
    competitionReviewNumber: review.documentNumber.trim(),
    competitionReviewBody: review.reviewBody.trim(),
    competitionReviewedOn: review.reviewedOn,
    competitionReviewConclusion: review.conclusion,
  };
}
