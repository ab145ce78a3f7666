import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

const KIND_WEIGHTS = {
  SUBSIDY: 30,
  TAX_INCENTIVE: 20,
  LAND: 20,
  INFRASTRUCTURE: 15,
  APPROVAL_SERVICE: 10,
  OTHER: 5,
} as const;
const INDUSTRIES = [
  '新材料产业园',
  '陶瓷智能制造',
  '食品加工基地',
  '现代物流园',
  '文旅综合体',
  '光伏发电',
  '电子元器件',
  '海洋渔业',
];

/**
 * investment: approved incentive policies per county, agreements with enterprises in a town of the signing
 * department's county, five commitments per agreement on average. Commitments due in the past are mostly
 * fulfilled (each with its fulfilment), some partly, a few breached or waived; those due later are open.
 */
export async function seedInvestment(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'investment');
  const towns = world.regions.filter((r) => r.level === 'TOWN');
  const policies: Row[] = [];
  for (let n = 0; n < Math.max(1, world.count('policies')); n += 1) {
    const dept = rnd.pick(world.departments);
    policies.push({
      id: rnd.id('policy', n),
      title: `关于支持${rnd.pick(INDUSTRIES)}发展的若干措施`,
      legal_basis: '《优化营商环境条例》第三十一条',
      text: '对符合条件的项目按约定给予支持，具体以投资协议为准。',
      status: rnd.chance(0.9) ? 'APPROVED' : 'UNDER_REVIEW',
      department_id: dept.id,
      drafted_by: 'seed-scale',
      reviewer_id: null,
      reviewer_name: null,
      review_note: null,
      reviewed_at: null,
      created_at: world.stamp,
      version: 1,
    });
  }
  const agreements: Row[] = [];
  const commitments: Row[] = [];
  const fulfilments: Row[] = [];
  const perAgreement = world.count('commitments') / Math.max(1, world.count('agreements'));
  for (let n = 0; n < world.count('agreements'); n += 1) {
    const dept = rnd.pick(world.departments);
    const countyTowns = towns.filter((t) => t.parentCode === dept.countyCode);
    const town = rnd.pick(countyTowns.length ? countyTowns : towns);
    const investor = rnd.pick(world.enterprises);
    const amount = rnd.money(2_000_000, 2_000_000_000);
    const signedOn = world.daysAgo(rnd.int(30, 1800));
    const id = rnd.id('agreement', n);
    agreements.push({
      id,
      title: `${investor.name}${rnd.pick(INDUSTRIES)}项目投资协议`.slice(0, 200),
      investor_uscc: investor.uscc,
      investor_name: investor.name,
      department_id: dept.id,
      town_code: town.code,
      amount,
      signed_on: signedOn,
      jobs_promised: rnd.int(20, 800),
      invested_to_date: (amount * BigInt(rnd.int(0, 100))) / 100n,
      jobs_created: rnd.int(0, 600),
      contact_person: null,
      created_at: `${signedOn}T09:00:00.000Z`,
      version: 1,
    });
    const count = Math.max(1, Math.round(perAgreement * (0.4 + rnd() * 1.2)));
    for (let k = 0; k < count && commitments.length < world.count('commitments'); k += 1) {
      const commitmentId = rnd.id('commitment', `${n}-${k}`);
      const value = (amount * BigInt(rnd.int(1, 10))) / 100n;
      const dueDate = addDays(signedOn, rnd.int(90, 1800));
      const past = dueDate < world.today;
      const fate = past
        ? rnd.weighted({ FULFILLED: 75, PARTLY: 10, OPEN: 7, BREACHED: 5, WAIVED: 3 })
        : rnd.weighted({ OPEN: 80, FULFILLED: 20 });
      const fulfilled =
        fate === 'FULFILLED' ? value : fate === 'PARTLY' ? (value * BigInt(rnd.int(20, 80))) / 100n : 0n;
      commitments.push({
        id: commitmentId,
        agreement_id: id,
        department_id: dept.id,
        policy_id: rnd.pick(policies).id,
        kind: rnd.weighted(KIND_WEIGHTS),
        amount: value,
        fulfilled_amount: fulfilled,
        due_date: dueDate,
        description: '按协议约定兑现政策支持。',
        breached_on: fate === 'BREACHED' ? addDays(dueDate, 30) : null,
        breach_note: fate === 'BREACHED' ? '逾期未兑现。' : null,
        waived_on: fate === 'WAIVED' ? addDays(dueDate, -10) : null,
        waiver_note: fate === 'WAIVED' ? '企业未达投资强度，依约免除。' : null,
        waiver_document: fate === 'WAIVED' ? `投促〔${dueDate.slice(0, 4)}〕${rnd.int(1, 99)}号` : null,
        created_at: `${signedOn}T09:00:00.000Z`,
        version: 1,
      });
      if (fulfilled > 0n) {
        const date = past ? addDays(dueDate, -rnd.int(0, 60)) : world.today;
        fulfilments.push({
          id: rnd.id('fulfilment', `${n}-${k}`),
          commitment_id: commitmentId,
          amount: fulfilled,
          date: date > world.today ? world.today : date,
          evidence: '财政拨款凭证',
          recorded_by: 'seed-scale',
          recorded_at: world.stamp,
        });
      }
    }
  }
  await insertRows(ds, 'incentive_policy', policies, progress);
  await insertRows(ds, 'investment_agreement', agreements, progress);
  await insertRows(ds, 'commitment', commitments, progress);
  await insertRows(ds, 'fulfilment', fulfilments, progress);
}

export const investmentRows = (world: World): number =>
  world.count('policies') + world.count('agreements') + Math.round(world.count('commitments') * 1.8);
