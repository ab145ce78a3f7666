import { isReservedUsername, type Domain, type Role } from '@integrity/auth';
import {
  badInput,
  notFound,
  recordAudit,
  updateVersioned,
  whereContains,
  type PageResult,
  type RequestContext,
  paginate,
} from '@integrity/subgraph-kit';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DepartmentEntity } from '../department/department.entity.js';
import { hashPassword } from './password.js';
import { UserEntity } from './user.entity.js';
import type { CreateUserInput, UpdateUserInput, UsersArgs } from './user.input.js';

/** What the audit trail keeps of a user: never the password hash. */
const auditView = ({ passwordHash: _hidden, ...rest }: UserEntity) => rest;

/** An officer needs a department and at least one domain; other roles write nothing, so carry no domains. */
async function checkAssignment(
  manager: EntityManager,
  roles: Role[],
  domains: Domain[],
  departmentId: string | null,
): Promise<Domain[]> {
  if (departmentId && !(await manager.existsBy(DepartmentEntity, { id: departmentId }))) {
    throw badInput('departmentId', 'NOT_REGISTERED', `department ${departmentId} does not exist`);
  }
  if (!roles.includes('OFFICER')) return [];
  if (!departmentId)
    throw badInput('departmentId', 'OFFICER_NEEDS_DEPARTMENT', 'an officer must belong to a department');
  if (domains.length === 0)
    throw badInput('domains', 'OFFICER_NEEDS_DOMAIN', 'an officer must have at least one domain');
  return domains;
}

export async function listUsers(ctx: RequestContext, args: UsersArgs): Promise<PageResult<UserEntity>> {
  const qb = ctx.dataSource.getRepository(UserEntity).createQueryBuilder('u');
  whereContains(qb, ['u.username', 'u.display_name'], args.search);
  if (args.departmentId) qb.andWhere('u.department_id = :dep', { dep: args.departmentId });
  return paginate(qb.orderBy('u.username', 'ASC'), args);
}

/** How many names one `staffNames` call may ask for: a page of audit rows names far fewer. */
export const STAFF_NAMES_MAX = 200;

/** The accounts of these usernames, active or not, in one statement; unknown ones are left out. */
export async function staffNames(ctx: RequestContext, usernames: string[]): Promise<UserEntity[]> {
  if (usernames.length > STAFF_NAMES_MAX)
    throw badInput('usernames', 'TOO_MANY_ITEMS', `at most ${STAFF_NAMES_MAX} usernames`, { max: STAFF_NAMES_MAX });
  const wanted = [...new Set(usernames)];
  if (!wanted.length) return [];
  return ctx.dataSource.getRepository(UserEntity).find({
    select: { username: true, displayName: true, departmentId: true },
    where: { username: In(wanted) },
    order: { username: 'ASC' },
  });
}

export async function getUser(ctx: RequestContext, id: string): Promise<UserEntity | null> {
  return ctx.dataSource.getRepository(UserEntity).findOneBy({ id });
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<UserEntity> {
  if (isReservedUsername(input.username))
    throw badInput('username', 'USERNAME_RESERVED', `${input.username} names actors that are no account`);
  const passwordHash = await hashPassword(input.password);
  return ctx.dataSource.transaction(async (manager) => {
    if (await manager.existsBy(UserEntity, { username: input.username }))
      throw badInput('username', 'ALREADY_REGISTERED', `username ${input.username} is taken`);
    const departmentId = input.departmentId ?? null;
    const domains = await checkAssignment(manager, input.roles, input.domains ?? [], departmentId);
    const user = manager.create(UserEntity, {
      id: randomUUID(),
      username: input.username,
      displayName: input.displayName.trim(),
      passwordHash,
      roles: input.roles,
      domains,
      departmentId,
      active: true,
      version: 1,
    });
    await manager.insert(UserEntity, user);
    await recordAudit(manager, ctx, {
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: auditView(user),
    });
    return user;
  });
}

export async function updateUser(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserEntity> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.dataSource.transaction(async (manager) => {
    const before = await manager.findOneBy(UserEntity, { id });
    if (!before) throw notFound('User', id);
    const roles = input.roles ?? before.roles;
    const departmentId = input.departmentId ?? before.departmentId;
    const domains = await checkAssignment(manager, roles, input.domains ?? before.domains, departmentId);
    if (id === ctx.caller?.id && (input.active === false || !roles.includes('ADMIN'))) {
      throw badInput(
        input.active === false ? 'active' : 'roles',
        'CANNOT_LOCK_OUT_SELF',
        'you cannot disable your own account or remove your own ADMIN role',
      );
    }
    const after = await updateVersioned(manager, UserEntity, 'User', { id }, input.version, {
      displayName: input.displayName?.trim(),
      roles,
      domains,
      departmentId,
      active: input.active ?? undefined,
      passwordHash,
    });
    await recordAudit(manager, ctx, {
      action: passwordHash ? 'user.update+password' : 'user.update',
      entityType: 'User',
      entityId: id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
