// The annual evaluation's operations, shared by its page and dialogs.
import { graphql } from '../../../gql';
import type { EvaluationQuery } from '../../../gql/graphql';

export const EVALUATIONS = graphql(`
  query Evaluations {
    evaluations {
      id
      year
      status
    }
  }
`);

export const EVALUATION = graphql(`
  query Evaluation($year: Int!) {
    evaluation(year: $year) {
      id
      year
      status
      ruleVersion
      startedOn
      feedbackDeadline
      finalizedOn
      publishedOn
      results {
        id
        department {
          id
        }
        departmentName
        score
        grade
        finalScore
        finalGrade
        deductions {
          indicator
          figure
          value
          points
          basis
        }
        feedback {
          id
          text
          filedOn
          decision
          decisionNote
          decidedOn
        }
      }
    }
  }
`);

/** A year's final scores only: the year before, for the year-on-year column. */
export const EVALUATION_SCORES = graphql(`
  query EvaluationScores($year: Int!) {
    evaluation(year: $year) {
      id
      results {
        id
        department {
          id
        }
        finalScore
      }
    }
  }
`);

export type Evaluation = NonNullable<EvaluationQuery['evaluation']>;
export type EvaluationResult = Evaluation['results'][number];

/** Which dialog of the evaluation page is open, and on what. */
export type EvaluationModal =
  | null
  | { kind: 'start' }
  | { kind: 'finalize' | 'publish'; evaluation: Evaluation }
  | { kind: 'feedback' | 'decide'; result: EvaluationResult };
