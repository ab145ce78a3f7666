import type { RequestHandler } from 'express';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { operationLimitErrors } from './limit-rules.js';
import { limitError, type OperationLimits } from './operation-limits.js';

const TOKEN_OVERFLOW = /Document contains more th(?:an|at) \d+ tokens/;

/** The first limit a GraphQL request (query text and variables) breaks, or null. Syntax errors are left to the server's own parse. */
export function refuseOverLimit(
  query: unknown,
  variables: unknown,
  schema: GraphQLSchema | undefined,
  limits: OperationLimits,
): GraphQLError | null {
  if (typeof query !== 'string') return null;
  let document;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_OVERFLOW.test(error.message))
      return limitError(`the document holds more than ${limits.maxTokens} tokens`, 'maxTokens');
    return null;
  }
  const vars =
    variables && typeof variables === 'object' && !Array.isArray(variables)
      ? (variables as Record<string, unknown>)
      : {};
  return operationLimitErrors(document, schema, limits, vars)[0] ?? null;
}

const parsedJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Applies every operation limit before Apollo sees the request: more tokens than `maxTokens` (the parser
 * stops there), more field selections than `maxFields`, fragment cycles, depth, aliases and cost (a
 * variable page size counts as the request's value). graphql-js's overlapping-fields rule is quadratic in
 * repeated fields (`regions { name × 5000 }`) and slow on fragment webs, so nothing the limits refuse may
 * reach validation; Apollo's plugin hooks before validation cannot answer a coded 400, hence Express.
 * Costs one extra parse, bounded by the token cap. Runs after express.json(); GET requests too.
 */
export function operationLimitsMiddleware(
  limits: OperationLimits,
  schema: () => GraphQLSchema | undefined,
): RequestHandler {
  return (req, res, next) => {
    const body: unknown =
      req.method === 'GET' ? { query: req.query.query, variables: parsedJson(req.query.variables) } : req.body;
    const requests = Array.isArray(body) ? body : [body];
    for (const request of requests) {
      if (!request || typeof request !== 'object') continue;
      const { query, variables } = request as { query?: unknown; variables?: unknown };
      const refusal = refuseOverLimit(query, variables, schema(), limits);
      if (refusal) {
        res.status(400).json({
          errors: [
            { message: refusal.message, extensions: { code: 'BAD_USER_INPUT', field: refusal.extensions.field } },
          ],
        });
        return;
      }
    }
    next();
  };
}
