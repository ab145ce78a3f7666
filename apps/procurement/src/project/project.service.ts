import { randomUUID } from 'node:crypto';
import { requireNothingUnpaid } from './close-guard.js';
import {
  orderList,
  badInput,
  byKey,
  directoryName,
  formatMoney,
  groupByKey,
  parseMoney,
  recordAudit,
  requireOwner,
  updateVersioned,
  whereContains,
  type RequestContext,
  paginate,
  mustFind,
} from '@integrity/subgraph-kit';
import { lowerCode, methodFitsCategory, needsNonOpenApproval, OPEN_TENDER_THRESHOLD } from '@integrity/rules';
import { PROCUREMENT_PROJECT_SORT } from './project-sort.js';
import { In, type EntityManager } from 'typeorm';
import { assertPlainTransition, assertTransition, METHODS, TRANSITIONS, type ProcurementStatus } from './lifecycle.js';
import { ProjectEntity, StatusChangeEntity } from './project.entity.js';
import type { CreateProcurementProjectInput, ProcurementProjectsArgs } from './project.input.js';

export const ocidPrefix = (): string => process.env.OCDS_OCID_PREFIX ?? 'ocds-igraph01';
export const ocidOf = (id: string) => `${ocidPrefix()}-${id}`;

export const projectView = (p: ProjectEntity) => ({
  ...p,
  ocid: ocidOf(p.id),
  budget: formatMoney(p.budget),
  nonOpenApproval: p.nonOpenApproval ?? null,
  methodName: METHODS[p.method],
  purchaser: { id: p.purchaserId },
  allowedTransitions: TRANSITIONS[p.status],
});

const projectLoader = (ctx: RequestContext) =>
  ctx.loaders.get<string, ProjectEntity | null>('project.byId', async (ids) =>
    byKey(ids, await ctx.dataSource.manager.findBy(ProjectEntity, { id: In([...ids]) }), (p) => p.id),
  );

export const loadProject = (ctx: RequestContext, id: string) => projectLoader(ctx).load(id);
export const forgetProject = (ctx: RequestContext, id: string) => void projectLoader(ctx).clear(id);

export async function mustLoadProject(ctx: RequestContext, id: string) {
  return mustFind(loadProject(ctx, id), 'procurement project', id);
}

export const timelineOf = (ctx: RequestContext, projectId: string) =>
  ctx.loaders
    .get<string, StatusChangeEntity[]>('project.timeline', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(StatusChangeEntity, {
          where: { projectId: In([...ids]) },
          order: { at: 'ASC' },
        }),
        (s) => s.projectId,
      ),
    )
    .load(projectId);

export async function getProject(ctx: RequestContext, id: string) {
  const p = await loadProject(ctx, id);
  return p && projectView(p);
}

export async function listProjects(ctx: RequestContext, args: ProcurementProjectsArgs) {
  const qb = ctx.dataSource.manager.createQueryBuilder(ProjectEntity, 'p');
  if (args.status) qb.andWhere('p.status = :s', { s: args.status });
  if (args.purchaserId) qb.andWhere('p.purchaser_id = :d', { d: args.purchaserId });
  if (args.category) qb.andWhere('p.category = :c', { c: args.category });
  if (args.method) qb.andWhere('p.method = :m', { m: args.method });
  whereContains(qb, ['p.title'], args.search);
  return paginate(orderList(qb, args, PROCUREMENT_PROJECT_SORT, [['p.created_at', 'DESC']]), args, projectView);
}

export async function createProject(ctx: RequestContext, input: CreateProcurementProjectInput) {
  requireOwner(ctx, 'PROCUREMENT', { departmentId: input.purchaserId });
  if (!methodFitsCategory(input.method, input.category))
    throw badInput('method', 'INQUIRY_GOODS_ONLY', 'request for quotation (INQUIRY) is for goods only');
  const budget = parseMoney(input.budget, 'budget');
  const nonOpenApproval = input.nonOpenApproval?.trim() || null;
  if (!nonOpenApproval && needsNonOpenApproval(input.category, input.method, budget))
    throw badInput(
      'nonOpenApproval',
      'NON_OPEN_APPROVAL_REQUIRED',
      'goods or services at or above the open-tender threshold need the approval of another method',
      { threshold: formatMoney(OPEN_TENDER_THRESHOLD.fen) },
    );
  const purchaserName = await directoryName(ctx, 'department', input.purchaserId, 'purchaserId');
  const now = new Date().toISOString();
  const project: ProjectEntity = {
    id: randomUUID(),
    title: input.title.trim(),
    purchaserId: input.purchaserId,
    purchaserName,
    category: input.category,
    method: input.method,
    budget,
    nonOpenApproval,
    status: 'PLANNING',
    awardedBidId: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(ProjectEntity, project);
    await m.insert(StatusChangeEntity, {
      id: randomUUID(),
      projectId: project.id,
      fromStatus: null,
      toStatus: 'PLANNING',
      at: now,
      byUser: ctx.caller!.username,
    });
    await recordAudit(m, ctx, {
      action: 'project.create',
      entityType: 'ProcurementProject',
      entityId: project.id,
      after: project,
    });
    return projectView(project);
  });
}

/** Move a project inside a transaction: version-checked, timeline row and audit entry written with it. */
export async function moveProject(
  m: EntityManager,
  ctx: RequestContext,
  before: ProjectEntity,
  to: ProcurementStatus,
  changes: Partial<ProjectEntity> = {},
) {
  assertTransition(before.status, to);
  const at = new Date().toISOString();
  const after = await updateVersioned(m, ProjectEntity, 'procurement project', { id: before.id }, before.version, {
    ...changes,
    status: to,
    updatedAt: at,
  });
  await m.insert(StatusChangeEntity, {
    id: randomUUID(),
    projectId: before.id,
    fromStatus: before.status,
    toStatus: to,
    at,
    byUser: ctx.caller!.username,
  });
  await recordAudit(m, ctx, {
    action: `project.${lowerCode(to)}`,
    entityType: 'ProcurementProject',
    entityId: before.id,
    before,
    after,
  });
  return after;
}

export async function transitionProject(ctx: RequestContext, id: string, to: ProcurementStatus) {
  const before = await mustLoadProject(ctx, id);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.purchaserId });
  assertPlainTransition(before.status, to);
  const after = await ctx.dataSource.transaction(async (m) => {
    if (to === 'CLOSED') await requireNothingUnpaid(m, id, before.status);
    return moveProject(m, ctx, before, to);
  });
  forgetProject(ctx, id);
  return projectView(after);
}
