// The credit report as a PDF (三.4): A4, Chinese, drawn from what the report said, so the same number always
// downloads the same document. pdfkit embeds only the glyphs used from the font.
import {
  CREDIT_CATEGORY,
  CREDIT_CHECK_RESULT,
  CREDIT_CHECK_STEP,
  CREDIT_REPORT_SUBJECT,
  SEVERITY,
  type CreditCategoryCode,
  type CreditCheckResult,
  type CreditCheckStep,
  type SeverityCode,
} from '@integrity/rules';
import { localDateTime } from '@integrity/subgraph-kit';
import PDFDocument from 'pdfkit';
import type { CreditReportContent } from './credit-report.content.js';
import { reportFont } from './report-font.js';

const ISSUER = '政务诚信监管平台';
const MARGIN = 56;
/** Two ideographic spaces: how a Chinese form separates the fields of one line. */
const GAP = '\u3000\u3000';
const zh = <K extends string>(table: Record<K, { 'zh-CN': string }>, code: string) =>
  table[code as K]?.['zh-CN'] ?? code;

type Column = { title: string; width: number };
type Doc = InstanceType<typeof PDFDocument>;

/** A table that carries on across pages, repeating its header; each row as high as its tallest cell. */
function table(doc: Doc, columns: Column[], rows: string[][]) {
  const left = MARGIN;
  const draw = (cells: string[], bold: boolean) => {
    doc.fontSize(bold ? 9.5 : 9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c || '—', { width: columns[i]!.width - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const top = doc.y;
    if (bold)
      doc
        .rect(
          left,
          top,
          columns.reduce((s, c) => s + c.width, 0),
          height,
        )
        .fill('#f0f2f5')
        .fillColor('#000');
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(cell || '—', x + 3, top + 3, { width: columns[i]!.width - 6 });
      x += columns[i]!.width;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(x, top + height)
      .lineWidth(0.5)
      .strokeColor('#d9d9d9')
      .stroke();
    doc.x = left;
    doc.y = top + height;
  };
  draw(
    columns.map((c) => c.title),
    true,
  );
  for (const row of rows) draw(row, false);
}

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(0.8).fontSize(12).fillColor('#000').text(text, MARGIN).moveDown(0.3);
}

function note(doc: Doc, text: string) {
  doc.fontSize(9.5).fillColor('#333').text(text, MARGIN).fillColor('#000');
}

const omitted = (n: number) => (n > 0 ? `另有 ${n} 条未列出，请在系统中查询。` : '');

/** The PDF bytes of a report. */
export function renderCreditReport(c: CreditReportContent, issuedAt: string): Promise<Buffer> {
  const font = reportFont();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `信用报告 ${c.number}`,
      Subject: c.subject.name,
      Creator: ISSUER,
      Producer: ISSUER,
      CreationDate: new Date(issuedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.data, font.name);
  doc.font('cjk');

  doc.fontSize(20).text('信用报告', { align: 'center' }).moveDown(0.5);
  doc
    .fontSize(10)
    .text(`报告编号：${c.number}${GAP}出具日期：${c.issuedOn}${GAP}出具单位：${ISSUER}`, { align: 'center' });
  heading(doc, '报告主体');
  table(
    doc,
    [
      { title: '主体类型', width: 90 },
      { title: '名称', width: 243 },
      { title: '统一社会信用代码', width: 150 },
    ],
    [[zh(CREDIT_REPORT_SUBJECT, c.subject.type), c.subject.name, c.subject.uscc ?? '']],
  );

  heading(doc, `一、公示中的失信记录（${c.records.length + c.recordsOmitted} 条）`);
  if (!c.records.length) note(doc, '出具日无公示中的失信记录。');
  else
    table(
      doc,
      [
        // a court's case number（2026）粤5122民初310号 stays on one line: a reader searches the report for it
        { title: '失信行为类别', width: 78 },
        { title: '严重程度', width: 48 },
        { title: '认定机关', width: 105 },
        { title: '认定文号', width: 136 },
        { title: '认定日期', width: 58 },
        { title: '公示截止', width: 58 },
      ],
      c.records.map((r) => [
        zh(CREDIT_CATEGORY, r.category as CreditCategoryCode) + (r.underObjection ? '（异议处理中）' : ''),
        zh(SEVERITY, r.severity as SeverityCode),
        r.authority,
        r.documentNumber,
        r.decisionDate,
        r.publicityEnd,
      ]),
    );
  note(doc, omitted(c.recordsOmitted));

  heading(doc, `二、信用修复（${c.repairs.length + c.repairsOmitted} 条）`);
  if (!c.repairs.length) note(doc, '无经信用修复的记录。');
  else
    table(
      doc,
      [
        { title: '失信行为类别', width: 95 },
        { title: '认定机关', width: 133 },
        { title: '认定文号', width: 150 },
        { title: '修复决定日期', width: 105 },
      ],
      c.repairs.map((r) => [zh(CREDIT_CATEGORY, r.category), r.authority, r.documentNumber, r.decidedOn]),
    );
  note(doc, omitted(c.repairsOmitted));

  heading(doc, `三、资金环节信用核查（${c.checks.length + c.checksOmitted} 次）`);
  if (c.subject.type === 'DEPARTMENT') note(doc, '机关单位不在采购、招商等资金环节接受信用核查，本节不适用。');
  else if (!c.checks.length) note(doc, '无信用核查记录。');
  else
    table(
      doc,
      [
        { title: '核查时间', width: 150 },
        { title: '环节', width: 180 },
        { title: '结果', width: 153 },
      ],
      c.checks.map((k) => [
        localDateTime(k.checkedAt),
        zh(CREDIT_CHECK_STEP, k.step as CreditCheckStep),
        zh(CREDIT_CHECK_RESULT, k.result as CreditCheckResult),
      ]),
    );
  note(doc, omitted(c.checksOmitted));

  heading(doc, '四、政务诚信评价');
  if (c.subject.type === 'ENTERPRISE') note(doc, '年度政务诚信评价适用于县直单位和镇人民政府，本节不适用。');
  else if (!c.grade) note(doc, '尚无已公布的年度评价结果。');
  else
    note(doc, `${c.grade.year} 年度评价等级：${c.grade.grade}（得分 ${c.grade.score}，${c.grade.publishedOn} 公布）。`);

  doc.moveDown(1.5);
  note(
    doc,
    `说明：本报告依据《饶平县加强政务系统诚信建设实施方案》（饶府〔2018〕35号）出具，内容截至出具日。` +
      `报告真伪可凭报告编号 ${c.number} 在政务诚信监管平台“报告核验”处查询。`,
  );
  doc.end();
  return done;
}
