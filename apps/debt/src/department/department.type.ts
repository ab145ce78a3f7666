import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Region } from '../region/region.type.js';

// Department as debt sees it: the key, and its region (directory's, @external) so that a department can carry
// its region's debt risk — the score of a town government counts its town's debt (supervision).
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Region)
  region?: Region;
}
