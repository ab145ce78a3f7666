import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@integrity/logging';

/**
 * The last Express error handler of the gateway and of every subgraph: a body too large (413), malformed
 * JSON (400) or anything else answers a GraphQL-shaped error with a code and no stack trace or file path,
 * whatever NODE_ENV says (Express's own page prints the stack outside production).
 */
export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status =
      typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
    const type = (error as { type?: unknown })?.type;
    const message =
      status === 413
        ? 'the request body is too large'
        : type === 'entity.parse.failed'
          ? 'the request body is not valid JSON'
          : status < 500
            ? 'the request could not be read'
            : 'internal error: the administrators have the details in the log';
    if (status >= 500) log.error('http error', { requestId: req.headers['x-request-id'], error });
    else log.info('refused http request', { requestId: req.headers['x-request-id'], status, type });
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
  };
}
