import type { ApolloServerPlugin } from '@apollo/server';
import type { ParseOptions } from 'graphql';
import { operationLimitErrors } from './limit-rules.js';
import { limitError, type OperationLimits } from './operation-limits.js';

/** Parse options for ApolloServer: the token cap stops the parser itself (O(cap) work for any document). */
export const limitedParseOptions = (limits: Pick<OperationLimits, 'maxTokens'>): ParseOptions => ({ maxTokens: limits.maxTokens });

const TOKEN_OVERFLOW = /Document contains more th(?:an|at) \d+ tokens/;

/**
 * Applies every operation limit between parsing and validation: more tokens than `maxTokens` (the parser
 * stopped), more field selections than `maxFields`, fragment cycles, depth, aliases and cost. graphql-js's
 * overlapping-fields rule is quadratic in repeated fields (`regions { name × 5000 }`) and slow on
 * fragment webs, so nothing the limits refuse may reach it. Throwing from the parsing hook ends the
 * request with this error (HTTP 400) through the server's formatError.
 */
export function documentSizePlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart(requestContext) {
          return async (error) => {
            if (error) {
              if (TOKEN_OVERFLOW.test(error.message)) throw limitError(`the document holds more than ${limits.maxTokens} tokens`, 'maxTokens');
              return;
            }
            if (!requestContext.document) return;
            const [refusal] = operationLimitErrors(requestContext.document, requestContext.schema, limits);
            if (refusal) throw refusal;
          };
        },
      };
    },
  };
}
