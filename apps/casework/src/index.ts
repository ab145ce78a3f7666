import 'reflect-metadata';
import { defineSubgraph } from '@integrity/subgraph-kit';
import { CaseEntity, CoHandlerEntity } from './case/case.entity.js';
import { CaseResolver } from './case/case.resolver.js';
import { DeadlineRuleEntity } from './deadline/deadline-rule.entity.js';
import { DeadlineRuleResolver } from './deadline/deadline-rule.resolver.js';
import { departmentReference } from './department/department.reference.js';
import { CaseworkInitial1732406400700 } from './migrations/1732406400700-casework-initial.js';

/** casework: complaints, petitions, hotline items, NPC/CPPCC items, judicial and procuratorial recommendations. */
export const subgraph = defineSubgraph({
  name: 'casework',
  port: 4007,
  resolvers: [CaseResolver, DeadlineRuleResolver],
  references: { ...departmentReference },
  entities: [DeadlineRuleEntity, CaseEntity, CoHandlerEntity],
  migrations: [CaseworkInitial1732406400700],
});
