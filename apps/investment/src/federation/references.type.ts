import { Directive, Field, ObjectType } from 'type-graphql';

// Entities owned by directory that investment only points at. No descriptions here on purpose: the
// owner's descriptions are the supergraph's, and a second wording would be a composition hint.
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType()
export class Region {
  @Field()
  code: string;
}

@Directive('@key(fields: "uscc", resolvable: false)')
@ObjectType()
export class Enterprise {
  @Field()
  uscc: string;
}
