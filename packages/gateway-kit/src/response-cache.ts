import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { parse, type OperationDefinitionNode } from 'graphql';

/**
 * A short response cache for reads, in this process's memory (each gateway process keeps its own: an answer a
 * few seconds old is all it serves, so nothing needs sharing through Redis). Off unless configured.
 */
export interface ResponseCacheOptions {
  /** Seconds an answer to a query without a token is reused for the same query and variables; 0: off. */
  publicSeconds: number;
  /**
   * Seconds an answer to a signed-in caller's query is reused for the same Authorization header, query and
   * variables (the leaders' dashboard: one caller, one scope); 0: off. A token logged out meanwhile is still
   * answered from the cache for that long, as it is by the subgraphs' session check.
   */
  callerSeconds: number;
  /** Answers kept at most; the oldest goes first. */
  maxEntries?: number;
  /** The clock (tests). */
  now?: () => number;
}

const seconds = (value: string | undefined): number => {
  const n = Number(value ?? 0);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 300) : 0;
};

/** GATEWAY_CACHE_PUBLIC_SECONDS and GATEWAY_CACHE_CALLER_SECONDS (both 0, off, by default; at most 300). */
export const responseCacheFromEnv = (env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions => ({
  publicSeconds: seconds(env.GATEWAY_CACHE_PUBLIC_SECONDS),
  callerSeconds: seconds(env.GATEWAY_CACHE_CALLER_SECONDS),
});

/** Whether a document's operation (the named one, or its only one) is a query: never cache a mutation. */
function queryOnly(known: Map<string, boolean>, query: string, operationName: unknown): boolean {
  const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
  let answer = known.get(key);
  if (answer === undefined) {
    try {
      const ops = parse(query).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
      );
      const op = typeof operationName === 'string' ? ops.find((o) => o.name?.value === operationName) : ops[0];
      answer = !!op && (ops.length === 1 || typeof operationName === 'string') && op.operation === 'query';
    } catch {
      answer = false; // Apollo answers the syntax error
    }
    if (known.size >= 1000) known.clear();
    known.set(key, answer);
  }
  return answer;
}

interface Entry {
  body: Buffer;
  contentType: string;
  until: number;
}

/**
 * Express middleware in front of the GraphQL handler: a query answered 200 without errors is kept for the configured
 * seconds and sent again, as it was, to the same request (`x-response-cache: HIT`). Mutations, errors and anything
 * else go through untouched.
 */
export function responseCache(options: ResponseCacheOptions): RequestHandler {
  const now = options.now ?? Date.now;
  const max = options.maxEntries ?? 1000;
  const entries = new Map<string, Entry>();
  const known = new Map<string, boolean>();
  return (req, res, next) => {
    const body = (req.method === 'POST' ? req.body : req.query) as Record<string, unknown> | undefined;
    const authorization = req.headers.authorization;
    const ttl = authorization ? options.callerSeconds : options.publicSeconds;
    if (!ttl || typeof body?.query !== 'string' || !queryOnly(known, body.query, body.operationName)) return next();
    const key = createHash('sha256')
      .update(
        JSON.stringify([
          authorization ?? '',
          body.query,
          body.variables ?? null,
          body.operationName ?? null,
          req.headers.accept ?? '',
        ]),
      )
      .digest('base64url');
    const hit = entries.get(key);
    if (hit && hit.until > now()) {
      res.setHeader('x-response-cache', 'HIT');
      res.type(hit.contentType).send(hit.body);
      return;
    }
    if (hit) entries.delete(key);
    res.setHeader('x-response-cache', 'MISS');
    capture(res, (answer) => {
      if (res.statusCode !== 200 || answer.includes('"errors"')) return;
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(key, {
        body: answer,
        contentType: String(res.getHeader('content-type') ?? 'application/json'),
        until: now() + ttl * 1000,
      });
    });
    next();
  };
}

/** Collect what the handler writes (before compression, which wraps the same calls further out). */
function capture(res: Response, done: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const take = (chunk: unknown, encoding?: unknown) => {
    if (typeof chunk === 'string')
      chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    take(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as Response['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== 'function') take(chunk, rest[0]);
    done(Buffer.concat(chunks));
    return end(chunk, ...rest);
  }) as Response['end'];
}
