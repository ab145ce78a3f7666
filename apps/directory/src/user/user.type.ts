import { DOMAINS, ROLES, type Domain, type Role } from '@integrity/auth';
import { Page } from '@integrity/subgraph-kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What an account may do.',
  valuesConfig: {
    ADMIN: { description: 'Manages departments, enterprises, users and roles.' },
    LEADER: { description: 'County leader: reads everything, never writes.' },
    SUPERVISOR: { description: 'Supervisor (县监察委): reads everything, records accountability findings.' },
    OFFICER: { description: 'Department officer: writes the domains listed on the account, for their department.' },
  },
});

export const DomainEnum = Object.fromEntries(DOMAINS.map((d) => [d, d])) as { [K in Domain]: K };
registerEnumType(DomainEnum, {
  name: 'Domain',
  description: 'A data domain an officer may write.',
  valuesConfig: {
    DIRECTORY: { description: 'Departments, enterprises, users.' },
    CREDIT: { description: 'Civil-servant credit files and dishonesty records.' },
    PROCUREMENT: { description: 'Procurement, bidding, contracts and PPP.' },
    INVESTMENT: { description: 'Investment-promotion agreements and commitments.' },
    DEBT: { description: 'Government debt.' },
    SUPERVISION: {
      description: 'Integrity evaluation, scoring rules, warnings, rectification and the plan’s task ledger.',
    },
  },
});

@ObjectType({ description: 'A user account. The password is never readable.' })
export class User {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Login name.' })
  username: string;

  @Field({ description: 'Name shown in the console.' })
  displayName: string;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => [DomainEnum], { description: 'Domains an officer may write; empty for other roles.' })
  domains: Domain[];

  @Field({ description: 'Whether the account may log in.' })
  active: boolean;

  @Field(() => Int, { description: 'Row version for optimistic locking.' })
  version: number;

  /** Resolved by `department`. */
  departmentId: string | null;
}

@ObjectType({ description: 'A page of users.' })
export class UserPage extends Page(User) {}
