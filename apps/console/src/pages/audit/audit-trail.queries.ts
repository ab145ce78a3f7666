// Each domain's audit trail, one document per subgraph: the console's documents are checked against the gateway's
// cost limit without variables, where a field under @include counts in full, so one document naming all seven
// trails with their snapshots was refused; each of these is under half the limit at the largest page.
import { graphql } from '../../gql';

const DIRECTORY_TRAIL = graphql(`
  query DirectoryAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    directoryAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const CREDIT_TRAIL = graphql(`
  query CreditAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    creditAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const PROCUREMENT_TRAIL = graphql(`
  query ProcurementAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    procurementAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const INVESTMENT_TRAIL = graphql(`
  query InvestmentAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    investmentAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const DEBT_TRAIL = graphql(`
  query DebtAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    debtAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const SUPERVISION_TRAIL = graphql(`
  query SupervisionAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    supervisionAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

const CASEWORK_TRAIL = graphql(`
  query CaseworkAuditTrail($page: Int, $pageSize: Int, $entityType: String, $entityId: String) {
    caseworkAuditTrail(page: $page, pageSize: $pageSize, entityType: $entityType, entityId: $entityId) {
      total
      items {
        id
        at
        actorName
        action
        entityType
        entityId
        requestId
        before
        after
      }
    }
  }
`);

/** The trail of each domain: its document, and where its page is in the answer. */
export const TRAILS = {
  DIRECTORY: { query: DIRECTORY_TRAIL, field: 'directoryAuditTrail' },
  CREDIT: { query: CREDIT_TRAIL, field: 'creditAuditTrail' },
  PROCUREMENT: { query: PROCUREMENT_TRAIL, field: 'procurementAuditTrail' },
  INVESTMENT: { query: INVESTMENT_TRAIL, field: 'investmentAuditTrail' },
  DEBT: { query: DEBT_TRAIL, field: 'debtAuditTrail' },
  SUPERVISION: { query: SUPERVISION_TRAIL, field: 'supervisionAuditTrail' },
  CASEWORK: { query: CASEWORK_TRAIL, field: 'caseworkAuditTrail' },
} as const;
