import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CreateEnterpriseInput, EnterprisesArgs, UpdateEnterpriseInput } from './enterprise.input.js';
import { createEnterprise, listEnterprises, loadEnterprise, updateEnterprise } from './enterprise.service.js';
import { Enterprise, EnterprisePage } from './enterprise.type.js';

@Resolver(() => Enterprise)
export class EnterpriseResolver {
  @Query(() => Enterprise, {
    nullable: true,
    description: 'One enterprise by unified social credit code (case-insensitive). Public.',
  })
  @Allow(allow.public())
  enterprise(@Arg('uscc') uscc: string, @Ctx() ctx: RequestContext) {
    return loadEnterprise(ctx, uscc);
  }

  @Query(() => EnterprisePage, { description: 'Enterprises by name; search matches code or name. Public.' })
  @Allow(allow.public())
  enterprises(@Args() args: EnterprisesArgs, @Ctx() ctx: RequestContext) {
    return listEnterprises(ctx, args);
  }

  @Mutation(() => Enterprise, {
    description: 'Register an enterprise. ADMIN only. A code failing its check is BAD_USER_INPUT on "uscc".',
  })
  @Allow(allow.write('DIRECTORY'))
  createEnterprise(@Arg('input') input: CreateEnterpriseInput, @Ctx() ctx: RequestContext) {
    return createEnterprise(ctx, input);
  }

  @Mutation(() => Enterprise, { description: 'Change an enterprise. ADMIN only. A stale `version` is CONFLICT.' })
  @Allow(allow.write('DIRECTORY'))
  updateEnterprise(@Arg('uscc') uscc: string, @Arg('input') input: UpdateEnterpriseInput, @Ctx() ctx: RequestContext) {
    return updateEnterprise(ctx, uscc, input);
  }
}
