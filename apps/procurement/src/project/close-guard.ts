import { AppError } from '@integrity/subgraph-kit';
import { TRANSITIONS, type ProcurementStatus } from './lifecycle.js';
import type { EntityManager } from 'typeorm';
import { ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';

/** A project is closed only once its supplier is paid in full (issue 15: nothing unpaid disappears into CLOSED). */
export async function requireNothingUnpaid(m: EntityManager, projectId: string, from: ProcurementStatus) {
  const unpaid = await m
    .createQueryBuilder(MilestoneEntity, 'ms')
    .innerJoin(ContractEntity, 'c', 'c.id = ms.contract_id')
    .where('c.project_id = :projectId AND ms.paid_amount < ms.amount', { projectId })
    .getCount();
  if (unpaid)
    throw new AppError(
      'INVALID_TRANSITION',
      'MILESTONES_UNPAID',
      `project ${projectId} has ${unpaid} payment milestone(s) not paid in full; it cannot be closed`,
      // the move refused, as every refused lifecycle move names it
      { from, to: 'CLOSED', allowed: TRANSITIONS[from], params: { count: unpaid } },
    );
}
