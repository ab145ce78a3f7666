import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Department as casework sees it: directory's entity by its key, extended with casework's own figures.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;
}
