import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { creditExchangeExport } from './exchange.service.js';
import { CreditExchangeBatch, ExchangeFormatEnum, type ExchangeFormat } from './exchange.type.js';

@Resolver()
export class ExchangeResolver {
  @Query(() => CreditExchangeBatch, {
    description:
      'Changes to government dishonesty records (published, corrected, repaired, revoked, publicity ended) after a cursor, for the city, provincial and national credit platforms (二.4 归集共享), in the national catalogue’s fields, signed. County-wide CREDIT officers.',
  })
  @Allow(allow.countyWide('CREDIT'))
  creditExchangeExport(
    @Arg('since', () => String, {
      nullable: true,
      description: 'The cursor of the last batch taken; none: from the start.',
    })
    since: string | null,
    @Arg('format', () => ExchangeFormatEnum, { defaultValue: 'JSON' }) format: ExchangeFormat,
    @Arg('limit', () => Int, { defaultValue: 500, description: 'Changes per batch, 1 to 500.' }) limit: number,
    @Ctx() ctx: RequestContext,
  ) {
    return creditExchangeExport(ctx, since, format, limit);
  }
}
