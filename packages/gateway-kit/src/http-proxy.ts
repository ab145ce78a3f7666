import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@integrity/logging';
import type { RequestHandler } from 'express';

export interface PassThroughOptions {
  /** The subgraph's base URL; the request's own path and query are asked of it. */
  base: string;
  subgraph: string;
  log: Logger;
  /** How long the subgraph may take to answer with its headers (default 30 s). */
  headersTimeoutMs?: number;
  /** How long the subgraph may fall silent between two chunks of the body (default 30 s). */
  idleTimeoutMs?: number;
}

const FORWARDED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'last-modified'];

/**
 * Pass a plain HTTP GET through to a subgraph (an open-data export, a report PDF), streaming the body as it comes:
 * a province's OCDS package is never held whole in the gateway, and there is no limit on the whole transfer, only
 * on the wait for headers and on silence between chunks. The caller going away stops the subgraph's request.
 * Before the headers a failure answers 502 DEPENDENCY_UNAVAILABLE; after them the response is cut off, so a
 * client never takes a truncated body for a whole one.
 */
export function passThrough(options: PassThroughOptions): RequestHandler {
  const headersTimeoutMs = options.headersTimeoutMs ?? 30_000;
  const idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
  return async (req, res) => {
    // the path as asked (a pattern such as /credit-reports/:number names a different one each time)
    const target = new URL(req.path, options.base).toString();
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const upstream = new AbortController();
    const timer = setTimeout(() => upstream.abort(new Error('subgraph timed out')), headersTimeoutMs);
    const gone = () => upstream.abort(new Error('client went away'));
    res.on('close', gone);
    try {
      const answer = await fetch(target + query, {
        headers: {
          'x-request-id': res.locals.requestId as string,
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        },
        signal: upstream.signal,
      });
      res.status(answer.status);
      for (const header of FORWARDED_HEADERS) {
        const value = answer.headers.get(header);
        if (value) res.setHeader(header, value);
      }
      if (!answer.body) {
        res.end();
        return;
      }
      // from here silence is what is limited: each chunk gives the subgraph another idleTimeoutMs
      clearTimeout(timer);
      const idle = setTimeout(() => upstream.abort(new Error('subgraph fell silent')), idleTimeoutMs);
      const watch = new Transform({
        transform(chunk, _encoding, done) {
          idle.refresh();
          done(null, chunk);
        },
        flush(done) {
          clearTimeout(idle);
          done();
        },
      });
      try {
        await pipeline(Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream), watch, res);
      } finally {
        clearTimeout(idle);
      }
    } catch (error) {
      if (res.destroyed && upstream.signal.aborted && String(upstream.signal.reason).includes('client went away'))
        return;
      options.log.warn('http proxy failed', {
        requestId: res.locals.requestId,
        path: req.path,
        subgraph: options.subgraph,
        error: String(error),
      });
      if (!res.headersSent)
        res.status(502).json({ error: 'DEPENDENCY_UNAVAILABLE', message: `${options.subgraph} did not answer` });
      else res.destroy(error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
      res.off('close', gone);
    }
  };
}
