import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { User } from '../user/user.type.js';
import { login, logout, me } from './auth.service.js';
import { AuthPayload } from './auth.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, {
    description:
      'Log in with username and password, starting a session. A wrong pair is UNAUTHENTICATED; after too many failures for the username or the client address, RATE_LIMITED with `extensions.retryAfter` (seconds), even for the right password.',
  })
  @Allow(allow.public())
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext) {
    return login(ctx, username, password);
  }

  @Mutation(() => Boolean, {
    description:
      'End the current session: its token stops being accepted by every service within a few seconds (SESSION_CHECK_SECONDS). UNAUTHENTICATED without a live session.',
  })
  @Allow(allow.signedIn())
  logout(@Ctx() ctx: RequestContext) {
    return logout(ctx);
  }

  @Query(() => User, {
    nullable: true,
    description: 'The logged-in user; null without a token. An expired token is UNAUTHENTICATED.',
  })
  @Allow(allow.public())
  me(@Ctx() ctx: RequestContext) {
    return me(ctx);
  }
}
