import { Directive, Field, ObjectType } from 'type-graphql';

// Enterprise as credit sees it: the key (described by its owner, directory), plus `restricted`.
@Directive('@key(fields: "uscc")')
@ObjectType()
export class Enterprise {
  @Field()
  uscc: string;
}
