import { Page, PageArgs } from '@integrity/subgraph-kit';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Department } from '../department/department.type.js';

@ObjectType({
  description: 'A task of the county plan (任务台账): what the plan asks, in its words, and who answers for it.',
})
export class PlanTask {
  @Field(() => ID, { description: 'Section, duty and place, e.g. "二.3.1" (the first task of 二（三）).' })
  id: string;

  @Field({ description: 'The plan it comes from, e.g. 饶府〔2018〕35号.' })
  planCode: string;

  @Field({ description: 'Section and duty as the plan numbers them, e.g. "二.3".' })
  section: string;

  @Field(() => Int, { description: 'Place of the task within its duty, from 1.' })
  seq: number;

  @Field({ description: 'The duty’s heading, e.g. 健全政务失信记录.' })
  dutyTitle: string;

  @Field({ description: 'What the plan asks, word for word.' })
  text: string;

  @Field({ description: 'The plan’s own parenthesis naming the units responsible.' })
  responsible: string;

  @Field(() => [Department], { description: 'Departments that lead (named before the first comma).' })
  leadDepartments: Department[];

  @Field(() => [Department], {
    description: 'Departments that co-operate (named after it; 各镇人民政府 = every town government).',
  })
  cooperatingDepartments: Department[];

  @Field(() => [String], {
    description:
      'Units the plan names that the directory has no department for; an administrator should add or map them.',
  })
  unresolvedNames: string[];

  @Field(() => [String], {
    description:
      'Lead units as the plan words them where no department stands for them: a unit the directory lacks, or a collective naming none (县有关部门). Shown beside leadDepartments.',
  })
  otherLeadUnits: string[];

  @Field(() => [String], {
    description:
      'Co-operating units as the plan words them where no department stands for them (其他有关部门, 县网信办…).',
  })
  otherCooperatingUnits: string[];
}

@ObjectType({ description: 'A page of plan tasks, in the plan’s order.' })
export class PlanTaskPage extends Page(PlanTask) {}

@ArgsType()
export class PlanTasksArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the tasks this department leads or co-operates in.' })
  departmentId?: string;
}
