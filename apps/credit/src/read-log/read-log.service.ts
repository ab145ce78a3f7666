import { randomUUID } from 'node:crypto';
import { type PageArgs, type RequestContext, findPage } from '@integrity/subgraph-kit';
import { ReadLogEntity } from './read-log.entity.js';

/**
 * Log a read of a civil servant's full file. Reads within one request are written together in one
 * INSERT (the loader batches them), so a list of 50 files costs one statement, not 50.
 */
export function logFileRead(ctx: RequestContext, civilServantId: string, what: ReadLogEntity['what']): Promise<true> {
  return ctx.loaders
    .get<string, true>('readLog.write', async (keys) => {
      const at = new Date().toISOString();
      const rows = [...new Set(keys)].map((key) => {
        const [id, kind] = key.split('|') as [string, ReadLogEntity['what']];
        return {
          id: randomUUID(),
          readerId: ctx.caller!.id,
          readerName: ctx.caller!.username,
          civilServantId: id,
          what: kind,
          requestId: ctx.requestId,
          at,
        };
      });
      await ctx.dataSource.manager.insert(ReadLogEntity, rows);
      return keys.map(() => true as const);
    })
    .load(`${civilServantId}|${what}`);
}

export async function listReadLog(
  ctx: RequestContext,
  args: PageArgs & { civilServantId?: string | null; readerName?: string | null },
) {
  const where: Record<string, unknown> = {};
  if (args.civilServantId) where.civilServantId = args.civilServantId;
  if (args.readerName) where.readerName = args.readerName;
  return findPage(ctx.dataSource.manager, ReadLogEntity, { where, order: { at: 'DESC', id: 'ASC' } }, args);
}
