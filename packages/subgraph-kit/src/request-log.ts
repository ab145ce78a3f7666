import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context.js';

/** One JSON line per request, carrying the gateway's request id, so a request can be followed across processes. */
export function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue }) {
          contextValue.log.info('request', {
            operationName: operationName ?? null,
            caller: contextValue.caller ? `${contextValue.caller.kind}:${contextValue.caller.username}` : null,
            ms: Math.round(performance.now() - started),
            errors: errors?.map((e) => e.extensions?.code ?? 'ERROR') ?? [],
          });
        },
      };
    },
  };
}
