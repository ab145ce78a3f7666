import { Allow, allow, type RequestContext } from '@integrity/subgraph-kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRegion } from '../region/region.service.js';
import { Region } from '../region/region.type.js';
import { CreateDepartmentInput, DepartmentsArgs, UpdateDepartmentInput } from './department.input.js';
import { createDepartment, listDepartments, loadDepartment, updateDepartment } from './department.service.js';
import { Department, DepartmentPage } from './department.type.js';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'One department by id. Public.' })
  @Allow(allow.public())
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loadDepartment(ctx, id);
  }

  @Query(() => DepartmentPage, {
    description: 'Departments, county departments first, then by code; filter by kind, region or text. Public.',
  })
  @Allow(allow.public())
  departments(@Args() args: DepartmentsArgs, @Ctx() ctx: RequestContext) {
    return listDepartments(ctx, args);
  }

  @Mutation(() => Department, {
    description: 'Create a department. ADMIN only. A bad region or a used code is BAD_USER_INPUT.',
  })
  @Allow(allow.write('DIRECTORY'))
  createDepartment(@Arg('input') input: CreateDepartmentInput, @Ctx() ctx: RequestContext) {
    return createDepartment(ctx, input);
  }

  @Mutation(() => Department, { description: 'Change a department. ADMIN only. A stale `version` is CONFLICT.' })
  @Allow(allow.write('DIRECTORY'))
  updateDepartment(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return updateDepartment(ctx, id, input);
  }

  // a department from before codes were kept has none yet: empty, never null, as the contract says
  @FieldResolver(() => String)
  uscc(@Root() department: Department): string {
    return department.uscc ?? '';
  }

  @FieldResolver(() => Region, { description: 'The region the department belongs to (a town government → its town).' })
  region(@Root() department: Department, @Ctx() ctx: RequestContext) {
    return loadRegion(ctx, department.regionCode);
  }
}
