import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { loadDepartment } from '../department/department.service.js';
import { Department } from '../department/department.type.js';
import { STAFF_NAMES_MAX, staffNames } from './user.service.js';
import { StaffName } from './staff-name.type.js';

@Resolver(() => StaffName)
export class StaffNameResolver {
  @Query(() => [StaffName], {
    description: `The names of these accounts (at most ${STAFF_NAMES_MAX}), for reading an audit trail: the other subgraphs record usernames. Unknown usernames (system, migration) are left out; accounts no longer active are kept, so old records still name their officer. Any signed-in user.`,
  })
  @Allow(allow.signedIn())
  staffNames(@Arg('usernames', () => [String]) usernames: string[], @Ctx() ctx: RequestContext) {
    return staffNames(ctx, usernames);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department the account belongs to.' })
  department(@Root() staff: StaffName, @Ctx() ctx: RequestContext) {
    return staff.departmentId ? loadDepartment(ctx, staff.departmentId) : null;
  }
}
