import { Directive, Field, ObjectType } from 'type-graphql';

// Region as debt sees it: the key (described by its owner, directory), plus the risk fields added by
// RegionDebtResolver.
@Directive('@key(fields: "code")')
@ObjectType()
export class Region {
  @Field()
  code: string;
}
