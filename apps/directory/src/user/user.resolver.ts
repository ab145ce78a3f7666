import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadDepartment } from '../department/department.service.js';
import { Department } from '../department/department.type.js';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.input.js';
import { createUser, getUser, listUsers, updateUser } from './user.service.js';
import { User, UserPage } from './user.type.js';

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserPage, { description: 'User accounts by username. ADMIN only.' })
  @Allow(allow.roles('ADMIN'))
  users(@Args() args: UsersArgs, @Ctx() ctx: RequestContext) {
    return listUsers(ctx, args);
  }

  @Query(() => User, { nullable: true, description: 'One user account. ADMIN only.' })
  @Allow(allow.roles('ADMIN'))
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return getUser(ctx, id);
  }

  @Mutation(() => User, {
    description: 'Create an account. ADMIN only. Officers need a department and at least one domain.',
  })
  @Allow(allow.write('DIRECTORY'))
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return createUser(ctx, input);
  }

  @Mutation(() => User, {
    description:
      'Change an account (roles, domains, department, active, password). ADMIN only. A stale `version` is CONFLICT.',
  })
  @Allow(allow.write('DIRECTORY'))
  updateUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return updateUser(ctx, id, input);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department the account belongs to.' })
  department(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.departmentId ? loadDepartment(ctx, user.departmentId) : null;
  }
}
