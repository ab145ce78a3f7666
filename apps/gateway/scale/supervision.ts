import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

const SUBJECTS = [
  '清理拖欠中小企业账款',
  '补齐公务员诚信档案',
  '兑现招商引资承诺',
  '整改政府采购程序问题',
  '规范行政处罚信息公示',
  '压降隐性债务',
];
const BASES = ['饶府〔2018〕35号 二.3', '饶府〔2018〕35号 三.2', '饶府〔2018〕35号 三.6', '督查发现问题'];

/**
 * supervision: about two rectification orders per department, most accepted, some reported, returned or
 * still open. None is ORDERED past its deadline: turning those OVERDUE (and into a credit record through
 * the outbox) is the subgraph's own sweep's work, which the generator does not imitate. Warnings are not
 * written either: the warning sweep derives them from the other subgraphs' figures on its first run.
 */
export async function seedSupervision(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'supervision');
  const orders: Row[] = [];
  for (let n = 0; n < world.count('rectifications'); n += 1) {
    const status = rnd.weighted({ ACCEPTED: 55, REPORTED: 15, ORDERED: 20, RETURNED: 10 });
    const orderedOn = world.daysAgo(rnd.int(status === 'ORDERED' ? 1 : 40, 900));
    const deadline =
      status === 'ORDERED' || status === 'RETURNED' ? addDays(world.today, rnd.int(1, 60)) : addDays(orderedOn, 60);
    const reported = status !== 'ORDERED';
    orders.push({
      id: rnd.id('rectification', n),
      department_id: rnd.pick(world.departments).id,
      subject: rnd.pick(SUBJECTS),
      basis: rnd.pick(BASES),
      deadline,
      status,
      origin: 'MANUAL',
      origin_id: null,
      report: reported ? '已按要求完成整改。' : null,
      evidence: reported ? '整改报告及凭证' : null,
      reported_on: reported ? addDays(orderedOn, 30) : null,
      decision_note: status === 'ACCEPTED' ? '整改到位' : status === 'RETURNED' ? '材料不全，请补充后重新报送' : null,
      decided_on: status === 'ACCEPTED' || status === 'RETURNED' ? addDays(orderedOn, 35) : null,
      overdue_on: null,
      ordered_by: 'seed-scale',
      ordered_on: orderedOn,
      version: 1,
    });
  }
  await insertRows(ds, 'rectification_order', orders, progress);
}

export const supervisionRows = (world: World): number => world.count('rectifications');
