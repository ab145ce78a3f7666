import {
  demoDepartmentByCode,
  demoDepartments,
  demoEnterprises,
  demoPostsOf,
  demoWorkingCalendars,
  HOLIDAYS_2026,
  stableId,
} from '@integrity/demo-data';
import {
  GOVERNMENT_SANCTION_KINDS,
  addDays,
  addMonths,
  maskResidentId,
  residentIdCheckCharacter,
  today,
} from '@integrity/subgraph-kit';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { CalendarDayEntity } from '../calendar/calendar.entity.js';
import { CalendarYearEntity } from '../calendar/calendar-year.entity.js';
import { CivilServantEntity, CreditFileEntity } from '../civil-servant/civil-servant.entity.js';
import { ObjectionEntity } from '../objection/objection.entity.js';
import { encryptIdNumber, idNumberLookup } from '../protection/id-protection.js';
import { CreditRecordEntity } from '../record/record.entity.js';
import { RepairEntity } from '../repair/repair.entity.js';
import { sanctionEndOf } from '../rules/sanction.js';
import { acceptDeadlineOf, decisionDeadlineOf } from '../rules/objection-clock.js';
import { repairAcceptedOn, repairDecisionDeadlineOf } from '../rules/repair-rules.js';
import {
  CATEGORIES,
  isDishonesty,
  NOT_DISHONESTY,
  PUBLICITY_MONTHS,
  SEVERITIES,
  type Category,
  type Severity,
} from '../rules/publicity.js';

const SURNAMES = '陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄詹'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红晓燕俊文斌海鹏宇'.split('');

/** A small deterministic generator, so the demo county is the same on every machine. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function insertChunks<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: T[]) {
  for (let i = 0; i < rows.length; i += 300) await m.insert(target, rows.slice(i, i + 300) as never);
}

/** About three thousand civil servants with files (coverage below 100% in some departments), and records of every kind and state. */
export async function seedCredit(dataSource: DataSource): Promise<void> {
  if (await dataSource.getRepository(CivilServantEntity).count()) return;
  const rnd = random(445122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const now = today();
  const stamp = new Date().toISOString();
  await dataSource.manager.insert(CalendarDayEntity, HOLIDAYS_2026);
  // the demo's 2026 arrangement is loaded as a whole, as an administrator's import would
  await dataSource.manager.insert(CalendarYearEntity, { year: 2026, loadedAt: stamp, loadedBy: 'seed' });
  const calendar = demoWorkingCalendars().get(2026)!;

  const servants: CivilServantEntity[] = [];
  const files: CreditFileEntity[] = [];
  const seen = new Set<string>();
  demoDepartments.forEach((dept, d) => {
    const size = 30 + Math.floor(rnd() * 50);
    const coverage = d % 5 === 0 ? 0.6 + rnd() * 0.3 : d % 7 === 0 ? 0.95 : 1;
    const posts = demoPostsOf(dept);
    for (let k = 0; k < size; k += 1) {
      let id: string;
      do {
        const birth = `${1965 + Math.floor(rnd() * 34)}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        const first17 = `445122${birth}${String(Math.floor(rnd() * 1000)).padStart(3, '0')}`;
        id = first17 + residentIdCheckCharacter(first17);
      } while (seen.has(id));
      seen.add(id);
      const servant: CivilServantEntity = {
        id: stableId('civil-servant', `${dept.code}-${k}`),
        name: pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.7 ? pick(GIVEN) : ''),
        idNumberEnc: encryptIdNumber(id),
        idNumberHash: idNumberLookup(id),
        idNumberMasked: maskResidentId(id),
        departmentId: dept.id,
        post: pick(posts),
        createdAt: stamp,
        version: 1,
      };
      servants.push(servant);
      if (k < Math.round(size * coverage))
        files.push({
          id: stableId('credit-file', servant.id),
          civilServantId: servant.id,
          departmentId: dept.id,
          openedOn: addDays(now, -Math.floor(rnd() * 700)),
          openedBy: 'rsj',
        });
    }
  });

  /**
   * Who decides a record of each kind, and the number its decision carries: a judgment is the court's, with its
   * case number; a 政务处分 the supervision commission's (《公职人员政务处分法》第三条); accountability the
   * discipline commission's; a penalty the regulator's; a broken commitment the development bureau's, which keeps
   * the county's credit records; an online-service finding the data bureau's; commendations and training the HR
   * bureau's.
   */
  const body = (code: string) => demoDepartmentByCode(code).name; // as the directory names it
  const ISSUERS: Record<Category, { authority: string; number: (year: string, seq: number) => string }> = {
    JUDICIAL_JUDGMENT: { authority: body('FY'), number: (y, n) => `（${y}）粤5122民初${n}号` },
    DISCIPLINARY_SANCTION: { authority: body('JCW'), number: (y, n) => `饶监〔${y}〕${n}号` },
    // the discipline commission is a party body the directory does not hold
    ACCOUNTABILITY: { authority: '中共饶平县纪律检查委员会', number: (y, n) => `饶纪〔${y}〕${n}号` },
    ADMINISTRATIVE_PENALTY: { authority: body('SCJ'), number: (y, n) => `饶市监罚〔${y}〕${n}号` },
    ONLINE_SERVICE_SUBSTANDARD: { authority: body('ZSJ'), number: (y, n) => `饶政数〔${y}〕${n}号` },
    BROKEN_COMMITMENT: { authority: body('FGJ'), number: (y, n) => `饶发改信〔${y}〕${n}号` },
    COMMENDATION: { authority: body('RSJ'), number: (y, n) => `饶人社〔${y}〕${n}号` },
    TRAINING: { authority: body('RSJ'), number: (y, n) => `饶人社〔${y}〕${n}号` },
  };
  const issuedBy = (category: Category, year: string, seq: number) => ({
    authority: ISSUERS[category].authority,
    documentNumber: ISSUERS[category].number(year, seq),
  });
  const records: CreditRecordEntity[] = [];
  const objections: ObjectionEntity[] = [];
  const repairs: RepairEntity[] = [];
  const record = (
    n: number,
    subject: { type: CreditRecordEntity['subjectType']; id: string; name: string; departmentId: string | null },
    category: Category,
    severity: Severity,
    decisionDate: string,
  ) => {
    const { min, max } = PUBLICITY_MONTHS[severity];
    const months = Math.max(
      min,
      Math.min(max, severity === 'MINOR' ? 3 : severity === 'GENERAL' ? 6 + (n % 7) : 12 + (n % 25)),
    );
    // two draws the seed once spent on a random issuer: kept, so every later draw (and the demo county) is unchanged
    rnd();
    rnd();
    const r: CreditRecordEntity = {
      id: stableId('credit-record', String(n)),
      subjectType: subject.type,
      subjectId: subject.id,
      subjectName: subject.name,
      departmentId: subject.departmentId,
      category,
      severity,
      ...issuedBy(category, decisionDate.slice(0, 4), 10 + n),
      decisionDate,
      publish: severity !== 'MINOR' || n % 2 === 0,
      publicityStart: decisionDate,
      publicityEnd: addMonths(decisionDate, months),
      status: 'ACTIVE',
      underObjection: false,
      closedReason: null,
      createdBy: 'fgj',
      // recorded by 县发改局's officer: under 谁认定谁修复 it decides their repair
      recordedByDepartmentId: demoDepartmentByCode('FGJ').id,
      createdAt: stamp,
      version: 1,
    };
    records.push(r);
    return r;
  };
  const dishonest = CATEGORIES.filter(isDishonesty);
  for (let n = 0; n < 140; n += 1) {
    const s = servants[Math.floor(rnd() * servants.length)]!;
    const category = n % 10 === 9 ? pick(NOT_DISHONESTY) : dishonest[n % dishonest.length]!;
    const r = record(
      n,
      { type: 'CIVIL_SERVANT', id: s.id, name: s.name, departmentId: s.departmentId },
      category,
      SEVERITIES[n % 3]!,
      addDays(now, -Math.floor(rnd() * 1000)),
    );
    if (category === 'DISCIPLINARY_SANCTION') {
      // a sanction names its kind and so its period (政务处分法 art. 8); 开除 is rare
      const kind = GOVERNMENT_SANCTION_KINDS[(n >> 1) % (GOVERNMENT_SANCTION_KINDS.length - 1)]!;
      Object.assign(r, { sanctionKind: kind, sanctionEnd: sanctionEndOf(kind, r.decisionDate) });
    }
    if (n % 17 === 3) Object.assign(r, { status: 'REVOKED', closedReason: '异议成立，已撤销：处分决定已被依法撤销。' });
    // only a dishonesty record is repaired: a commendation or a training has nothing to repair
    if (n % 19 === 5 && isDishonesty(category) && r.decisionDate <= addMonths(now, -12)) {
      Object.assign(r, { status: 'REPAIRED', closedReason: '信用修复：已履行义务并提交信用承诺书。' });
      // repaired through an application made once repair opened, approved by the recorder within its deadline
      const appliedOn = addDays(addMonths(r.decisionDate, PUBLICITY_MONTHS[r.severity].min), 10);
      repairs.push({
        id: stableId('repair-approved', String(n)),
        recordId: r.id,
        evidence: '已履行处分决定规定的义务，附整改报告。',
        commitmentLetter: '本人承诺今后严格遵守法律法规，诚实守信。',
        appliedBy: 'rsj',
        appliedOn,
        acceptedOn: repairAcceptedOn(appliedOn),
        decisionDeadline: repairDecisionDeadlineOf(repairAcceptedOn(appliedOn), calendar),
        status: 'APPROVED',
        decidedBy: 'fgj',
        decidedOn: addDays(appliedOn, 2),
        note: '已履行义务并提交信用承诺书。',
        version: 1,
      });
    }
  }
  ['ZRJ', 'SCJ', 'ZJJ'].forEach((code, k) => {
    const dept = demoDepartmentByCode(code);
    record(
      200 + k,
      { type: 'DEPARTMENT', id: dept.id, name: dept.name, departmentId: dept.id },
      k === 0 ? 'ONLINE_SERVICE_SUBSTANDARD' : 'BROKEN_COMMITMENT',
      'GENERAL',
      addDays(now, -40 - 30 * k),
    );
  });
  demoEnterprises.slice(0, 6).forEach((e, k) => {
    record(
      300 + k,
      { type: 'ENTERPRISE', id: e.uscc, name: e.name, departmentId: null },
      k % 2 ? 'ADMINISTRATIVE_PENALTY' : 'JUDICIAL_JUDGMENT',
      k < 3 ? 'SERIOUS' : 'GENERAL',
      addDays(now, -60 - 45 * k),
    );
  });

  // objections: one just filed, one overdue (never accepted), one accepted and overdue for decision, one decided
  const open = records.filter(
    (r) => r.status === 'ACTIVE' && r.publicityEnd >= now && r.category !== 'COMMENDATION' && r.category !== 'TRAINING',
  );
  const fgj = demoDepartmentByCode('FGJ').id;
  // 县发改局's credit office accepts and decides them: none about 发改局 itself (impartiality)
  const objectable = open.filter((r) => (r.subjectType === 'DEPARTMENT' ? r.subjectId : r.departmentId) !== fgj);
  [1, 20, 25, 30].forEach((ago, k) => {
    const r = objectable[k * 3]!;
    const filedOn = addDays(now, -ago);
    const decided = k === 3;
    objections.push({
      id: stableId('objection', String(k)),
      recordId: r.id,
      reason: '当事人对处理决定认定的事实有异议，已提交相关证明材料。',
      filedBy: 'rsj',
      filedOn,
      acceptDeadline: acceptDeadlineOf(filedOn, calendar),
      // from acceptance once accepted, else the latest it can be
      decisionDeadline: decisionDeadlineOf(
        k >= 2 ? addDays(filedOn, 1) : acceptDeadlineOf(filedOn, calendar),
        calendar,
      ),
      status: decided ? 'REJECTED' : k === 2 ? 'ACCEPTED' : 'FILED',
      acceptedOn: k >= 2 ? addDays(filedOn, 1) : null,
      // accepted by 县发改局's credit office (县人社局's officer filed them)
      acceptedDepartmentId: k >= 2 ? fgj : null,
      decidedOn: decided ? addDays(filedOn, 7) : null,
      decidedBy: decided ? 'fgj' : null,
      note: decided ? '经复核，原认定事实清楚，异议不成立。' : null,
      pausedWorkingDays: 0,
      version: 1,
    });
    if (!decided) r.underObjection = true;
  });
  // pending repairs on records whose minimum period has run
  open
    .filter((r) => !r.underObjection && addMonths(r.decisionDate, PUBLICITY_MONTHS[r.severity].min) <= now)
    .slice(0, 4)
    .forEach((r, k) =>
      repairs.push({
        id: stableId('repair', String(k)),
        recordId: r.id,
        evidence: '已全额缴纳罚款并完成整改，附缴款凭证。',
        commitmentLetter: '本人/本单位承诺今后严格遵守法律法规，诚实守信。',
        appliedBy: 'rsj',
        appliedOn: addDays(now, -4 * k - 1),
        acceptedOn: repairAcceptedOn(addDays(now, -4 * k - 1)),
        // the oldest is past its deadline: the console and supervisors see an overdue repair
        decisionDeadline: repairDecisionDeadlineOf(repairAcceptedOn(addDays(now, -4 * k - 1)), calendar),
        status: 'PENDING',
        decidedBy: null,
        decidedOn: null,
        note: null,
        version: 1,
      }),
    );

  await dataSource.transaction(async (m) => {
    await insertChunks(m, CivilServantEntity, servants);
    await insertChunks(m, CreditFileEntity, files);
    await insertChunks(m, CreditRecordEntity, records);
    await m.insert(ObjectionEntity, objections);
    await m.insert(RepairEntity, repairs);
  });
}
