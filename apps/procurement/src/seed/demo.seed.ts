import {
  DEMO_COUNTY_CODE,
  demoDepartmentByCode,
  demoDepartments,
  demoEnterprises,
  demoMethodFor,
  demoSubjectsOf,
  stableId,
} from '@integrity/demo-data';
import { milestoneDueDates } from '@integrity/rules';
import { addDays, enqueueOutbox, today } from '@integrity/subgraph-kit';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { BidEntity } from '../bid/bid.entity.js';
import { breachMessage } from '../breach/breach-records.js';
import { BreachEntity, ContractEntity, MilestoneEntity } from '../contract/contract.entity.js';
import { AcceptanceAttemptEntity } from '../contract/acceptance.entity.js';
import { MilestonePaymentEntity } from '../contract/milestone-payment.entity.js';
import { METHODS, PROCUREMENT_STATUSES, type ProcurementMethod, type ProcurementStatus } from '../project/lifecycle.js';
import { ProjectEntity, StatusChangeEntity } from '../project/project.entity.js';
import { FiscalCapacityEntity, PppObligationEntity, PppProjectEntity } from '../ppp/ppp.entity.js';
import { PppPaymentEntity } from '../ppp/ppp-payment.entity.js';

const PATH: ProcurementStatus[] = [
  'PLANNING',
  'TENDERING',
  'EVALUATION',
  'AWARDED',
  'CONTRACTED',
  'IN_PERFORMANCE',
  'ACCEPTED',
  'CLOSED',
];
const YUAN = 100n;

async function chunks<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: T[]) {
  for (let i = 0; i < rows.length; i += 300) await m.insert(target, rows.slice(i, i + 300) as never);
}

/** A few hundred projects in every state, contracts with paid, due and overdue milestones, PPP projects within the cap. */
export async function seedProcurement(dataSource: DataSource): Promise<void> {
  if (await dataSource.getRepository(ProjectEntity).count()) return;
  const now = today();
  const stamp = new Date().toISOString();
  const buyers = demoDepartments.filter((d) => d.kind !== 'OTHER');
  const suppliers = demoEnterprises.slice(6); // the first six carry credit records in the credit demo
  const methods = Object.keys(METHODS) as ProcurementMethod[];
  const projects: ProjectEntity[] = [];
  const timeline: StatusChangeEntity[] = [];
  const bids: BidEntity[] = [];
  const contracts: ContractEntity[] = [];
  const milestones: MilestoneEntity[] = [];
  const payments: MilestonePaymentEntity[] = [];
  const acceptances: AcceptanceAttemptEntity[] = [];
  const startedOf = (i: number) => addDays(now, -(40 + (i % 300)));
  // a project's number counts within the year it was registered, in the order registered (2026-001, 2026-002 …)
  const serials = new Map<number, string>();
  const counted = new Map<string, number>();
  const byStart = [...Array(300).keys()].sort((a, b) => startedOf(a).localeCompare(startedOf(b)) || a - b);
  for (const i of byStart) {
    const year = startedOf(i).slice(0, 4);
    counted.set(year, (counted.get(year) ?? 0) + 1);
    serials.set(i, `${year}-${String(counted.get(year)).padStart(3, '0')}`);
  }
  for (let i = 0; i < 300; i += 1) {
    const status = PROCUREMENT_STATUSES[i % PROCUREMENT_STATUSES.length]!;
    const buyer = buyers[i % buyers.length]!;
    const id = stableId('procurement', String(i));
    const budget = BigInt(50_000 + ((i * 7_919) % 200) * 10_000) * YUAN;
    const reached = status === 'CANCELLED' ? PATH.slice(0, 1 + (i % 3)) : PATH.slice(0, PATH.indexOf(status) + 1);
    const path = status === 'CANCELLED' ? [...reached, 'CANCELLED' as const] : reached;
    const started = startedOf(i);
    path.forEach((to, k) =>
      timeline.push({
        id: stableId('procurement-step', `${i}-${k}`),
        projectId: id,
        fromStatus: k ? path[k - 1]! : null,
        toStatus: to,
        at: `${addDays(started, k * 5)}T09:00:00.000Z`,
        byUser: 'czj',
      }),
    );
    // each buyer goes through the subjects of its field (neighbours on the list buying different things), by a
    // method the category allows
    const subjects = demoSubjectsOf(buyer);
    const subject = subjects[(i + Math.floor(i / buyers.length)) % subjects.length]!;
    const listed = methods[i % methods.length]!;
    const method = demoMethodFor(listed, subject.category) as ProcurementMethod;
    const projectBids: BidEntity[] = reached.includes('TENDERING')
      ? [0, 1, 2].map((k) => {
          const s = suppliers[(i + k * 7) % suppliers.length]!;
          return {
            id: stableId('bid', `${i}-${k}`),
            projectId: id,
            supplierUscc: s.uscc,
            supplierName: s.name,
            amount: (budget * BigInt(85 + k * 4)) / 100n,
            submittedAt: `${addDays(started, 6)}T10:00:00.000Z`,
            submittedBy: 'czj',
          };
        })
      : [];
    bids.push(...projectBids);
    const awarded = reached.includes('AWARDED') ? projectBids[0]! : null;
    projects.push({
      id,
      title: `${buyer.shortName}${subject.name}采购项目（${serials.get(i)}）`,
      purchaserId: buyer.id,
      purchaserName: buyer.name,
      category: subject.category,
      method,
      budget,
      status,
      awardedBidId: awarded?.id ?? null,
      createdAt: `${started}T08:00:00.000Z`,
      updatedAt: timeline[timeline.length - 1]!.at,
      version: path.length,
    });
    if (awarded && reached.includes('CONTRACTED') && status !== 'CANCELLED') {
      // never signed in the future: a payment may not precede its contract
      const signedOn = addDays(started, 25) < now ? addDays(started, 25) : now;
      const acceptedOn = reached.includes('ACCEPTED')
        ? addDays(signedOn, 60) > now
          ? now
          : addDays(signedOn, 60)
        : null;
      const contract: ContractEntity = {
        id: stableId('contract', String(i)),
        projectId: id,
        purchaserId: buyer.id,
        supplierUscc: awarded.supplierUscc,
        supplierName: awarded.supplierName,
        amount: awarded.amount,
        signedOn,
        acceptedOn,
        acceptanceResult: reached.includes('ACCEPTED') ? 'PASSED' : null,
        acceptanceNote: reached.includes('ACCEPTED') ? '验收合格' : null,
        // the supplier's size as declared (the demo enterprise's); no agreed late rate; paid on fixed dates
        supplierSize: demoEnterprises.find((e) => e.uscc === awarded.supplierUscc)?.size ?? 'UNKNOWN',
        lateRateBp: null,
        lprBp: null,
        // a passed acceptance is also the delivery (nothing earlier recorded)
        deliveredOn: acceptedOn,
        // paid on fixed dates, so no acceptance period is agreed
        acceptancePeriodDays: null,
        version: 1,
      };
      contracts.push(contract);
      const third = contract.amount / 3n;
      const parts = [third, third, contract.amount - 2n * third];
      const done = reached.includes('ACCEPTED');
      if (acceptedOn)
        acceptances.push({
          id: stableId('acceptance', String(i)),
          contractId: contract.id,
          acceptedOn,
          result: 'PASSED',
          note: '验收合格',
          recordedBy: 'czj',
          recordedAt: stamp,
        });
      const agreed = parts.map((_, k) => addDays(signedOn, 30 * (k + 1) + (status === 'CONTRACTED' ? 200 : 0)));
      // as recordAcceptance counts them: owed to an SME, nothing later than 60 days after delivery (条例第九条)
      const due = milestoneDueDates(
        { ...contract, attempts: acceptedOn ? [{ on: acceptedOn, passed: true }] : [] },
        agreed.map((agreedDueDate) => ({ dueBasis: 'FIXED_DATE' as const, agreedDueDate, termDays: null })),
      );
      parts.forEach((amount, k) => {
        const dueDate = due[k]!;
        // most due payments are made on time; every fourth performing contract is late on one
        const paid = done || (dueDate < now && !(status === 'IN_PERFORMANCE' && i % 4 === 0 && k === 1));
        // every fifth accepted or closed contract paid its second milestone 12 days late (late, since paid)
        const lateBy = done && i % 5 === 0 && k === 1 ? 12 : 0;
        const paidOn = paid ? (addDays(dueDate, lateBy) < now ? addDays(dueDate, lateBy) : now) : null;
        const id = stableId('milestone', `${i}-${k}`);
        milestones.push({
          id,
          contractId: contract.id,
          purchaserId: buyer.id,
          seq: k + 1,
          dueDate,
          agreedDueDate: agreed[k]!,
          dueBasis: 'FIXED_DATE',
          termDays: null,
          amount,
          paidAmount: paid ? amount : 0n,
          paidOn,
          recordWithdrawals: 0,
          version: 1,
        });
        if (paidOn)
          payments.push({
            id: stableId('milestone-payment', `${i}-${k}`),
            milestoneId: id,
            paidOn,
            amount,
            recordedBy: 'czj',
            recordedAt: stamp,
          });
      });
    }
  }
  const year = Number(now.slice(0, 4));
  const capacities: FiscalCapacityEntity[] = [-2, -1, 0, 1, 2].map((k) => ({
    regionCode: DEMO_COUNTY_CODE,
    year: year + k,
    generalBudgetExpenditure: 4_200_000_000n * YUAN,
    version: 1,
  }));
  const ppp: PppProjectEntity[] = [
    '县城污水处理厂PPP项目',
    '饶平县城乡供水一体化PPP项目',
    '黄冈河生态治理PPP项目',
    '县人民医院新院区PPP项目',
    '潮州港饶平片区疏港公路PPP项目',
  ].map((name, k) => ({
    id: stableId('ppp', String(k)),
    name,
    departmentId: demoDepartmentByCode(['ZJJ', 'SLJ', 'STJ', 'WJJ', 'JTJ'][k]!).id, // the bureau that implements each
    regionCode: DEMO_COUNTY_CODE,
    phase: (['OPERATION', 'CONSTRUCTION', 'FINANCING', 'PROCUREMENT', 'PREPARATION'] as const)[k]!,
    totalInvestment: BigInt(300_000_000 + k * 150_000_000) * YUAN,
    createdAt: stamp,
    // past procurement, a project has its social capital partner (环保, 水务, 林业 companies of the demo county),
    // selected before the February 2023 check: it began under the earlier rules and carries the yearly government
    // obligations below; the two still in preparation or procurement follow the 2023 mechanism (国办函〔2023〕115号)
    ...(k < 3
      ? {
          mechanism: 'PRE_2023' as const,
          procurementCompletedOn: `${2019 + k}-0${3 + k}-15`,
          partnerUscc: demoEnterprises[[7, 23, 27][k]!]!.uscc,
          partnerName: demoEnterprises[[7, 23, 27][k]!]!.name,
          partnerSelectedOn: `${2019 + k}-0${3 + k}-15`,
        }
      : { mechanism: 'NEW_2023' as const, procurementCompletedOn: null }),
    version: 1,
  }));
  // ¥300m a year in all, just above the 7% warning line of the county's expenditure; last year's ¥50m of the
  // second project is unpaid
  const yearly = [130_000_000n, 50_000_000n, 120_000_000n];
  const obligations: PppObligationEntity[] = ppp.flatMap((p, k) =>
    (p.mechanism === 'PRE_2023' ? [-2, -1, 0, 1, 2] : []).map((d) => ({
      id: stableId('ppp-obligation', `${k}-${d}`),
      projectId: p.id,
      regionCode: p.regionCode,
      year: year + d,
      amount: yearly[k]! * YUAN,
      paidAmount: d < 0 && !(k === 1 && d === -1) ? yearly[k]! * YUAN : 0n,
      version: 1,
    })),
  );
  // past years' obligations were paid mid-year, each payment with its date
  const pppPayments: PppPaymentEntity[] = obligations
    .filter((o) => o.paidAmount > 0n)
    .map((o) => ({
      id: stableId('ppp-payment', o.id),
      obligationId: o.id,
      paidOn: `${o.year}-06-30`,
      amount: o.paidAmount,
      recordedBy: 'czj',
      recordedAt: stamp,
    }));
  const breaches: BreachEntity[] = [0, 1, 2, 3].map((k) => ({
    id: stableId('breach', String(k)),
    projectId: projects[k * 9 + 5]!.id,
    departmentId: projects[k * 9 + 5]!.purchaserId,
    description: '未按合同约定期限支付中小企业账款，经投诉核实。',
    // the finance bureau's finding; the last one recorded without (its record cites a generated reference)
    documentNumber: k < 3 ? `饶财采〔${addDays(now, -10 * (k + 1)).slice(0, 4)}〕${k + 11}号` : null,
    recordedOn: addDays(now, -10 * (k + 1)),
    recordedBy: 'czj',
  }));
  // as recordBreach does: each breach becomes the purchaser's record in credit (built before the inserts, which
  // may write reloaded defaults into the wrong objects)
  const breachRecords = breaches.map(breachMessage);
  await dataSource.transaction(async (m) => {
    await chunks(m, ProjectEntity, projects);
    await chunks(m, StatusChangeEntity, timeline);
    await chunks(m, BidEntity, bids);
    await chunks(m, ContractEntity, contracts);
    await chunks(m, MilestoneEntity, milestones);
    await chunks(m, MilestonePaymentEntity, payments);
    await chunks(m, AcceptanceAttemptEntity, acceptances);
    await m.insert(FiscalCapacityEntity, capacities);
    await m.insert(PppProjectEntity, ppp);
    await m.insert(PppObligationEntity, obligations);
    await m.insert(PppPaymentEntity, pppPayments);
    await m.insert(BreachEntity, breaches);
    for (const message of breachRecords) await enqueueOutbox(m, message);
  });
}
