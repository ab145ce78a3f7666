import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { isValidDate } from './dates.js';

const literalText = (ast: ValueNode): string | undefined =>
  ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : undefined;

/**
 * Exact decimal, always serialised as a string ("1234.56") so no client turns money into a float.
 * Input may be a string or an integer literal; the field's own rules decide how many places it allows.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number serialised as a string, e.g. "1234.56". Money is in CNY (元) with 2 decimal places.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value.trim())) {
      throw new TypeError(`Decimal must be a string such as "1234.56", got ${JSON.stringify(value)}`);
    }
    return value.trim();
  },
  parseLiteral: (ast) => {
    const text = literalText(ast);
    if (text === undefined || ast.kind === Kind.FLOAT || !/^-?\d+(\.\d+)?$/.test(text)) {
      throw new TypeError('Decimal must be written as a string such as "1234.56"');
    }
    return text;
  },
});

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in ISO 8601 form, YYYY-MM-DD (no time, no time zone).',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isValidDate(value))
      throw new TypeError(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
  parseLiteral: (ast) => {
    const text = ast.kind === Kind.STRING ? ast.value : undefined;
    if (!text || !isValidDate(text)) throw new TypeError('Date must be a string YYYY-MM-DD');
    return text;
  },
});

/** Free-form JSON (used for documents such as OCDS releases). */
export const JSONScalar = GraphQLJSON;
