import { Allow, allow } from '@integrity/subgraph-kit';
import type { RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { User } from '../user/user.type.js';
import { login, me } from './auth.service.js';
import { AuthPayload } from './auth.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Log in with username and password. A wrong pair is UNAUTHENTICATED.' })
  @Allow(allow.public())
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext) {
    return login(ctx, username, password);
  }

  @Query(() => User, { nullable: true, description: 'The logged-in user; null without a token. An expired token is UNAUTHENTICATED.' })
  me(@Ctx() ctx: RequestContext) {
    return me(ctx);
  }
}
