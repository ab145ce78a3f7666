import { Allow, allow, DateScalar, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AcceptanceAttempt } from './acceptance.type.js';
import { acceptanceView, recordAcceptance, recordDelivery } from './acceptance.service.js';
import { RecordAcceptanceInput, RecordRedeliveryInput } from './contract.input.js';
import { acceptancesOf, redeliveriesOf } from './payment-clock.js';
import { Redelivery } from './redelivery.type.js';
import { recordRedelivery } from './redelivery.service.js';
import { Contract } from './contract.type.js';

/** Delivery and acceptance of a contract: the events its payment terms count from. */
@Resolver(() => Contract)
export class AcceptanceResolver {
  @Mutation(() => Contract, {
    description:
      'Record an acceptance (履约验收), passed or failed; every one is kept (Contract.acceptances). Dated not before signing, a recorded delivery, the last re-delivery or the last acceptance (DATE_TOO_EARLY). Passed moves the project to ACCEPTED and counts as delivery when none was recorded. Due dates are counted again from all the facts: a failure within the agreed period stops an SME’s acceptance clock until the supplier delivers again (recordRedelivery) or one passes, and gives back agreed dates its start had brought forward.',
  })
  @Allow(allow.write('PROCUREMENT'))
  recordAcceptance(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: RecordAcceptanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordAcceptance(ctx, projectId, input);
  }

  @Mutation(() => Contract, {
    description:
      'Record delivery (交付) of the contracted goods, works or services, once, dated not after an acceptance already recorded (DATE_TOO_LATE): DELIVERY milestones fall due deliveredOn + termDays; to an SME, fixed dates later than 60 days after the clock starts (delivery, or the acceptance term’s start where payment is conditioned on acceptance) are brought forward to it.',
  })
  @Allow(allow.write('PROCUREMENT'))
  recordDelivery(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('deliveredOn', () => DateScalar) deliveredOn: string,
    @Ctx() ctx: RequestContext,
  ) {
    return recordDelivery(ctx, projectId, deliveredOn);
  }

  @Mutation(() => Contract, {
    description:
      'Record a delivery again after a failed acceptance, the defects put right (整改后重新交付): only when the latest acceptance failed and nothing was delivered again since (INVALID_STATE), dated after that acceptance (DATE_TOO_EARLY, a re-delivery on the same day being the one it inspected) and not after today (DATE_IN_FUTURE). The agreed acceptance period runs again from it: left to run out, the acceptance term starts at its end (条例第十条, the county’s reading). Kept in Contract.redeliveries.',
  })
  @Allow(allow.write('PROCUREMENT'))
  recordRedelivery(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input') input: RecordRedeliveryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return recordRedelivery(ctx, projectId, input);
  }

  @FieldResolver(() => [Redelivery], {
    description:
      'Every re-delivery after a failed acceptance, oldest first (batched: one statement for any number of contracts).',
  })
  async redeliveries(@Root() c: Contract, @Ctx() ctx: RequestContext) {
    return redeliveriesOf(ctx, c.id);
  }

  @FieldResolver(() => [AcceptanceAttempt], {
    description: 'Every acceptance recorded, oldest first (batched: one statement for any number of contracts).',
  })
  async acceptances(@Root() c: Contract, @Ctx() ctx: RequestContext) {
    return (await acceptancesOf(ctx, c.id)).map(acceptanceView);
  }
}
