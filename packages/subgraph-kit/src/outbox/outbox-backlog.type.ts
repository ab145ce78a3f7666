import { Directive, Field, Int, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({
  description:
    'What a subgraph has to tell the others and has not yet delivered (its transactional outbox): breaches and overdue facts for the credit ledger, calendar changes, published grades. Nothing is lost while a receiver is down; this says how much is waiting and since when.',
})
export class OutboxBacklog {
  @Field(() => Int, { description: 'Messages not yet delivered, held back ones included.' })
  undelivered: number;

  @Field(() => Int, {
    description:
      'Of those, messages tried and refused or unanswered, waiting for their retry (the receiver down or refusing).',
  })
  failing: number;

  @Field(() => Int, {
    description: 'Of those, messages never tried because they are meant for later (a calendar change settles first).',
  })
  heldBack: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Since when the longest-waiting message due has waited (ISO-8601, UTC): when it fell due, or for one already tried when it was written; null when none is waiting.',
  })
  oldestSince: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The earliest retry of a failing message (ISO-8601, UTC); null when none fails.',
  })
  nextRetryAt: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When a message was last delivered (ISO-8601, UTC); null when none ever was.',
  })
  lastDeliveredAt: string | null;
}
