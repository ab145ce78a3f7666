import { graphql } from '../../gql';

/** Every sending subgraph's backlog, one field each (each answers for its own outbox; operations inline their fields). */
export const DELIVERY_BACKLOG = graphql(`
  query DeliveryBacklog {
    procurementOutbox {
      undelivered
      failing
      heldBack
      oldestSince
      nextRetryAt
      lastDeliveredAt
    }
    investmentOutbox {
      undelivered
      failing
      heldBack
      oldestSince
      nextRetryAt
      lastDeliveredAt
    }
    supervisionOutbox {
      undelivered
      failing
      heldBack
      oldestSince
      nextRetryAt
      lastDeliveredAt
    }
    caseworkOutbox {
      undelivered
      failing
      heldBack
      oldestSince
      nextRetryAt
      lastDeliveredAt
    }
    creditOutbox {
      undelivered
      failing
      heldBack
      oldestSince
      nextRetryAt
      lastDeliveredAt
    }
  }
`);

/** The senders in the order the page lists them, the domain whose label names each and what it carries. */
export const SENDERS = [
  { field: 'procurementOutbox', domain: 'PROCUREMENT', carries: 'dl.carries.procurement' },
  { field: 'investmentOutbox', domain: 'INVESTMENT', carries: 'dl.carries.investment' },
  { field: 'supervisionOutbox', domain: 'SUPERVISION', carries: 'dl.carries.supervision' },
  { field: 'caseworkOutbox', domain: 'CASEWORK', carries: 'dl.carries.casework' },
  { field: 'creditOutbox', domain: 'CREDIT', carries: 'dl.carries.credit' },
] as const;
