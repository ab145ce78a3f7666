import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export const EXCHANGE_FORMATS = ['JSON', 'CSV'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];
export const ExchangeFormatEnum = { JSON: 'JSON', CSV: 'CSV' } as const;
registerEnumType(ExchangeFormatEnum, {
  name: 'ExchangeFormat',
  description: 'How an exchange file is written: a JSON array of objects, or CSV (UTF-8, header row).',
  valuesConfig: {
    JSON: { description: 'A JSON array, one object per change, keyed by the national field names.' },
    CSV: { description: 'CSV with a header row of the national field names, UTF-8.' },
  },
});

@ObjectType({
  description:
    'A batch of changes to government dishonesty records for the credit platforms (归集共享), after a cursor. docs/EXCHANGE.md lists every field.',
})
export class CreditExchangeBatch {
  @Field({ description: 'Pass it as `since` for the changes after these; unchanged while nothing has changed.' })
  cursor: string;
  @Field(() => Int, {
    description: 'Changes in this batch (at most the limit; call again with the cursor while `more`).',
  })
  count: number;
  @Field({ description: 'The changes: the JSON array or the CSV text.' }) content: string;
  @Field(() => String, {
    nullable: true,
    description:
      'HMAC-SHA256 (hex) of the cursor, a newline and the content, with the key in EXCHANGE_HMAC_KEY; null when no key is configured (development only).',
  })
  signature: string | null;
  @Field({ description: 'Whether more changes wait after this batch.' }) more: boolean;
}
