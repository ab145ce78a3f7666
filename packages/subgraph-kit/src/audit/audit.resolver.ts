import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { allow } from '@integrity/rules';
import { Allow } from '../authorization.js';
import type { RequestContext } from '../context.js';
import { pageOf, skipTake } from '../paging.js';
import { AuditEntryEntity } from './audit.entity.js';
import { AuditEntry, AuditEntryPage, AuditTrailArgs } from './audit.type.js';

/** `<subgraph>AuditTrail`: each subgraph answers for the changes to its own data. */
export function createAuditResolver(subgraph: string) {
  @Resolver()
  class AuditTrailResolver {
    @Query(() => AuditEntryPage, {
      name: `${subgraph}AuditTrail`,
      description: `Changes recorded by the ${subgraph} subgraph, newest first. Administrators and supervisors only.`,
    })
    @Allow(allow.roles('ADMIN', 'SUPERVISOR'))
    async auditTrail(@Args() args: AuditTrailArgs, @Ctx() ctx: RequestContext): Promise<AuditEntryPage> {
      const where = {
        ...(args.entityType ? { entityType: args.entityType } : {}),
        ...(args.entityId ? { entityId: args.entityId } : {}),
      };
      const [rows, total] = await ctx.dataSource
        .getRepository(AuditEntryEntity)
        .findAndCount({ where, order: { at: 'DESC', id: 'DESC' }, ...skipTake(args) });
      return pageOf(rows.map(AuditEntry.from), total, args);
    }
  }
  return AuditTrailResolver;
}
