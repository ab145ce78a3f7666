import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { importCourtDebtorList } from './court-import.service.js';
import { CourtImportReport } from './court-import.type.js';
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
    // nullable, as the contract spells it: null is the default, JSON
    @Arg('format', () => ExchangeFormatEnum, {
      nullable: true,
      defaultValue: 'JSON',
      description: 'JSON (the default) or CSV.',
    })
    format: ExchangeFormat | null,
    @Arg('limit', () => Int, { defaultValue: 500, description: 'Changes per batch, 1 to 500.' }) limit: number,
    @Ctx() ctx: RequestContext,
  ) {
    return creditExchangeExport(ctx, since, format ?? 'JSON', limit);
  }

  @Mutation(() => CourtImportReport, {
    description:
      'Import the court’s list of dishonest judgment debtors (失信被执行人) received from the platform, in its national fields: each row naming a county body by its unified social credit code becomes one SERIOUS JUDICIAL_JUDGMENT record on it (once per 案号). commit false: nothing is written, the report says which rows would be accepted and why others are refused; commit true: the accepted rows are written. County-wide CREDIT officers.',
  })
  @Allow(allow.countyWide('CREDIT'))
  importCourtDebtorList(
    @Arg('content', { description: 'The file’s text: CSV with a header row of the field names, or a JSON array.' })
    content: string,
    @Arg('format', () => ExchangeFormatEnum) format: ExchangeFormat,
    @Arg('commit', { description: 'Write the accepted rows; false: only report.' }) commit: boolean,
    @Arg('lineOffset', () => Int, {
      defaultValue: 0,
      description:
        'For a large file sent in parts (each CSV part with the header row): added to every reported line, so a part’s report names the lines of the whole file. A request carries at most 1 MB.',
    })
    lineOffset: number,
    @Ctx() ctx: RequestContext,
  ) {
    return importCourtDebtorList(ctx, content, format, commit, lineOffset);
  }
}
