import { allow, outboxField } from '@integrity/rules';
import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../authorization.js';
import type { RequestContext } from '../context.js';
import { outboxBacklog } from './outbox-backlog.js';
import { OutboxBacklog } from './outbox-backlog.type.js';

/** `<subgraph>Outbox`: each subgraph that tells others anything answers for what it has not yet delivered. */
export function createOutboxResolver(subgraph: string) {
  @Resolver()
  class OutboxBacklogResolver {
    @Query(() => OutboxBacklog, {
      name: outboxField(subgraph),
      // nullable: asked beside the other senders' in one request, a subgraph that is down must not blank theirs
      nullable: true,
      description: `What the ${subgraph} subgraph has not yet delivered to the others, and since when. Administrators (and supervision's warning sweep) only; others get FORBIDDEN. Nullable so that one request asking every sender still answers for the others when this one fails: null with an error when the subgraph cannot be reached or refuses.`,
    })
    // and supervision's warning sweep (DELIVERY_STUCK), with its service credential
    @Allow(allow.roles('ADMIN'), allow.services('supervision'))
    outbox(@Ctx() ctx: RequestContext): Promise<OutboxBacklog> {
      return outboxBacklog(ctx.dataSource);
    }
  }
  return OutboxBacklogResolver;
}
