import { today, type RequestContext } from '@integrity/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { CreditRecordEntity } from '../record/record.entity.js';
import { isActiveDishonesty } from '../rules/eligibility.js';
import { Enterprise } from './enterprise.type.js';

/** Enterprises with an active SERIOUS dishonesty record, for every enterprise of a query in one statement. */
const restrictedSet = (ctx: RequestContext, uscc: string) =>
  ctx.loaders
    .get<string, boolean>('enterprise.restricted', async (codes) => {
      const rows = await ctx.dataSource.manager.find(CreditRecordEntity, {
        where: { subjectType: 'ENTERPRISE', severity: 'SERIOUS', subjectId: In([...codes]) },
      });
      const onDate = today();
      const restricted = new Set(rows.filter((r) => isActiveDishonesty(r, onDate)).map((r) => r.subjectId));
      return codes.map((c) => restricted.has(c));
    })
    .load(uscc);

@Resolver(() => Enterprise)
export class EnterpriseCreditResolver {
  @FieldResolver(() => Boolean, {
    description:
      'On the dishonesty list (失信名录): an active SERIOUS dishonesty record. Such an enterprise may not bid. Public, like the list itself.',
  })
  restricted(@Root() e: Enterprise, @Ctx() ctx: RequestContext) {
    return restrictedSet(ctx, e.uscc.toUpperCase());
  }
}
