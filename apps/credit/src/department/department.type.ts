import { DOMAINS, type Domain } from '@integrity/subgraph-kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** directory's Domain, declared alike (the shared rules' list). */
const DomainEnum = Object.fromEntries(DOMAINS.map((d) => [d, d])) as { [K in Domain]: K };
registerEnumType(DomainEnum, { name: 'Domain' });

// Department as credit sees it: the key (described by its owner, directory), plus the figures added by
// DepartmentCreditResolver; `countyWideDomains` is directory's, handed over for the figures that require it.
@Directive('@key(fields: "id")')
@ObjectType()
export class Department {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => [DomainEnum])
  countyWideDomains?: Domain[];
}
