import { demoMethodFor, demoSubjectsIn } from '@integrity/demo-data';
import { needsNonOpenApproval } from '@integrity/rules';
import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

// Most of a county's projects are under way or done; a few are still planned, tendering or cancelled.
const STATUS_WEIGHTS = {
  PLANNING: 8,
  TENDERING: 10,
  EVALUATION: 5,
  AWARDED: 4,
  CONTRACTED: 8,
  IN_PERFORMANCE: 35,
  ACCEPTED: 15,
  CLOSED: 10,
  CANCELLED: 5,
} as const;
const METHOD_WEIGHTS = {
  OPEN: 45,
  INQUIRY: 20,
  COMPETITIVE_CONSULTATION: 15,
  COMPETITIVE_NEGOTIATION: 10,
  SELECTIVE: 5,
  LIMITED: 5,
} as const;
/**
 * A method the category allows (demoMethodFor); goods and services from the open-tender threshold on are bought by
 * 公开招标 (the generator records no approvals of other methods).
 */
const methodOf = (drawn: string, category: string, budget: bigint) => {
  const fitting = demoMethodFor(drawn, category);
  return needsNonOpenApproval(category, fitting, budget) ? 'OPEN' : fitting;
};
/** The subjects of each category, for a project's title. */
const SUBJECTS = {
  GOODS: demoSubjectsIn('GOODS'),
  WORKS: demoSubjectsIn('WORKS'),
  SERVICES: demoSubjectsIn('SERVICES'),
};
const CONTRACTED = new Set(['CONTRACTED', 'IN_PERFORMANCE', 'ACCEPTED', 'CLOSED']);
const AWARDED = new Set(['AWARDED', ...CONTRACTED]);

/**
 * procurement: projects with log-normal budgets (most small, a few large works), three to six bids on
 * every project past tendering, contracts at the winning bid and one to four payment milestones adding
 * up to it; about one past-due milestone in ten is unpaid (overdue), and one project in a hundred has a breach.
 */
export async function seedProcurement(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'procurement');
  const projects: Row[] = [];
  const bids: Row[] = [];
  const contracts: Row[] = [];
  const milestones: Row[] = [];
  const acceptances: Row[] = [];
  const breaches: Row[] = [];
  for (let n = 0; n < world.count('projects'); n += 1) {
    const dept = rnd.pick(world.departments);
    const status = rnd.weighted(STATUS_WEIGHTS);
    const category = rnd.weighted({ GOODS: 45, SERVICES: 35, WORKS: 20 });
    const budget = rnd.money(50_000, category === 'WORKS' ? 50_000_000 : 5_000_000);
    const started = world.daysAgo(rnd.int(10, 1400));
    const id = rnd.id('project', n);
    const projectBids: Row[] = [];
    const bidCount =
      status === 'PLANNING' ? 0 : status === 'TENDERING' || status === 'CANCELLED' ? rnd.int(0, 3) : rnd.int(3, 6);
    for (let b = 0; b < bidCount; b += 1) {
      const supplier = rnd.pick(world.enterprises);
      projectBids.push({
        id: rnd.id('bid', `${n}-${b}`),
        project_id: id,
        supplier_uscc: supplier.uscc,
        supplier_name: supplier.name,
        amount: (budget * BigInt(rnd.int(80, 100))) / 100n,
        submitted_at: `${addDays(started, 6 + b)}T10:00:00.000Z`,
        submitted_by: 'seed-scale',
      });
    }
    bids.push(...projectBids);
    const winner = AWARDED.has(status)
      ? projectBids.reduce<Row | null>(
          (best, bid) => (!best || (bid.amount as bigint) < (best.amount as bigint) ? bid : best),
          null,
        )
      : null;
    projects.push({
      id,
      title: `${dept.shortName}${rnd.pick(SUBJECTS[category]).name}采购项目`.slice(0, 200),
      purchaser_id: dept.id,
      purchaser_name: dept.name,
      category,
      method: methodOf(rnd.weighted(METHOD_WEIGHTS), category, budget),
      budget,
      status,
      awarded_bid_id: winner?.id ?? null,
      created_at: `${started}T09:00:00.000Z`,
      updated_at: world.stamp,
      version: 1,
    });
    if (winner && CONTRACTED.has(status)) {
      const amount = winner.amount as bigint;
      // never signed in the future: a payment may not precede its contract
      const signedOn = addDays(started, 25) < world.today ? addDays(started, 25) : world.today;
      const accepted = status === 'ACCEPTED' || status === 'CLOSED';
      const contractId = rnd.id('contract', n);
      const acceptedOn = accepted ? (addDays(signedOn, 60) > world.today ? world.today : addDays(signedOn, 60)) : null;
      if (acceptedOn)
        acceptances.push({
          id: rnd.id('acceptance', n),
          contract_id: contractId,
          accepted_on: acceptedOn,
          result: 'PASSED',
          note: null,
          recorded_by: 'seed-scale',
          recorded_at: world.stamp,
        });
      contracts.push({
        id: contractId,
        project_id: id,
        purchaser_id: dept.id,
        supplier_uscc: winner.supplier_uscc,
        supplier_name: winner.supplier_name,
        amount,
        signed_on: signedOn,
        accepted_on: acceptedOn,
        acceptance_result: accepted ? 'PASSED' : null,
        acceptance_note: null,
        version: 1,
      });
      const parts = rnd.int(1, 4);
      let left = amount;
      for (let k = 0; k < parts; k += 1) {
        const share = k === parts - 1 ? left : (amount * BigInt(rnd.int(15, 40))) / 100n;
        left -= share;
        const dueDate = addDays(signedOn, 60 * (k + 1) + (status === 'CONTRACTED' ? 200 : 0));
        const paid = accepted || (dueDate < world.today ? rnd.chance(0.9) : rnd.chance(0.2));
        milestones.push({
          id: rnd.id('milestone', `${n}-${k}`),
          contract_id: contractId,
          purchaser_id: dept.id,
          seq: k + 1,
          due_date: dueDate,
          agreed_due_date: dueDate,
          amount: share,
          paid_amount: paid ? share : 0n,
          paid_on: paid ? (dueDate < world.today ? addDays(dueDate, -rnd.int(0, 10)) : world.today) : null,
          version: 1,
        });
      }
    }
    if (rnd.chance(0.01))
      breaches.push({
        id: rnd.id('breach', n),
        project_id: id,
        department_id: dept.id,
        description: '未按合同约定期限支付中小企业款项。',
        recorded_on: world.daysAgo(rnd.int(1, 300)),
        recorded_by: 'seed-scale',
      });
  }
  await insertRows(ds, 'procurement_project', projects, progress);
  await insertRows(ds, 'bid', bids, progress);
  await insertRows(ds, 'contract', contracts, progress);
  await insertRows(ds, 'payment_milestone', milestones, progress);
  await insertRows(ds, 'acceptance_attempt', acceptances, progress);
  await insertRows(ds, 'breach_record', breaches, progress);
}

/** About 8 rows per project (bids, contract, milestones), for the progress bar's total. */
export const procurementRows = (world: World): number => world.count('projects') * 8;
