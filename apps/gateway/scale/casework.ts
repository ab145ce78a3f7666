import {
  caseDeadlines,
  complaintTitle,
  contacts,
  DEFAULT_DEADLINE_RULES,
  DUPLICATE_POLICY,
  fingerprintOf,
  hashAccessCode,
  newTrackingNumber,
  ruleInForce,
  similarity,
} from '@integrity/casework';
import { demoWorkingCalendars, leaderTitles } from '@integrity/demo-data';
import { COMPLAINT_CATEGORIES, PROPOSAL_KINDS, type CaseKind, type CaseStatus } from '@integrity/rules';
import { addDays } from '@integrity/subgraph-kit';
import type { DataSource } from 'typeorm';
import { random, type Random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World, WorldDepartment } from './world.js';

/** A county's year of cases: 12345 hotline items and petitions the most, recommendations the fewest. */
const KIND_WEIGHTS: Record<CaseKind, number> = {
  HOTLINE: 45,
  PETITION: 24,
  COMPLAINT: 20,
  NPC_SUGGESTION: 5,
  CPPCC_PROPOSAL: 4,
  JUDICIAL_RECOMMENDATION: 1,
  PROCURATORIAL_RECOMMENDATION: 1,
};
const SUBJECTS: Record<CaseKind, string[]> = {
  COMPLAINT: ['拖欠工程款', '承诺的奖补资金未兑现', '窗口办事推诿扯皮', '执法人员态度粗暴', '政府采购货款逾期未付'],
  PETITION: ['征地补偿款分配', '社保待遇核定', '安置房交付延期', '宅基地确权', '拆迁补偿标准'],
  HOTLINE: ['路灯损坏长期未修', '企业开办材料反复退回', '营业执照变更超时', '小区排水不畅', '公交站台破损'],
  NPC_SUGGESTION: ['加快镇村道路硬化', '优化营商环境', '完善农村养老服务', '加强校园周边交通安全'],
  CPPCC_PROPOSAL: ['支持中小企业融资', '加强文化遗产保护', '推进政务公开', '发展乡村旅游'],
  JUDICIAL_RECOMMENDATION: ['规范行政执法程序', '依法履行合同义务'],
  PROCURATORIAL_RECOMMENDATION: ['国有财产保护', '食品安全监管'],
};
const DETAILS = [
  '多次反映至今未解决',
  '涉及群众二十余户',
  '已影响企业正常经营',
  '相关单位答复前后不一',
  '请求依法依规核实处理',
  '希望尽快明确办理时限',
];
const NAMES = '陈林黄张李王吴刘蔡杨许郑谢洪郭'.split('');
const GIVEN = '伟芳强磊军洋勇杰涛明超华建国志'.split('');

/** Where a case received `age` days ago stands now: fresh ones wait, most older ones are replied to and closed. */
function statusOf(rnd: Random, age: number, accepts: boolean): CaseStatus {
  if (age < 3) return accepts && rnd.chance(0.7) ? 'RECEIVED' : 'ACCEPTED';
  if (age < 10) return rnd.weighted({ ACCEPTED: 30, ASSIGNED: 70 });
  const status = rnd.weighted({ CLOSED: 70, REPLIED: 14, ASSIGNED: 10, OUT_OF_SCOPE: 5, RECEIVED: 1 });
  // recommendations and proposals are always taken up: no acceptance stage to refuse or miss
  return accepts || (status !== 'OUT_OF_SCOPE' && status !== 'RECEIVED') ? status : 'CLOSED';
}

const person = (rnd: Random) => rnd.pick(NAMES) + rnd.pick(GIVEN) + rnd.pick(GIVEN);

/**
 * casework: a year of cases of every kind about the world's departments (about 2,000 per county), their deadlines
 * counted by casework's own rules on the demo's working calendar (flagged calendarMissing where it has no year, as
 * the subgraph does); public complaints with tracking numbers, most with an encrypted contact, all with one access
 * code's hash that nobody holds (scrypt per row would take minutes, and the demo keeps none either), none a near
 * repeat the filing would have refused, rated satisfied once closed or reopened by a "not satisfied"; co-handlers
 * for some assigned cases; effective judgments against county bodies and their payments, and administrative
 * hearings with whether the head appeared. No judgment is listed as 失信被执行人: a listing's credit record
 * travels through the outbox, which the generator does not imitate (credit's generator writes such records).
 */
export async function seedCasework(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'casework');
  const calendars = demoWorkingCalendars();
  const accessCodeHash = await hashAccessCode(`scale-${world.seed}`);
  const taken = new Set(
    ((await ds.query('SELECT tracking_number FROM casework_complaint')) as { tracking_number: string }[]).map(
      (r) => r.tracking_number,
    ),
  );
  const draw = (n: number) => rnd.int(0, n - 1);
  const upTo = (date: string) => (date > world.today ? world.today : date);
  // public complaints so far per department, so none is one the filing would have refused as a near repeat
  const filed = new Map<string, { on: number; content: string }[]>();
  const nearRepeat = (departmentId: string, receivedOn: string, content: string) =>
    (filed.get(departmentId) ?? []).some(
      (f) =>
        Math.abs(f.on - Date.parse(receivedOn)) <= DUPLICATE_POLICY.windowDays * 86_400_000 &&
        similarity(f.content, content) >= DUPLICATE_POLICY.similarity,
    );
  const cases: Row[] = [];
  const complaints: Row[] = [];
  const coHandlers: Row[] = [];
  for (let n = 0; n < world.count('cases'); n += 1) {
    const kind = rnd.weighted(KIND_WEIGHTS);
    const age = rnd.int(0, 300);
    const receivedOn = world.daysAgo(age);
    const acceptRule = ruleInForce(DEFAULT_DEADLINE_RULES, kind, 'ACCEPT', receivedOn);
    const replyRule = ruleInForce(DEFAULT_DEADLINE_RULES, kind, 'REPLY', receivedOn)!;
    const status = statusOf(rnd, age, !!acceptRule);
    const reached = (...s: CaseStatus[]) => s.includes(status);
    const acceptedOn = reached('ACCEPTED', 'ASSIGNED', 'REPLIED', 'CLOSED')
      ? acceptRule
        ? upTo(addDays(receivedOn, rnd.int(0, 2)))
        : receivedOn
      : null;
    const assignedOn = reached('ASSIGNED', 'REPLIED', 'CLOSED') ? upTo(addDays(acceptedOn!, rnd.int(0, 3))) : null;
    const repliedOn = reached('REPLIED', 'CLOSED') ? upTo(addDays(assignedOn!, rnd.int(3, 40))) : null;
    const closedOn =
      status === 'CLOSED'
        ? upTo(addDays(repliedOn!, rnd.int(0, 15)))
        : status === 'OUT_OF_SCOPE'
          ? upTo(addDays(receivedOn, 1))
          : null;
    const concerned = rnd.pick(world.departments);
    const subject = rnd.pick(SUBJECTS[kind]);
    const content = `反映${concerned.shortName}${subject}问题，${rnd.pick(DETAILS)}（来件第${n + 1}号）。`;
    const publicComplaint = kind === 'COMPLAINT' && rnd.chance(0.6) && !nearRepeat(concerned.id, receivedOn, content);
    // a "not satisfied" rating reopens a replied complaint once (rateComplaintReply): assigned again, its reply and
    // closing cleared, the reply period counted from the reopening, the rating kept until the next reply
    const reopenedOn =
      publicComplaint && status === 'ASSIGNED' && age > 30 && rnd.chance(0.25)
        ? upTo(addDays(assignedOn!, rnd.int(10, 25)))
        : null;
    const facts = { status, receivedOn, acceptedOn, assignedOn, extendedOn: null, reopenedOn };
    let trackingNumber: string | null = null;
    if (publicComplaint) {
      filed.set(concerned.id, [...(filed.get(concerned.id) ?? []), { on: Date.parse(receivedOn), content }]);
      do trackingNumber = newTrackingNumber(receivedOn, draw);
      while (taken.has(trackingNumber));
      taken.add(trackingNumber);
    }
    const proposal = PROPOSAL_KINDS.includes(kind);
    const id = rnd.id('case', n);
    // a public complaint has no lead department until the casework office assigns it
    const lead = publicComplaint && !assignedOn ? null : concerned.id;
    cases.push({
      id,
      kind,
      status,
      source_number: trackingNumber ?? `${kind.slice(0, 3)}-${receivedOn.slice(0, 4)}-S${n}`,
      title: publicComplaint ? complaintTitle(content) : `关于${subject}的${kind === 'HOTLINE' ? '工单' : '事项'}`,
      content,
      // the public's form asks for a category; a case an officer registers has none (registerCase)
      category: publicComplaint ? rnd.pick(COMPLAINT_CATEGORIES) : null,
      concerned_department_id: concerned.id,
      department_id: lead,
      received_on: receivedOn,
      accepted_on: acceptedOn,
      assigned_on: assignedOn,
      replied_on: repliedOn,
      closed_on: closedOn,
      accept_rule_id: acceptRule?.id ?? null,
      reply_rule_id: replyRule.id,
      ...snake(caseDeadlines(facts, acceptRule, replyRule, calendars)),
      out_of_scope_reason: status === 'OUT_OF_SCOPE' ? '属于司法程序处理事项，已告知通过诉讼途径解决' : null,
      extension_reason: null,
      extended_on: null,
      // a reopened case keeps the reply it was reopened over
      reply: repliedOn || reopenedOn ? '经核实，已责成相关单位整改并书面答复。' : null,
      outcome: proposal && repliedOn ? rnd.pick(['A', 'B', 'C'] as const) : null,
      delegate_satisfaction:
        proposal && status === 'CLOSED'
          ? rnd.weighted({ SATISFIED: 70, BASICALLY_SATISFIED: 25, NOT_SATISFIED: 5 })
          : null,
      reopened_on: reopenedOn,
      registered_by: publicComplaint ? 'public' : 'seed-scale',
      version: 1,
    });
    if (assignedOn && rnd.chance(0.1)) {
      const co = rnd.pick(world.departments);
      if (co.id !== concerned.id) coHandlers.push({ case_id: id, department_id: co.id });
    }
    if (publicComplaint) {
      // closed after a reply the complainant accepted, or reopened by one they did not
      const rated = !!reopenedOn || (status === 'CLOSED' && rnd.chance(0.6));
      const satisfied = reopenedOn ? false : rated ? true : null;
      complaints.push({
        case_id: id,
        tracking_number: trackingNumber,
        access_code_hash: accessCodeHash,
        contact_cipher: rnd.chance(0.7) ? contacts.encrypt(`1${rnd.int(3, 9)}${rnd.int(100000000, 999999999)}`) : null,
        fingerprint: fingerprintOf(content),
        satisfied,
        rating_reason: satisfied === false ? '答复未解决实际问题' : null,
        rated_on: reopenedOn ?? (rated ? closedOn : null),
        filed_on: receivedOn,
      });
    }
  }
  await insertRows(ds, 'casework_case', cases, progress);
  await insertRows(ds, 'casework_complaint', complaints, progress);
  await insertRows(ds, 'casework_co_handler', coHandlers, progress);
  await seedJudicial(ds, world, rnd, progress);
}

/** caseDeadlines' fields as columns. */
const snake = (d: ReturnType<typeof caseDeadlines>) => ({
  accept_deadline: d.acceptDeadline,
  reply_deadline: d.replyDeadline,
  deadline: d.deadline,
  calendar_missing: d.calendarMissing,
});

async function seedJudicial(ds: DataSource, world: World, rnd: Random, progress: Progress): Promise<void> {
  // the court of a department's county, and its code in case numbers (粤5122 for 饶平县's)
  const countyNames = new Map(world.regions.map((r) => [r.code, r.name]));
  const courtOf = (d: WorldDepartment) => ({
    court: `${countyNames.get(d.countyCode) ?? ''}人民法院`,
    code: `粤${d.countyCode.slice(2)}`,
  });
  const judgments: Row[] = [];
  const payments: Row[] = [];
  for (let n = 0; n < world.count('judgments'); n += 1) {
    const d = rnd.pick(world.departments);
    const effectiveOn = world.daysAgo(rnd.int(10, 700));
    const dueOn = addDays(effectiveOn, rnd.pick([30, 60, 90]));
    const amount = rnd.money(20_000, 5_000_000);
    // most paid in full, some in part or not yet, some still within their period
    const paid =
      dueOn >= world.today
        ? 0n
        : rnd.weighted({ FULL: 65, PART: 20, NONE: 15 }) === 'FULL'
          ? amount
          : rnd.chance(0.55)
            ? (amount / 100n) * BigInt(rnd.int(10, 80))
            : 0n;
    const payDay = addDays(dueOn, rnd.int(-20, 40));
    const paidOn = paid > 0n ? (payDay > world.today ? world.today : payDay) : null;
    const { court, code } = courtOf(d);
    const id = rnd.id('judgment', n);
    judgments.push({
      id,
      case_number: `（${effectiveOn.slice(0, 4)}）${code}民初${10_000 + n}号`,
      court,
      department_id: d.id,
      obligation: rnd.pick(['支付工程款及逾期利息', '履行政府采购合同付款义务', '返还保证金', '支付拆迁补偿款']),
      amount,
      fulfilled_amount: paid,
      effective_on: effectiveOn,
      due_on: dueOn,
      fulfilled_on: paid === amount && paidOn ? paidOn : null,
      listed_on: null,
      listing_document: null,
      recorded_by: 'seed-scale',
      version: 1,
    });
    if (paid > 0n && paidOn)
      payments.push({
        id: rnd.id('judgment-fulfilment', n),
        judgment_id: id,
        date: paidOn,
        amount: paid,
        evidence: '国库集中支付凭证',
        recorded_by: 'seed-scale',
      });
  }
  const hearings: Row[] = [];
  for (let n = 0; n < world.count('hearings'); n += 1) {
    const d = rnd.pick(world.departments);
    const titles = leaderTitles(d);
    const appeared = rnd.chance(0.8);
    const deputy = rnd.chance(0.5);
    const hearingDate = world.daysAgo(rnd.int(1, 365));
    hearings.push({
      id: rnd.id('hearing', n),
      case_number: `（${hearingDate.slice(0, 4)}）${courtOf(d).code}行初${10_000 + n}号`,
      department_id: d.id,
      hearing_date: hearingDate,
      head_appeared: appeared,
      appeared_name: appeared ? person(rnd) : null,
      position: appeared ? (deputy ? titles.deputy : titles.head) : null,
      rank: appeared ? (deputy ? 'DEPUTY' : 'HEAD') : null,
      recorded_by: 'seed-scale',
    });
  }
  await insertRows(ds, 'casework_judgment', judgments, progress);
  await insertRows(ds, 'casework_judgment_fulfilment', payments, progress);
  await insertRows(ds, 'casework_court_appearance', hearings, progress);
}

export const caseworkRows = (world: World): number => {
  const cases = world.count('cases');
  // complaints and co-handlers are estimated (a fifth of the cases are complaints, 60% of them public; about one
  // case in eleven has a co-handler)
  return cases + Math.round(cases * 0.21) + world.count('judgments') * 2 + world.count('hearings');
};
