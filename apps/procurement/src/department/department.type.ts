import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Department as procurement sees it: the key (described by its owner, directory), plus the payment and
// breach figures added by DepartmentProcurementResolver.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;
}

// An enterprise procurement only points at (directory names it, credit says whether it is restricted).
@Directive('@key(fields: "uscc", resolvable: false)')
@ObjectType()
export class Enterprise {
  @Field()
  uscc: string;
}
