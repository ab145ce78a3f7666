import { Field, ObjectType } from 'type-graphql';
import { User } from '../user/user.type.js';

@ObjectType({ description: 'A successful login: send `token` as `Authorization: Bearer <token>` on every request.' })
export class AuthPayload {
  @Field({ description: 'Signed JWT; every subgraph verifies it.' })
  token: string;

  @Field({ description: 'When the token stops being accepted (ISO-8601, UTC).' })
  expiresAt: string;

  @Field(() => User, { description: 'The account that logged in.' })
  user: User;
}
