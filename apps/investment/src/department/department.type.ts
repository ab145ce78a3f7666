import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Department as investment sees it: the key (described by its owner, directory), plus the commitment
// figures added by DepartmentInvestmentResolver.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;
}
