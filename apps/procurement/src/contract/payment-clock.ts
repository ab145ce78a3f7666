import { milestoneDueDates } from '@integrity/rules';
import { groupByKey, rowLock, type RequestContext } from '@integrity/subgraph-kit';
import { In, type EntityManager } from 'typeorm';
import { withdrawMovedOverdueRecords, type DueDateMove } from '../breach/overdue-withdrawal.js';
import { AcceptanceAttemptEntity } from './acceptance.entity.js';
import { ContractEntity, MilestoneEntity } from './contract.entity.js';
import { RedeliveryEntity } from './redelivery.entity.js';

// The events a contract's payment clock counts from (delivery, acceptances, re-deliveries), and the recount.

/** A contract's acceptances in date order (then as recorded), for many contracts in one statement. */
export const acceptancesOf = (ctx: RequestContext, contractId: string) =>
  ctx.loaders
    .get<string, AcceptanceAttemptEntity[]>('contract.acceptances', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(AcceptanceAttemptEntity, {
          where: { contractId: In([...ids]) },
          order: { acceptedOn: 'ASC', recordedAt: 'ASC' },
        }),
        (a) => a.contractId,
      ),
    )
    .load(contractId);

/** A contract's re-deliveries in date order, for many contracts in one statement. */
export const redeliveriesOf = (ctx: RequestContext, contractId: string) =>
  ctx.loaders
    .get<string, RedeliveryEntity[]>('contract.redeliveries', async (ids) =>
      groupByKey(
        ids,
        await ctx.dataSource.manager.find(RedeliveryEntity, {
          where: { contractId: In([...ids]) },
          order: { redeliveredOn: 'ASC', recordedAt: 'ASC' },
        }),
        (r) => r.contractId,
      ),
    )
    .load(contractId);

/**
 * Give every milestone of a contract the due date its facts now give (@integrity/rules milestoneDueDates: delivery,
 * the agreed acceptance period, every acceptance and re-delivery). Computed whole, so a failed acceptance recorded
 * after the clock had started takes back what that start brought forward; an overdue record already made from a
 * date that moved is withdrawn (`cause` says why, for its reason). One statement per distinct new date.
 */
export async function recountDueDates(
  m: EntityManager,
  contract: ContractEntity,
  events: { attempts: readonly AcceptanceAttemptEntity[]; redeliveries: readonly RedeliveryEntity[] },
  cause: string,
): Promise<{ moved: DueDateMove[]; withdrawn: string[] }> {
  // locked (MySQL): the overdue sweep holds the milestones it records until they are in the outbox, so this waits
  // for it and then withdraws what it recorded, or goes first and the sweep reads the dates left here
  const milestones = await m.find(MilestoneEntity, {
    where: { contractId: contract.id },
    order: { seq: 'ASC' },
    ...rowLock(m),
  });
  const due = milestoneDueDates(
    {
      supplierSize: contract.supplierSize,
      deliveredOn: contract.deliveredOn,
      acceptancePeriodDays: contract.acceptancePeriodDays,
      attempts: events.attempts.map((a) => ({ on: a.acceptedOn, passed: a.result === 'PASSED' })),
      redeliveries: events.redeliveries.map((r) => r.redeliveredOn),
    },
    // a fixed date is agreed at signing; the migration filled agreedDueDate for every FIXED_DATE row
    milestones.map((w) => ({ dueBasis: w.dueBasis, agreedDueDate: w.agreedDueDate, termDays: w.termDays })),
  );
  const moved = milestones.flatMap((w, i) =>
    w.dueDate === due[i] ? [] : [{ milestoneId: w.id, from: w.dueDate, to: due[i] ?? null }],
  );
  for (const to of new Set(moved.map((x) => x.to)))
    await m.update(
      MilestoneEntity,
      { id: In(moved.filter((x) => x.to === to).map((x) => x.milestoneId)) },
      { dueDate: to, version: () => 'version + 1' },
    );
  return { moved, withdrawn: await withdrawMovedOverdueRecords(m, moved, cause) };
}
