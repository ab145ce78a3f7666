import { PageArgs, type RequestContext, Allow, allow } from '@integrity/subgraph-kit';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { BreachEntity } from '../contract/contract.entity.js';
import { BreachRecord } from '../contract/contract.type.js';
import { Department } from '../department/department.type.js';
import { listBreaches } from './breach.service.js';
import { BreachRecordPage } from './breach.type.js';
import { loadProject, projectView } from '../project/project.service.js';
import { ProcurementProject } from '../project/project.type.js';
import { loadPpp, pppView } from '../ppp/ppp.service.js';
import { PppProject } from '../ppp/ppp.type.js';

@ArgsType()
class BreachArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only breaches naming this department as responsible.' })
  departmentId?: string;
}

@Resolver(() => BreachRecord)
export class BreachResolver {
  @Query(() => BreachRecordPage, {
    description:
      'Breach records (违约失信), newest first, optionally of one responsible department. PROCUREMENT readers.',
  })
  @Allow(allow.read('PROCUREMENT'))
  procurementBreaches(@Args() args: BreachArgs, @Ctx() ctx: RequestContext) {
    return listBreaches(ctx, args);
  }

  @FieldResolver(() => Department, { description: 'The department responsible for the breach (named by directory).' })
  department(@Root() b: BreachEntity): Department {
    return { id: b.departmentId };
  }

  @FieldResolver(() => ProcurementProject, {
    nullable: true,
    description:
      'The procurement project it was recorded on; null for none or a PPP project. The projects of a page in one statement.',
  })
  async project(@Root() b: BreachEntity, @Ctx() ctx: RequestContext) {
    const p = b.projectId ? await loadProject(ctx, b.projectId) : null;
    return p && projectView(p);
  }

  @FieldResolver(() => PppProject, {
    nullable: true,
    description: 'The PPP project it was recorded on (三.3, 三.4); null otherwise. In one statement per page.',
  })
  async pppProject(@Root() b: BreachEntity, @Ctx() ctx: RequestContext) {
    const p = b.projectId ? await loadPpp(ctx, b.projectId) : null;
    return p && pppView(p);
  }
}
