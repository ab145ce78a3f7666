import { demoDepartments, demoEnterprises, demoRegions, demoUserDepartmentId, demoUsers } from '@integrity/demo-data';
import type { SeedOptions } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { DepartmentEntity } from '../department/department.entity.js';
import { EnterpriseEntity } from '../enterprise/enterprise.entity.js';
import { RegionEntity } from '../region/region.entity.js';
import { hashPassword } from '../user/password.js';
import { UserEntity } from '../user/user.entity.js';

/** The demo county: its regions, departments, enterprises and the contract's demo users. Skips what exists. */
export async function seedDirectory(dataSource: DataSource, { demoPassword }: SeedOptions): Promise<void> {
  const users = await Promise.all(
    demoUsers.map(async (u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      passwordHash: await hashPassword(demoPassword),
      roles: u.roles,
      domains: u.domains,
      departmentId: demoUserDepartmentId(u),
      active: true,
      version: 1,
    })),
  );
  await dataSource.transaction(async (m) => {
    if (await m.count(RegionEntity)) return;
    // parents before children, for the foreign key
    for (const level of ['PROVINCE', 'CITY', 'COUNTY', 'TOWN'] as const) {
      await m.insert(
        RegionEntity,
        demoRegions.filter((r) => r.level === level),
      );
    }
    await m.insert(
      DepartmentEntity,
      demoDepartments.map(({ id, code, name, shortName, kind, uscc, regionCode, countyWideDomains }) => ({
        id,
        code,
        name,
        shortName,
        kind,
        uscc,
        regionCode,
        countyWideDomains,
        version: 1,
      })),
    );
    await m.insert(
      EnterpriseEntity,
      demoEnterprises.map((e) => ({ ...e, version: 1 })),
    );
    await m.insert(UserEntity, users);
  });
}
