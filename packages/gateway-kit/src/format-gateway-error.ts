import { isLimitRefusal } from '@integrity/http-kit';
import type { Logger } from '@integrity/logging';
import { fieldOfCoercionError } from '@integrity/rules';
import type { GraphQLFormattedError } from 'graphql';

const ADDRESS = /\b(?:https?:\/\/)?(?:\d{1,3}(?:\.\d{1,3}){3}|localhost|\[[0-9a-f:]+\])(?::\d+)?(?:\/\S*)?/gi;
const URL_IN_TEXT = /\bhttps?:\/\/\S+/gi;

/** Strips anything that looks like a network address from a message meant for a client. */
export const withoutAddresses = (message: string): string =>
  message.replace(URL_IN_TEXT, '(a service)').replace(ADDRESS, '(a service)');

/**
 * Every error leaving the gateway: contract codes pass through (subgraph refusals keep theirs), limit
 * refusals are BAD_USER_INPUT naming the limit, and nothing leaks internals: no stack, no subgraph
 * address or response body (`extensions.response`), no unexpected message (logged for operators instead).
 */
export const formatGatewayError =
  (log: Logger) =>
  (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const {
      stacktrace: _s,
      exception: _e,
      response: _r,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (isLimitRefusal(extensions))
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT', field: extensions.field } };
    const code = extensions.code;
    if (code === undefined || code === 'INTERNAL_SERVER_ERROR' || code === 'DOWNSTREAM_SERVICE_ERROR') {
      log.error('unexpected error', {
        message: formatted.message,
        path: formatted.path,
        serviceName: extensions.serviceName,
      });
      return {
        message: 'internal error: the administrators have the details in the log',
        path: formatted.path,
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          ...(typeof extensions.serviceName === 'string' ? { serviceName: extensions.serviceName } : {}),
        },
      };
    }
    // variables are coerced here, before any subgraph sees them: name the field at fault as subgraphs do
    if (code === 'BAD_USER_INPUT' && !extensions.field) {
      const field = fieldOfCoercionError(formatted.message);
      if (field) extensions.field = field;
    }
    return { ...formatted, message: withoutAddresses(formatted.message), extensions };
  };
