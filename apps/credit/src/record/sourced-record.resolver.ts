import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SOURCED_RECORD_SENDERS } from '../rules/sourced-records.js';
import { RecordFromSourceInput, SourceCuredInput, SourceWithdrawnInput } from './sourced-record.input.js';
import { recordFromSource, recordSourceCured, recordSourceWithdrawn } from './sourced-record.service.js';
import { CreditRecord } from './record.type.js';

@Resolver()
export class SourcedRecordResolver {
  @Mutation(() => CreditRecord, {
    description:
      'Make a department record from another domain’s fact (an outbox delivering it). Only the sending subgraphs’ service credentials; idempotent on (sender, sourceId): a retry returns the same record.',
  })
  @Allow(allow.services(...SOURCED_RECORD_SENDERS))
  recordFromSource(@Arg('input') input: RecordFromSourceInput, @Ctx() ctx: RequestContext) {
    return recordFromSource(ctx, input);
  }

  @Mutation(() => CreditRecord, {
    description:
      'The fact a record was made from is cured (paid, fulfilled): the record can then be repaired under the credit rules. Only the sending subgraphs’ service credentials; idempotent; NOT_FOUND while the record itself has not arrived (the outbox retries).',
  })
  @Allow(allow.services(...SOURCED_RECORD_SENDERS))
  recordSourceCured(@Arg('input') input: SourceCuredInput, @Ctx() ctx: RequestContext) {
    return recordSourceCured(ctx, input);
  }

  @Mutation(() => CreditRecord, {
    description:
      'The fact a record was made from no longer stands as reported (the sender corrected it): the record is revoked with the reason, an objection open on it ends upheld and a repair application pending on it TERMINATED. Only the sending subgraphs’ service credentials, for their own records; idempotent; NOT_FOUND while the record itself has not arrived (the outbox retries).',
  })
  @Allow(allow.services(...SOURCED_RECORD_SENDERS))
  recordSourceWithdrawn(@Arg('input') input: SourceWithdrawnInput, @Ctx() ctx: RequestContext) {
    return recordSourceWithdrawn(ctx, input);
  }
}
