// Reads the county plan (饶府〔2018〕35号) into its numbered duties and, within each, the tasks that end
// with the units responsible for them in parentheses, e.g. "…（县发改局、县监察委，各镇人民政府按职责分工
// 分别负责）". The published text breaks lines mid-sentence (page breaks) and mixes full- and half-width
// brackets; both are normalised here so the ledger matches the plan word for word.

export interface PlanTask {
  /** Section and duty as the plan numbers them, e.g. "二.3". */
  section: string;
  /** The task's place within its duty, from 1 (a duty may name several groups of units). */
  seq: number;
  /** The duty's heading, e.g. "健全政务失信记录". */
  dutyTitle: string;
  /** What the plan asks, in its own words (without the parenthesis naming the units). */
  text: string;
  /** The parenthesis as written, e.g. "县发改局、县监察委、县人社局，其他有关部门，各镇人民政府按职责分工分别负责". */
  responsible: string;
  /** Units before the first comma: they lead (牵头). */
  lead: string[];
  /** Units after it: they co-operate (配合). */
  cooperating: string[];
}

const SECTIONS = ['一', '二', '三', '四'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SECTION_LINE = /^([一二三四])、/;
const DUTY_LINE = /^[（(]\s*([一二三四五六七八九十])\s*[）)]\s*/;
const RESPONSIBLE = /[（(]([^（）()]*?负责)[）)]/g;
const PROSE_RESPONSIBLE = /(县[^，。、要]{1,12}?)要(会同有关部门)?/;
const PROSE_RESPONSIBLE_WHOLE = new RegExp(`^${PROSE_RESPONSIBLE.source}$`);

/** Collective names the plan uses for groups of units. */
export const COLLECTIVES = {
  ALL_COUNTY_DEPARTMENTS: '县政府各部门',
  ALL_TOWNS: '各镇人民政府',
  OTHER_RELEVANT: '其他有关部门',
  RELEVANT_COUNTY: '县有关部门',
} as const;
/** The units a prose duty works with: "县发改局要会同有关部门" (四.4); a part of 其他有关部门, so not split on. */
export const PROSE_RELEVANT = '有关部门';

/**
 * Splits "县发改局、县监察委，其他有关部门各镇人民政府按职责分工分别负责" into its groups of unit names; the prose
 * form "县发改局要会同有关部门" leads with the unit that acts, the ones it works with co-operating.
 */
export function responsibleUnits(responsible: string): { lead: string[]; cooperating: string[] } {
  const prose = PROSE_RESPONSIBLE_WHOLE.exec(responsible);
  if (prose) return { lead: [prose[1]!], cooperating: prose[2] ? [PROSE_RELEVANT] : [] };
  let body = responsible.replace(/(按职责分工)?(分别)?负责$/, '').replace(/按职责分工$/, '');
  // the plan once runs two collectives together without a separator
  for (const name of Object.values(COLLECTIVES)) body = body.split(name).join(`，${name}，`);
  const groups = body
    .split(/[，,]/)
    .map((g) =>
      g
        .split('、')
        .map((n) => n.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length > 0);
  return { lead: groups[0] ?? [], cooperating: groups.slice(1).flat() };
}

/** The plan's numbered duties (一.1 … 四.4), each cut into the tasks its parentheses close. */
export function parsePlan(text: string): PlanTask[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  // the body starts at the second occurrence of the title (the first is the covering notice's)
  const start = lines.findIndex((l, i) => i > 0 && SECTION_LINE.test(l) && l.startsWith('一、'));
  if (start < 0) throw new Error('plan text has no section 一、');
  const duties: { section: string; body: string }[] = [];
  let sectionIndex = -1;
  for (const line of lines.slice(start)) {
    if (!line) continue;
    const section = SECTION_LINE.exec(line);
    if (section) {
      sectionIndex = SECTIONS.indexOf(section[1]!);
      continue;
    }
    const duty = DUTY_LINE.exec(line);
    if (duty && sectionIndex >= 0) {
      duties.push({
        section: `${SECTIONS[sectionIndex]}.${NUMERALS.indexOf(duty[1]!) + 1}`,
        body: line.slice(duty[0].length),
      });
    } else if (duties.length) {
      // a line broken by the page: it continues the duty before it, without a space (Chinese text)
      duties[duties.length - 1]!.body += line;
    }
  }
  const tasks: PlanTask[] = [];
  for (const { section, body } of duties) {
    const dutyTitle = body.slice(0, body.indexOf('。'));
    let from = 0;
    let seq = 0;
    for (const match of body.matchAll(RESPONSIBLE)) {
      const text = body.slice(from, match.index).trim();
      from = match.index! + match[0].length;
      seq += 1;
      const responsible = match[1]!.trim();
      tasks.push({ section, seq, dutyTitle, text, responsible, ...responsibleUnits(responsible) });
    }
    const rest = body.slice(from).trim();
    if (!rest) continue;
    // 四.4 names no parenthesis: its text says who acts ("县发改局要会同有关部门…")
    const inProse = PROSE_RESPONSIBLE.exec(rest);
    if (!inProse)
      throw new Error(`plan duty ${section} ends without naming who is responsible: "${rest.slice(0, 40)}…"`);
    seq += 1;
    tasks.push({
      section,
      seq,
      dutyTitle,
      text: rest,
      responsible: inProse[0],
      ...responsibleUnits(inProse[0]),
    });
  }
  return tasks;
}
