import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_FILE } from './plan-file.js';
import { parsePlan, responsibleUnits } from './plan-text.js';

const tasks = parsePlan(readFileSync(PLAN_FILE, 'utf8'));
const duty = (section: string) => tasks.filter((t) => t.section === section);

describe('the county plan read into its task ledger', () => {
  it('finds every numbered duty of the four sections', () => {
    const sections = [...new Set(tasks.map((t) => t.section))];
    expect(sections).toEqual([
      '一.1',
      '一.2',
      '一.3',
      '一.4',
      '一.5',
      '二.1',
      '二.2',
      '二.3',
      '二.4',
      '二.5',
      '二.6',
      '三.1',
      '三.2',
      '三.3',
      '三.4',
      '三.5',
      '三.6',
      '三.7',
      '三.8',
      '三.9',
      '四.1',
      '四.2',
      '四.3',
      '四.4',
    ]);
  });

  it('cuts 二.3 into its three tasks with the units each parenthesis names', () => {
    const [first, second, third] = duty('二.3');
    expect(first).toMatchObject({
      dutyTitle: '健全政务失信记录',
      lead: ['县发改局', '县监察委', '县人社局'],
      cooperating: ['其他有关部门', '各镇人民政府'],
    });
    expect(first!.text).toMatch(/^健全政务失信记录。规范政务信用信息记录标准/);
    expect(second).toMatchObject({ lead: ['县发改局'], cooperating: [] });
    expect(second!.text).toMatch(/^通过“信用潮州”网站/);
    // its last sentence's parenthesis stood on a line of its own after a page break
    expect(third).toMatchObject({ lead: ['县人社局'], text: expect.stringContaining('公务员信用档案覆盖率达到100%') });
  });

  it('joins a parenthesis broken across a page (一.5, 二.5) and a sentence broken mid-word (一.2, 三.2)', () => {
    expect(duty('一.5').at(-1)!.responsible).toMatch(/按职责分工分别负责$/);
    expect(duty('二.5')[2]!.lead).toEqual(['县发改局', '人民银行饶平支行', '县机关绩效考核协调领导小组办公室']);
    expect(duty('二.5').map((t) => t.lead[0])).toEqual([
      '县监察委',
      '县有关部门',
      '县发改局',
      '县人社局',
      '县委宣传部',
    ]);
    expect(duty('一.2')[0]!.text).toContain(
      '将办理和落实人大代表建议、政协委员提案的情况作为政务诚信建设的重要考量因素',
    );
    expect(duty('三.2')[0]!.text).toContain('加强采购人对项目履约验收环节信用情况的监督');
  });

  it('reads who acts from the text where the plan gives no parenthesis (四.4)', () => {
    expect(duty('四.4')).toMatchObject([
      { lead: ['县发改局'], cooperating: ['有关部门'], responsible: '县发改局要会同有关部门' },
    ]);
  });

  it('separates collectives the plan runs together', () => {
    expect(responsibleUnits('县发改局，其他有关部门各镇人民政府负责')).toEqual({
      lead: ['县发改局'],
      cooperating: ['其他有关部门', '各镇人民政府'],
    });
    expect(responsibleUnits('县政府各部门，各镇人民政府负责')).toEqual({
      lead: ['县政府各部门'],
      cooperating: ['各镇人民政府'],
    });
  });

  it('refuses a duty that names nobody', () => {
    expect(() => parsePlan('通知\n一、标题\n（一）做某事。没有括号')).toThrow(/一\.1 ends without naming/);
    expect(parsePlan('通知\n一、标题\n（一）做某事。（县财政局负责）')).toHaveLength(1);
  });
});
