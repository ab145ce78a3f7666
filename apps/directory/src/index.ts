import 'reflect-metadata';
import { defineSubgraph } from '@integrity/subgraph-kit';
import { AuthResolver } from './auth/auth.resolver.js';
import { DepartmentEntity } from './department/department.entity.js';
import { departmentReference } from './department/department.reference.js';
import { DepartmentResolver } from './department/department.resolver.js';
import { EnterpriseEntity } from './enterprise/enterprise.entity.js';
import { enterpriseReference } from './enterprise/enterprise.reference.js';
import { EnterpriseResolver } from './enterprise/enterprise.resolver.js';
import { DirectoryInitial1732406400100 } from './migrations/1732406400100-directory-initial.js';
import { RegionEntity } from './region/region.entity.js';
import { regionReference } from './region/region.reference.js';
import { RegionResolver } from './region/region.resolver.js';
import { seedDirectory } from './seed/demo.seed.js';
import { DirectorySessions1764748800000 } from './migrations/1764748800000-directory-sessions.js';
import { DepartmentUscc1764835200000 } from './migrations/1764835200000-department-uscc.js';
import { EnterpriseSize1764921600000 } from './migrations/1764921600000-enterprise-size.js';
import { EnterpriseNameIndex1765008000000 } from './migrations/1765008000000-enterprise-name-index.js';
import { SessionEntity } from './session/session.entity.js';
import { sessionLookup } from './session/session.service.js';
import { UserEntity } from './user/user.entity.js';
import { StaffNameResolver } from './user/staff-name.resolver.js';
import { UserResolver } from './user/user.resolver.js';

/** directory: regions, departments, enterprises, users and login. */
export const subgraph = defineSubgraph({
  name: 'directory',
  port: 4001,
  resolvers: [RegionResolver, DepartmentResolver, EnterpriseResolver, UserResolver, StaffNameResolver, AuthResolver],
  references: { ...regionReference, ...departmentReference, ...enterpriseReference },
  entities: [RegionEntity, DepartmentEntity, EnterpriseEntity, UserEntity, SessionEntity],
  migrations: [
    DirectoryInitial1732406400100,
    DirectorySessions1764748800000,
    DepartmentUscc1764835200000,
    EnterpriseSize1764921600000,
    EnterpriseNameIndex1765008000000,
  ],
  sessions: sessionLookup,
  seed: seedDirectory,
});

export { closeLoginThrottles } from './auth/login-throttle.js';
