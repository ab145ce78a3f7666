import { addMonths, maskResidentId, residentIdCheckCharacter, residentIdProblem } from '@integrity/subgraph-kit';
import { encryptIdNumber, idNumberLookup } from '@integrity/credit';
import { demoPostsOf } from '@integrity/demo-data';
import type { DataSource } from 'typeorm';
import { random } from './random.js';
import { insertRows, type Row } from './rows.js';
import type { Progress } from './progress.js';
import type { World } from './world.js';

const SURNAMES = '陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄詹何罗梁宋'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红晓燕俊文斌海鹏宇'.split('');
// Most records are the routine kinds; commendations and training are a fifth (they are files' good news).
const CATEGORY_WEIGHTS = {
  ADMINISTRATIVE_PENALTY: 22,
  DISCIPLINARY_SANCTION: 14,
  ONLINE_SERVICE_SUBSTANDARD: 18,
  BROKEN_COMMITMENT: 10,
  ACCOUNTABILITY: 8,
  JUDICIAL_JUDGMENT: 6,
  COMMENDATION: 12,
  TRAINING: 10,
} as const;
const SEVERITY_WEIGHTS = { MINOR: 60, GENERAL: 30, SERIOUS: 10 } as const;
const PUBLICITY_MONTHS = { MINOR: [0, 3], GENERAL: [3, 12], SERIOUS: [12, 36] } as const;
const AUTHORITIES = [
  '县纪委监委',
  '县人民法院',
  '县市场监督管理局',
  '县人力资源和社会保障局',
  '县发展和改革局',
  '县政务服务数据管理局',
];

/**
 * credit: civil servants (ID numbers encrypted and hashed by credit's own protection functions), files for
 * about 93% of them, and records: four in five about civil servants, the rest about enterprises and
 * departments, decided over the last five years, most of them minor and still active.
 */
export async function seedCredit(ds: DataSource, world: World, progress: Progress): Promise<void> {
  const rnd = random(world.seed, 'credit');
  const servants: Row[] = [];
  const files: Row[] = [];
  // the demo county's numbers are taken too: a generated one may not repeat one (the hash is unique)
  const taken = new Set(
    ((await ds.query('SELECT id_number_hash FROM civil_servant')) as { id_number_hash: string }[]).map(
      (r) => r.id_number_hash,
    ),
  );
  // each department's posts once, not once per civil servant (a province has millions)
  const posts = new Map(world.departments.map((d) => [d.id, demoPostsOf(d)]));
  for (let n = 0; n < world.count('civilServants'); n += 1) {
    const dept = rnd.pick(world.departments);
    let idNumber: string;
    do {
      const birth = `${rnd.int(1962, 2001)}${String(rnd.int(1, 12)).padStart(2, '0')}${String(rnd.int(1, 28)).padStart(2, '0')}`;
      const first17 = `${dept.countyCode}${birth}${String(rnd.int(0, 999)).padStart(3, '0')}`;
      idNumber = first17 + residentIdCheckCharacter(first17);
    } while (taken.has(idNumberLookup(idNumber)));
    const hash = idNumberLookup(idNumber);
    taken.add(hash);
    if (residentIdProblem(idNumber)) throw new Error(`generated an invalid resident ID ${idNumber}`);
    const id = rnd.id('civil-servant', n);
    servants.push({
      id,
      name: rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.chance(0.7) ? rnd.pick(GIVEN) : ''),
      id_number_enc: encryptIdNumber(idNumber),
      id_number_hash: hash,
      id_number_masked: maskResidentId(idNumber),
      department_id: dept.id,
      post: rnd.pick(posts.get(dept.id)!),
      created_at: world.stamp,
      version: 1,
    });
    if (rnd.chance(0.93))
      files.push({
        id: rnd.id('credit-file', n),
        civil_servant_id: id,
        department_id: dept.id,
        opened_on: world.daysAgo(rnd.int(30, 2000)),
        opened_by: 'seed-scale',
      });
  }
  await insertRows(ds, 'civil_servant', servants, progress);
  await insertRows(ds, 'credit_file', files, progress);

  const total = world.count('creditRecords');
  const batch = 20_000; // built and written in slices, so scale 100 (5 million records) stays within memory
  for (let start = 0; start < total; start += batch) {
    const records: Row[] = [];
    for (let n = start; n < Math.min(total, start + batch); n += 1) {
      const kind = rnd.weighted({ CIVIL_SERVANT: 80, ENTERPRISE: 15, DEPARTMENT: 5 });
      const subject =
        kind === 'CIVIL_SERVANT'
          ? (() => {
              const s = servants.length ? rnd.pick(servants) : null;
              return s ? { id: s.id, name: s.name, department: s.department_id } : null;
            })()
          : null;
      const enterprise = kind === 'ENTERPRISE' ? rnd.pick(world.enterprises) : null;
      const department = kind === 'DEPARTMENT' || (!subject && !enterprise) ? rnd.pick(world.departments) : null;
      const category = rnd.weighted(CATEGORY_WEIGHTS);
      const severity = rnd.weighted(SEVERITY_WEIGHTS);
      const decisionDate = world.daysAgo(Math.floor(1825 * rnd() ** 1.5));
      const dishonest = category !== 'COMMENDATION' && category !== 'TRAINING';
      const [min, max] = PUBLICITY_MONTHS[severity];
      const publish = !dishonest || severity !== 'MINOR' || rnd.chance(0.7);
      const status = rnd.weighted({ ACTIVE: 86, REPAIRED: 9, REVOKED: 5 });
      records.push({
        id: rnd.id('credit-record', n),
        subject_type: subject ? 'CIVIL_SERVANT' : enterprise ? 'ENTERPRISE' : 'DEPARTMENT',
        subject_id: subject?.id ?? enterprise?.uscc ?? department!.id,
        subject_name: subject?.name ?? enterprise?.name ?? department!.name,
        department_id: subject?.department ?? department?.id ?? null,
        category,
        severity,
        document_number: `${rnd.pick(['纪', '监', '人社', '发改', '市监', '法'])}〔${decisionDate.slice(0, 4)}〕${rnd.int(1, 400)}号`,
        authority: rnd.pick(AUTHORITIES),
        decision_date: decisionDate,
        publish,
        publicity_start: decisionDate,
        publicity_end: addMonths(decisionDate, dishonest ? (publish ? rnd.int(Math.max(min, 1), max) : max) : 12),
        status,
        under_objection: false,
        closed_reason:
          status === 'REVOKED'
            ? '异议成立，已撤销。'
            : status === 'REPAIRED'
              ? '信用修复：已履行义务并提交信用承诺书。'
              : null,
        created_by: 'seed-scale',
        created_at: world.stamp,
        version: 1,
        source_subgraph: null,
        source_id: null,
      });
    }
    await insertRows(ds, 'credit_record', records, progress);
  }
}

export const creditRows = (world: World): number =>
  Math.round(world.count('civilServants') * 1.93) + world.count('creditRecords');
