import 'reflect-metadata';
import { defineSubgraph } from '@integrity/subgraph-kit';
import { DepartmentDebtResolver } from './department/department-debt.resolver.js';
import { departmentReference } from './department/department.reference.js';
import { InstrumentEntity, RepaymentEntity, ScheduledPaymentEntity } from './instrument/instrument.entity.js';
import { InstrumentResolver } from './instrument/instrument.resolver.js';
import { DebtLimitEntity, FiscalResourcesEntity } from './limit/limit.entity.js';
import { LimitResolver } from './limit/limit.resolver.js';
import { DebtInitial1732406400500 } from './migrations/1732406400500-debt-initial.js';
import { DebtLaw1732406400510 } from './migrations/1732406400510-debt-law.js';
import { InstrumentSortIndexes1732406400520 } from './migrations/1732406400520-instrument-sort-indexes.js';
import { IncidentEntity } from './incident/incident.entity.js';
import { IncidentResolver } from './incident/incident.resolver.js';
import { ReductionEntity, StockPlanEntity } from './stock/stock.entity.js';
import { StockResolver } from './stock/stock.resolver.js';
import { AccountabilityFindingEntity, EmergencyPlanEntity } from './oversight/oversight.entity.js';
import { OversightResolver } from './oversight/oversight.resolver.js';
import { regionReference } from './region/region.reference.js';
import { RegionDebtResolver } from './region/region.resolver.js';
import { DebtRiskResolver } from './risk/debt-risk.resolver.js';
import { seedDebt } from './seed/demo.seed.js';

/**
 * debt: on-lent bonds and earlier stock with schedules and repayments, limits, fiscal resources, risk indicators,
 * hidden-debt and arrears resolution, default incidents and oversight.
 */
export const subgraph = defineSubgraph({
  name: 'debt',
  port: 4005,
  resolvers: [
    InstrumentResolver,
    LimitResolver,
    OversightResolver,
    StockResolver,
    IncidentResolver,
    RegionDebtResolver,
    DebtRiskResolver,
    DepartmentDebtResolver,
  ],
  references: { ...regionReference, ...departmentReference },
  entities: [
    InstrumentEntity,
    ScheduledPaymentEntity,
    RepaymentEntity,
    DebtLimitEntity,
    FiscalResourcesEntity,
    EmergencyPlanEntity,
    AccountabilityFindingEntity,
    StockPlanEntity,
    ReductionEntity,
    IncidentEntity,
  ],
  migrations: [DebtInitial1732406400500, DebtLaw1732406400510, InstrumentSortIndexes1732406400520],
  seed: seedDebt,
});
