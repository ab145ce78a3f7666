import 'reflect-metadata';
import { defineSubgraph } from '@integrity/subgraph-kit';
import { departmentReference } from './department/department.reference.js';
import { PlanTaskEntity, PlanTaskReportEntity, PlanTaskUnitEntity } from './ledger/plan-task.entity.js';
import { PlanTaskResolver } from './ledger/plan-task.resolver.js';
import { SupervisionInitial1732406400600 } from './migrations/1732406400600-supervision-initial.js';
import { PlanTaskReport1732406400610 } from './migrations/1732406400610-plan-task-report.js';
import { RuleVersionEntity } from './score/rule-version.entity.js';
import { DepartmentScoreResolver, ScoringRulesResolver } from './score/score.resolver.js';
import { seedSupervision } from './seed/demo.seed.js';

/** supervision: live integrity scores under versioned rules, and the county plan's task ledger. */
export const subgraph = defineSubgraph({
  name: 'supervision',
  port: 4006,
  resolvers: [DepartmentScoreResolver, ScoringRulesResolver, PlanTaskResolver],
  references: { ...departmentReference },
  entities: [RuleVersionEntity, PlanTaskEntity, PlanTaskUnitEntity, PlanTaskReportEntity],
  migrations: [SupervisionInitial1732406400600, PlanTaskReport1732406400610],
  seed: seedSupervision,
});
