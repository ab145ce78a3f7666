// The scoring rules' operations: the version in force, the history, publishing a new version.
import { graphql } from '../../../gql';
import type { ScoringRulesQuery } from '../../../gql/graphql';

export const SCORING_RULES = graphql(`
  query ScoringRules {
    scoringRules {
      version
      note
      publishedBy
      publishedAt
      grades {
        A
        B
        C
      }
      indicators {
        indicator
        figure
        kind
        points
        per
        target
        cap
        source
      }
    }
    scoringRuleHistory {
      version
      note
      publishedBy
      publishedAt
    }
  }
`);

export const PUBLISH_RULES = graphql(`
  mutation PublishScoringRules($input: ScoringRulesInput!, $note: String!) {
    publishScoringRules(input: $input, note: $note) {
      version
    }
  }
`);

export type RuleVersion = ScoringRulesQuery['scoringRules'];
export type Indicator = RuleVersion['indicators'][number];
