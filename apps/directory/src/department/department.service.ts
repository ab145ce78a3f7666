import {
  badInput,
  governmentUsccProblem,
  normaliseIdentifier,
  byKey,
  notFound,
  recordAudit,
  updateVersioned,
  whereContains,
  type PageResult,
  type RequestContext,
  paginateSmall,
  mustFind,
  rowLock,
  transaction,
} from '@integrity/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { revokeDepartmentSessions } from '../session/session.service.js';
import { RegionEntity } from '../region/region.entity.js';
import { DepartmentEntity } from './department.entity.js';
import type { CreateDepartmentInput, DepartmentsArgs, UpdateDepartmentInput } from './department.input.js';

const repo = (ctx: RequestContext) => ctx.dataSource.getRepository(DepartmentEntity);

/** Departments by id through this request's loader: 50 references cost one query. */
export const loadDepartment = (ctx: RequestContext, id: string): Promise<DepartmentEntity | null> =>
  ctx.loaders
    .get<string, DepartmentEntity | null>('department.byId', async (ids) =>
      byKey(ids, await repo(ctx).findBy({ id: In([...ids]) }), (d) => d.id),
    )
    .load(id);

export async function getDepartment(ctx: RequestContext, id: string): Promise<DepartmentEntity> {
  return mustFind(loadDepartment(ctx, id), 'Department', id);
}

export async function listDepartments(
  ctx: RequestContext,
  args: DepartmentsArgs,
): Promise<PageResult<DepartmentEntity>> {
  const qb = repo(ctx).createQueryBuilder('d');
  if (args.kind) qb.andWhere('d.kind = :kind', { kind: args.kind });
  if (args.regionCode) qb.andWhere('d.region_code = :region', { region: args.regionCode });
  whereContains(qb, ['d.code', 'd.name', 'd.short_name'], args.search);
  // every dashboard reads all departments: one statement, the total counted in it
  return paginateSmall(qb.orderBy('d.kind', 'ASC').addOrderBy('d.code', 'ASC'), args);
}

async function assertRegion(manager: EntityManager, code: string): Promise<void> {
  if (!(await manager.existsBy(RegionEntity, { code })))
    throw badInput('regionCode', 'NOT_REGISTERED', `region ${code} does not exist`);
}

/** A government body's code, checked by GB 32100 and the 11 prefix, and not another department's. */
async function checkUscc(manager: EntityManager, value: string, field: string, self?: string): Promise<string> {
  const problem = governmentUsccProblem(value);
  if (problem)
    throw badInput(field, problem.reason, `not a government body's unified social credit code`, problem.params);
  const uscc = normaliseIdentifier(value);
  const holder = await manager.findOneBy(DepartmentEntity, { uscc });
  if (holder && holder.id !== self) throw badInput(field, 'ALREADY_REGISTERED', `${uscc} is ${holder.name}'s code`);
  return uscc;
}

export async function createDepartment(ctx: RequestContext, input: CreateDepartmentInput): Promise<DepartmentEntity> {
  return ctx.dataSource.transaction(async (manager) => {
    await assertRegion(manager, input.regionCode);
    if (await manager.existsBy(DepartmentEntity, { code: input.code }))
      throw badInput('code', 'ALREADY_REGISTERED', `department code ${input.code} is already used`);
    const uscc = await checkUscc(manager, input.uscc, 'uscc');
    const department = manager.create(DepartmentEntity, {
      id: randomUUID(),
      code: input.code,
      name: input.name.trim(),
      shortName: (input.shortName ?? input.name).trim(),
      kind: input.kind,
      uscc,
      regionCode: input.regionCode,
      countyWideDomains: input.countyWideDomains ?? [],
      version: 1,
    });
    await manager.insert(DepartmentEntity, department);
    await recordAudit(manager, ctx, {
      action: 'department.create',
      entityType: 'Department',
      entityId: department.id,
      after: department,
    });
    return department;
  });
}

export async function updateDepartment(
  ctx: RequestContext,
  id: string,
  input: UpdateDepartmentInput,
): Promise<DepartmentEntity> {
  return transaction(ctx, async (manager) => {
    // locked first (FOR UPDATE on MySQL), as a login takes it: a login opening a session of this department is
    // waited for, and its session is then ended below with the others; the transaction's snapshot begins after it
    const before = await manager.findOne(DepartmentEntity, { where: { id }, ...rowLock(manager) });
    if (!before) throw notFound('Department', id);
    if (input.regionCode) await assertRegion(manager, input.regionCode);
    const { version, ...changes } = input;
    if (input.uscc !== undefined && input.uscc !== null)
      changes.uscc = await checkUscc(manager, input.uscc, 'uscc', id);
    const after = await updateVersioned(manager, DepartmentEntity, 'Department', { id }, version, changes);
    // its users' tokens carry its region and county-wide domains: a change there ends their sessions
    const domains = (d: DepartmentEntity) => [...d.countyWideDomains].sort().join(',');
    if (before.regionCode !== after.regionCode || domains(before) !== domains(after))
      await revokeDepartmentSessions(manager, id);
    await recordAudit(manager, ctx, {
      action: 'department.update',
      entityType: 'Department',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
