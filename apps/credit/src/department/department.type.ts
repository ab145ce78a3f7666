import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Department as credit sees it: the key (described by its owner, directory), plus the figures added by
// DepartmentCreditResolver.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;
}
