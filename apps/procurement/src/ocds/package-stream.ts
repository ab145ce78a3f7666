import type { ServerResponse } from 'node:http';
import type { Logger } from '@integrity/subgraph-kit';
import { releasePackage } from './release.js';

/** The package up to its releases array, opened: releasePackage's own head, so the two never disagree. */
export function packageHead(publishedDate: string): string {
  const whole = JSON.stringify(releasePackage([], publishedDate));
  if (!whole.endsWith('"releases":[]}')) throw new Error('releasePackage must end with its releases');
  return whole.slice(0, -']}'.length);
}

/** Resolves when `res` can take more, or is closed (a client gone never drains). */
const drained = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });

/**
 * Writes a release package to `res` as its chunks of releases come, respecting back-pressure. A failure before
 * the first byte answers 500 as JSON; after it the response is destroyed, so a truncated package never ends
 * in a well-formed `]}` that a reader could take for the whole. Stops reading chunks when the client goes.
 */
export async function streamPackage(
  res: ServerResponse,
  chunks: AsyncIterable<Record<string, unknown>[]>,
  log: Logger,
  publishedDate = new Date().toISOString(),
): Promise<void> {
  // res, not req: on Node ≥ 16 a GET's req emits 'close' once it has been read, not when the client leaves
  let gone = false;
  res.on('close', () => {
    gone = !res.writableFinished;
  });
  const write = async (text: string) => {
    if (!res.write(text)) await drained(res);
  };
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    // the first chunk is read before anything is written: a database that fails at once still gets a 500
    let next = await iterator.next();
    res.statusCode = 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    let text = packageHead(publishedDate);
    let first = true;
    while (!next.done && !gone) {
      for (const release of next.value) {
        text += (first ? '' : ',') + JSON.stringify(release);
        first = false;
      }
      await write(text);
      text = '';
      if (!gone) next = await iterator.next();
    }
    if (gone) {
      await iterator.return?.(undefined);
      log.info('ocds export abandoned by the client');
      return;
    }
    res.end(`${text}]}`);
  } catch (error) {
    log.error('ocds export failed', { error: String(error), afterFirstByte: res.headersSent });
    await iterator.return?.(undefined).catch(() => undefined);
    if (res.headersSent) res.destroy(error instanceof Error ? error : new Error(String(error)));
    else {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: 'export failed' }));
    }
  }
}
