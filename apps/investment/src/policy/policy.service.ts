import { randomUUID } from 'node:crypto';
import {
  byKey,
  forbidden,
  recordAudit,
  requireCaller,
  requireOwner,
  updateVersioned,
  whereContains,
  type RequestContext,
  paginate,
  mustFind,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { PolicyEntity } from './policy.entity.js';
import type { CreateIncentivePolicyInput, IncentivePoliciesArgs, UpdateIncentivePolicyInput } from './policy.input.js';
import { assertPolicyTransition, statusAfterEdit } from './policy-workflow.js';

/** Policies by id, batched per request. */
export const loadPolicy = (ctx: RequestContext, id: string) =>
  ctx.loaders
    .get<string, PolicyEntity | null>('policy.byId', async (ids) =>
      byKey(ids, await ctx.dataSource.getRepository(PolicyEntity).findBy({ id: In([...ids]) }), (p) => p.id),
    )
    .load(id);

async function mustLoad(ctx: RequestContext, id: string): Promise<PolicyEntity> {
  return mustFind(loadPolicy(ctx, id), 'incentive policy', id);
}

export async function getPolicy(ctx: RequestContext, id: string) {
  return loadPolicy(ctx, id);
}

export async function listPolicies(ctx: RequestContext, args: IncentivePoliciesArgs) {
  const qb = ctx.dataSource.getRepository(PolicyEntity).createQueryBuilder('p');
  if (args.status) qb.andWhere('p.status = :status', { status: args.status });
  whereContains(qb, ['p.title', 'p.legal_basis'], args.search);
  return paginate(qb.orderBy('p.created_at', 'DESC').addOrderBy('p.id'), args);
}

export async function createPolicy(ctx: RequestContext, input: CreateIncentivePolicyInput) {
  const caller = requireOwner(ctx, 'INVESTMENT', { departmentId: requireCaller(ctx).departmentId });
  const policy: PolicyEntity = {
    id: randomUUID(),
    title: input.title.trim(),
    legalBasis: input.legalBasis.trim(),
    text: input.text,
    status: 'DRAFT',
    departmentId: caller.departmentId!,
    draftedBy: caller.id,
    editedBy: null,
    reviewerId: null,
    reviewerName: null,
    reviewNote: null,
    reviewedAt: null,
    createdAt: new Date().toISOString(),
    version: 1,
  };
  return ctx.dataSource.transaction(async (m) => {
    await m.insert(PolicyEntity, policy);
    await recordAudit(m, ctx, {
      action: 'policy.create',
      entityType: 'IncentivePolicy',
      entityId: policy.id,
      after: policy,
    });
    return policy;
  });
}

export async function updatePolicy(ctx: RequestContext, id: string, input: UpdateIncentivePolicyInput) {
  const before = await mustLoad(ctx, id);
  const caller = requireOwner(ctx, 'INVESTMENT', { departmentId: before.departmentId });
  // null is "not given", as an omitted field is: the columns hold no NULL
  const text = input.text ?? undefined;
  const legalBasis = input.legalBasis?.trim();
  const textChanged =
    (text !== undefined && text !== before.text) || (legalBasis !== undefined && legalBasis !== before.legalBasis);
  const status = statusAfterEdit(before.status, textChanged);
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PolicyEntity, 'incentive policy', { id }, input.version, {
      title: input.title?.trim(),
      legalBasis,
      text,
      status,
      ...(textChanged ? { editedBy: caller.id } : {}),
    });
    await recordAudit(m, ctx, {
      action: status === before.status ? 'policy.update' : 'policy.update-resubmitted',
      entityType: 'IncentivePolicy',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

export async function submitPolicy(ctx: RequestContext, id: string) {
  const before = await mustLoad(ctx, id);
  requireOwner(ctx, 'INVESTMENT', { departmentId: before.departmentId });
  assertPolicyTransition(before.status, 'UNDER_REVIEW');
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PolicyEntity, 'incentive policy', { id }, before.version, {
      status: 'UNDER_REVIEW',
    });
    await recordAudit(m, ctx, { action: 'policy.submit', entityType: 'IncentivePolicy', entityId: id, before, after });
    return after;
  });
}

/**
 * Review: an INVESTMENT officer acting county-wide (县工信局) decides, never one who wrote the text under review
 * (its drafter, or whoever last changed its text or legal basis), and always with a note.
 */
export async function reviewPolicy(ctx: RequestContext, id: string, approved: boolean, note: string) {
  const before = await mustLoad(ctx, id);
  const caller = requireCaller(ctx);
  if (caller.id === before.draftedBy || caller.id === before.editedBy)
    throw forbidden('whoever wrote a policy’s text may not review it', 'NOT_YOUR_OWN');
  const to = approved ? 'APPROVED' : 'REJECTED';
  assertPolicyTransition(before.status, to);
  return ctx.dataSource.transaction(async (m) => {
    const after = await updateVersioned(m, PolicyEntity, 'incentive policy', { id }, before.version, {
      status: to,
      reviewerId: caller.id,
      reviewerName: caller.username,
      reviewNote: note.trim(),
      reviewedAt: new Date().toISOString(),
    });
    await recordAudit(m, ctx, {
      action: approved ? 'policy.approve' : 'policy.reject',
      entityType: 'IncentivePolicy',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
