import {
  badInput,
  byKey,
  notFound,
  recordAudit,
  updateVersioned,
  whereContains,
  type PageResult,
  type RequestContext,
  validateUscc,
  paginate,
} from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { RegionEntity } from '../region/region.entity.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import type { CreateEnterpriseInput, EnterprisesArgs, UpdateEnterpriseInput } from './enterprise.input.js';

const repo = (ctx: RequestContext) => ctx.dataSource.getRepository(EnterpriseEntity);

export const loadEnterprise = (ctx: RequestContext, uscc: string): Promise<EnterpriseEntity | null> =>
  ctx.loaders
    .get<string, EnterpriseEntity | null>('enterprise.byUscc', async (codes) =>
      byKey(codes, await repo(ctx).findBy({ uscc: In(codes.map((c) => c.toUpperCase())) }), (e) => e.uscc),
    )
    .load(uscc.toUpperCase());

export async function listEnterprises(
  ctx: RequestContext,
  args: EnterprisesArgs,
): Promise<PageResult<EnterpriseEntity>> {
  const qb = repo(ctx).createQueryBuilder('e');
  whereContains(qb, ['e.uscc', 'e.name'], args.search);
  return paginate(qb.orderBy('e.name', 'ASC'), args);
}

async function assertRegion(manager: EntityManager, code: string | undefined): Promise<void> {
  if (code && !(await manager.existsBy(RegionEntity, { code })))
    throw badInput('regionCode', 'NOT_REGISTERED', `region ${code} does not exist`);
}

export async function createEnterprise(ctx: RequestContext, input: CreateEnterpriseInput): Promise<EnterpriseEntity> {
  const uscc = validateUscc(input.uscc);
  return ctx.dataSource.transaction(async (manager) => {
    await assertRegion(manager, input.regionCode);
    if (await manager.existsBy(EnterpriseEntity, { uscc }))
      throw badInput('uscc', 'ALREADY_REGISTERED', `enterprise ${uscc} is already registered`);
    const enterprise = manager.create(EnterpriseEntity, {
      uscc,
      name: input.name.trim(),
      legalRepresentative: input.legalRepresentative?.trim() ?? null,
      regionCode: input.regionCode ?? null,
      size: input.size ?? 'UNKNOWN',
      version: 1,
    });
    await manager.insert(EnterpriseEntity, enterprise);
    await recordAudit(manager, ctx, {
      action: 'enterprise.create',
      entityType: 'Enterprise',
      entityId: uscc,
      after: enterprise,
    });
    return enterprise;
  });
}

export async function updateEnterprise(
  ctx: RequestContext,
  usccInput: string,
  input: UpdateEnterpriseInput,
): Promise<EnterpriseEntity> {
  const uscc = usccInput.trim().toUpperCase();
  return ctx.dataSource.transaction(async (manager) => {
    const before = await manager.findOneBy(EnterpriseEntity, { uscc });
    if (!before) throw notFound('Enterprise', uscc);
    await assertRegion(manager, input.regionCode);
    const { version, ...changes } = input;
    const after = await updateVersioned(manager, EnterpriseEntity, 'Enterprise', { uscc }, version, changes);
    await recordAudit(manager, ctx, {
      action: 'enterprise.update',
      entityType: 'Enterprise',
      entityId: uscc,
      before,
      after,
    });
    return after;
  });
}
