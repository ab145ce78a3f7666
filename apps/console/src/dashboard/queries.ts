// The dashboard's operations: one query for the whole county, and per-subgraph fallbacks used when a
// subgraph is down (GraphQL's non-null rules can otherwise blank the whole primary answer).
import { graphql } from '../gql';

export const DASHBOARD = graphql(`
  query Dashboard($year: Int!) {
    departments(pageSize: 200) {
      total
      items {
        id
        code
        name
        kind
        civilServantCount
        creditFileCoverage
        activeDishonestyRecordCount
        overduePaymentCount
        breachCount
        overdueCommitmentCount
        breachedCommitmentCount
        commitmentFulfilmentRate
        dueCommitmentCount
        fulfilledCommitmentCount
      }
    }
    creditCoverage {
      total
      withFile
      ratio
    }
    regions {
      code
      name
      level
      debtRisk(year: $year) {
        debtRatio
        debtBalance
        level
      }
    }
  }
`);

// Fallbacks: one small query per subgraph, so every panel whose subgraph answers still renders.
export const BASE = graphql(`
  query DashboardBase {
    departments(pageSize: 200) {
      items {
        id
        code
        name
        kind
      }
    }
    regions {
      code
      name
      level
    }
  }
`);

export const CREDIT_PART = graphql(`
  query DashboardCredit {
    creditCoverage {
      total
      withFile
      ratio
    }
    departments(pageSize: 200) {
      items {
        id
        civilServantCount
        creditFileCoverage
        activeDishonestyRecordCount
      }
    }
  }
`);

export const PROCUREMENT_PART = graphql(`
  query DashboardProcurement {
    departments(pageSize: 200) {
      items {
        id
        overduePaymentCount
        breachCount
      }
    }
  }
`);

export const INVESTMENT_PART = graphql(`
  query DashboardInvestment {
    departments(pageSize: 200) {
      items {
        id
        overdueCommitmentCount
        breachedCommitmentCount
        commitmentFulfilmentRate
        dueCommitmentCount
        fulfilledCommitmentCount
      }
    }
  }
`);

export const DEBT_PART = graphql(`
  query DashboardDebt($year: Int!) {
    regions {
      code
      debtRisk(year: $year) {
        debtRatio
        debtBalance
        level
      }
    }
  }
`);

// Supervision's panels, each its own query so that supervision down blanks only them.
export const SCORES = graphql(`
  query DashboardScores {
    departments(pageSize: 200) {
      items {
        id
        integrityScore {
          score
          grade
        }
        integrityHonorEligibility {
          eligible
          bars {
            kind
            count
            year
          }
        }
      }
    }
  }
`);

export const WARNING_COUNTS = graphql(`
  query DashboardWarnings {
    integrityWarningCounts {
      kind
      count
    }
  }
`);

// Casework's figures per department (overdue cases, satisfaction, unfulfilled judgments, court appearance):
// one batched request, its own so that casework down blanks only its panel.
export const CASEWORK_FIGURES = graphql(`
  query DashboardCasework {
    departments(pageSize: 200) {
      items {
        id
        name
        overdueCaseCount
        caseSatisfactionRate
        unfulfilledJudgmentCount
        courtAppearanceRate
      }
    }
  }
`);
