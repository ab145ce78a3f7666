import { randomUUID } from 'node:crypto';
import {
  AppError,
  checkCreditAt,
  creditRestricted,
  directoryName,
  formatMoney,
  groupByKey,
  parseMoney,
  recordAudit,
  requireCreditAt,
  requireOwner,
  rowLock,
  transaction,
  validateUscc,
  type RequestContext,
} from '@integrity/subgraph-kit';
import { In } from 'typeorm';
import { ProjectEntity } from '../project/project.entity.js';
import { forgetProject, moveProject, mustLoadProject, projectView } from '../project/project.service.js';
import { BidEntity, RefusedBidEntity } from './bid.entity.js';

export const bidView = (b: BidEntity) => ({ ...b, amount: formatMoney(b.amount), supplier: { uscc: b.supplierUscc } });

export const bidsOf = (ctx: RequestContext, projectId: string) =>
  ctx.loaders
    .get<string, BidEntity[]>('bid.byProject', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(BidEntity, {
          where: { projectId: In([...ids]) },
          order: { submittedAt: 'ASC' },
        }),
        (b) => b.projectId,
      ),
    )
    .load(projectId);

export const refusedBidsOf = (ctx: RequestContext, projectId: string) =>
  ctx.loaders
    .get<string, RefusedBidEntity[]>('bid.refusedByProject', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(RefusedBidEntity, {
          where: { projectId: In([...ids]) },
          order: { at: 'ASC' },
        }),
        (b) => b.projectId,
      ),
    )
    .load(projectId);

const notTendering = (projectId: string, status: string) =>
  new AppError(
    'INVALID_TRANSITION',
    'INVALID_STATE',
    `bids are taken only while TENDERING; project ${projectId} is ${status}`,
    { from: status },
  );

export async function submitBid(ctx: RequestContext, projectId: string, supplierUsccText: string, amountText: string) {
  const project = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: project.purchaserId });
  if (project.status !== 'TENDERING') throw notTendering(projectId, project.status);
  const supplierUscc = validateUscc(supplierUsccText, 'supplierUscc');
  const amount = parseMoney(amountText, 'amount');
  const supplierName = await directoryName(ctx, 'enterprise', supplierUscc, 'supplierUscc');
  // credit applies the BID rule and logs the check; unreachable is DEPENDENCY_UNAVAILABLE, never unchecked
  const check = await checkCreditAt(ctx, {
    step: 'BID',
    uscc: supplierUscc,
    reference: projectId,
    departmentId: project.purchaserId,
  });
  if (check.result === 'REFUSED') {
    const reason = `失信名录: ${check.reasons.join('; ')}`;
    // the refusal is evidence: it is committed on its own before the error goes back
    await ctx.dataSource.transaction(async (m) => {
      const refused: RefusedBidEntity = {
        id: randomUUID(),
        projectId,
        supplierUscc,
        amount,
        reason,
        at: new Date().toISOString(),
        byUser: ctx.caller!.username,
      };
      await m.insert(RefusedBidEntity, refused);
      await recordAudit(m, ctx, {
        action: 'bid.refuse',
        entityType: 'RefusedBid',
        entityId: refused.id,
        after: refused,
      });
    });
    throw creditRestricted(check, supplierUscc, 'supplierUscc');
  }
  const bid: BidEntity = {
    id: randomUUID(),
    projectId,
    supplierUscc,
    supplierName,
    amount,
    submittedAt: new Date().toISOString(),
    submittedBy: ctx.caller!.username,
  };
  return transaction(ctx, async (m) => {
    // the project again, locked (FOR UPDATE on MySQL): tendering closed or an award made while the credit check ran
    // is read here, and a move out of TENDERING waits for this bid and then takes it along
    const now = await m.findOne(ProjectEntity, { where: { id: projectId }, ...rowLock(m) });
    if (now?.status !== 'TENDERING') throw notTendering(projectId, now?.status ?? project.status);
    await m.insert(BidEntity, bid);
    await recordAudit(m, ctx, { action: 'bid.submit', entityType: 'Bid', entityId: bid.id, after: bid });
    return bidView(bid);
  });
}

export async function awardProject(ctx: RequestContext, projectId: string, bidId: string) {
  const before = await mustLoadProject(ctx, projectId);
  requireOwner(ctx, 'PROCUREMENT', { departmentId: before.purchaserId });
  const bid = (await bidsOf(ctx, projectId)).find((b) => b.id === bidId);
  if (!bid)
    throw new AppError('BAD_USER_INPUT', 'NOT_A_BID_OF_PROJECT', `bid ${bidId} is not a bid on project ${projectId}`, {
      field: 'bidId',
    });
  // the supplier may have been recorded since it bid
  await requireCreditAt(ctx, {
    step: 'AWARD',
    uscc: bid.supplierUscc,
    reference: projectId,
    departmentId: before.purchaserId,
    field: 'bidId',
  });
  const after = await ctx.dataSource.transaction((m) =>
    moveProject(m, ctx, before, 'AWARDED', { awardedBidId: bidId }),
  );
  forgetProject(ctx, projectId);
  return projectView(after);
}
