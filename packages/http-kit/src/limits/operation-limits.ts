import { GraphQLError } from 'graphql';

/** What one GraphQL operation may ask for; the gateway and every subgraph apply the same caps. */
export interface OperationLimits {
  /** Deepest field nesting allowed (introspection subtrees are not counted). */
  maxDepth: number;
  /** Aliased fields allowed, counted as the operation expands (a fragment spread twice counts its aliases twice). */
  maxAliases: number;
  /**
   * Estimated weight of one answer: every field counts its weight once per item of each enclosing list
   * (a page counts `pageSize` items, the argument's default when omitted and the largest page for a variable;
   * a list without paging counts `unpagedListSize` items). Stops page-inside-page and alias explosions.
   */
  maxCost: number;
  /** Lexical tokens a document may hold; checked while parsing, so an oversized document is never validated. */
  maxTokens: number;
  /** Field selections a document may hold as written; checked before graphql-js validation (some of its rules are quadratic). */
  maxFields: number;
  /** Items an unpaged list field is assumed to hold. */
  unpagedListSize: number;
  /** Declared weights of fields that cost more than one value: `Type.field` or a return type name (e.g. `JSON`). */
  weights: Record<string, number>;
}

/** The largest page any list argument allows (every `pageSize` is capped at 200): a variable page counts as this. */
export const LARGEST_PAGE = 200;

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 50_000,
  maxTokens: 2_000,
  maxFields: 300,
  unpagedListSize: 20,
  // a JSON value is a whole document (e.g. an OCDS release), not one scalar
  weights: { JSON: 50 },
};

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

/** The caps from MAX_QUERY_DEPTH, MAX_QUERY_ALIASES, MAX_QUERY_COST, MAX_QUERY_TOKENS, MAX_QUERY_FIELDS, QUERY_UNPAGED_LIST_SIZE. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): OperationLimits {
  return {
    maxDepth: positive(env.MAX_QUERY_DEPTH, DEFAULT_LIMITS.maxDepth, 'MAX_QUERY_DEPTH'),
    maxAliases: positive(env.MAX_QUERY_ALIASES, DEFAULT_LIMITS.maxAliases, 'MAX_QUERY_ALIASES'),
    maxCost: positive(env.MAX_QUERY_COST, DEFAULT_LIMITS.maxCost, 'MAX_QUERY_COST'),
    maxTokens: positive(env.MAX_QUERY_TOKENS, DEFAULT_LIMITS.maxTokens, 'MAX_QUERY_TOKENS'),
    maxFields: positive(env.MAX_QUERY_FIELDS, DEFAULT_LIMITS.maxFields, 'MAX_QUERY_FIELDS'),
    unpagedListSize: positive(env.QUERY_UNPAGED_LIST_SIZE, DEFAULT_LIMITS.unpagedListSize, 'QUERY_UNPAGED_LIST_SIZE'),
    weights: { ...DEFAULT_LIMITS.weights },
  };
}

/** A refused operation: BAD_USER_INPUT naming the limit, HTTP 400 when it ends the request early. */
export const limitError = (message: string, limit: keyof OperationLimits) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: limit, http: { status: 400 } } });

const LIMIT_FIELDS = new Set<unknown>(['maxDepth', 'maxAliases', 'maxCost', 'maxTokens', 'maxFields']);

/** Apollo relabels validation-rule errors GRAPHQL_VALIDATION_FAILED; a refused limit keeps the contract's BAD_USER_INPUT. */
export const isLimitRefusal = (extensions: Record<string, unknown> | undefined): boolean =>
  LIMIT_FIELDS.has(extensions?.field);
