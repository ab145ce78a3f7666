import { OUTBOX_SENDERS, outboxField, type OutboxSender } from '@integrity/rules';
import { graphql } from '../../gql';
import type { MessageKey } from '../../messages';

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

/** What each sender carries, by its domain. */
const CARRIES = {
  PROCUREMENT: 'dl.carries.procurement',
  INVESTMENT: 'dl.carries.investment',
  SUPERVISION: 'dl.carries.supervision',
  CASEWORK: 'dl.carries.casework',
  CREDIT: 'dl.carries.credit',
} as const satisfies Record<OutboxSender, MessageKey>;

/** The senders in the shared order (rules' OUTBOX_SENDERS), the field each answers on and what it carries. */
export const SENDERS = OUTBOX_SENDERS.map((domain) => ({
  field: outboxField(domain),
  domain,
  carries: CARRIES[domain],
}));
