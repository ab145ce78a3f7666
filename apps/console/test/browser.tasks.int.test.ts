// @vitest-environment node
// Officer tasks that had no page before issue 11, done in the browser as an officer would (zh-CN).
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDepartments, demoEnterprises } from '@integrity/demo-data';
import { today } from '@integrity/subgraph-kit';
import { csvParts } from '../src/export/file-parts';
import { inChina, shots, skip, startHarness, submitDialog, title, type Harness } from './browser-harness';
import { rawCodes } from './page-checks';

describe.skipIf(skip)(title('officer tasks with their own page (Chromium, real stack)'), () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(() => h?.close());

  it('lets an administrator load next year’s holidays and exchanged working days by pasting dates', async () => {
    const next = new Date().getFullYear() + 1;
    const page = await h.login('admin');
    await page.getByRole('menuitem', { name: '工作日历' }).click();
    await page.waitForSelector('[data-testid="calendar-page"]');
    const tag = page.locator(`[data-testid="calendar-year-${next}"]`);
    expect(await tag.innerText()).toContain('未载入');
    await page.fill('#calendar-name', '春节');
    await page.fill('#calendar-dates', `${next}-02-06~${next}-02-08\n${next}/2/9`);
    expect(await page.locator('[data-testid="calendar-preview"]').innerText()).toContain('将载入 4 天');
    await page.click('[data-testid="calendar-submit"]');
    await page.waitForSelector('text=已设置 4 天');
    await page.locator('.ant-form-item', { hasText: '类型' }).locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '调休工作日' }).click();
    await page.fill('#calendar-name', '春节调休上班');
    await page.fill('#calendar-dates', `${next}-02-14`);
    await page.click('[data-testid="calendar-submit"]');
    // days set one by one do not load the year: deadlines there still count weekends only, until it is confirmed
    await expect.poll(() => tag.innerText(), { timeout: 15_000 }).toContain('未完整载入（已单独设置 5 天）');
    await tag.click();
    await page.click('[data-testid="calendar-confirm-whole"]');
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => tag.innerText(), { timeout: 15_000 }).toContain('已载入 5 天');
    const token = await h.stack.login('admin');
    const year = await h.stack.graphql<{ workingCalendarYear: { loaded: boolean; loadedBy: string } }>(
      'query ($y: Int!) { workingCalendarYear(year: $y) { loaded loadedBy } }',
      { y: next },
      token,
    );
    expect(year.data!.workingCalendarYear).toEqual({ loaded: true, loadedBy: 'admin' });
    const { data } = await h.stack.graphql<{ workingCalendar: { date: string; kind: string }[] }>(
      'query ($y: Int!) { workingCalendar(year: $y) { date kind } }',
      { y: next },
      token,
    );
    expect(data!.workingCalendar.map((d) => `${d.date}:${d.kind}`)).toEqual([
      `${next}-02-06:HOLIDAY`,
      `${next}-02-07:HOLIDAY`,
      `${next}-02-08:HOLIDAY`,
      `${next}-02-09:HOLIDAY`,
      `${next}-02-14:WORKDAY`,
    ]);
    await page.screenshot({ path: `${shots}/calendar-loaded.png`, fullPage: true });
    // the load in the 操作日志: the days it kept, each by its date, kind and name, not as stored JSON
    await page.goto(`${h.stack.url}/audit?domain=CREDIT&entityType=CalendarYear`);
    const load = page.locator('.ant-table-row', { hasText: '载入年度工作日历' }).first();
    await load.getByRole('button', { name: /查\s*看/ }).click();
    const drawer = page.locator('[data-testid="audit-entry"]');
    await drawer.locator('.ant-table-row').first().waitFor();
    // confirming the year changed only whether it is loaded: the days, unchanged, on request
    await drawer.locator('.ant-switch').click();
    await expect.poll(() => drawer.innerText()).toContain('节假日和调休工作日');
    const detail = await drawer.innerText();
    expect(detail).toContain(`日期：${next}-02-06，类型：法定节假日，名称：春节`);
    expect(detail).toContain(`日期：${next}-02-14，类型：调休工作日，名称：春节调休上班`);
    expect(detail).not.toContain('{"');
    expect(await rawCodes(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/audit-calendar-load.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets an administrator replace a whole year from a CSV file, checked before it is sent', async () => {
    const year = new Date().getFullYear() + 2;
    const page = await h.login('admin');
    await page.goto(`${h.stack.url}/directory/users/calendar`);
    await page.waitForSelector('[data-testid="calendar-page"]');
    const tag = page.locator(`[data-testid="calendar-year-${year}"]`);
    await tag.click();
    const input = page.locator('[data-testid="calendar-csv"] input[type=file]');
    // a line from another year is named, and nothing can be sent
    await input.setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`日期,类型,名称\n${year - 1}-12-31,休,元旦\n`),
    });
    await page.waitForSelector('text=第2行无法识别');
    await input.setInputFiles({
      name: `${year}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `\uFEFF日期,类型,名称\n${year}-01-01,休,元旦\n${year}-02-05,休,春节\n${year}-02-13,班,春节调休\n`,
      ),
    });
    await page.waitForSelector('[data-testid="calendar-csv-preview"]');
    await page.click('[data-testid="calendar-csv-submit"]');
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => tag.innerText(), { timeout: 15_000 }).toContain('已载入 3 天');
    const { data } = await h.stack.graphql<{ workingCalendar: { date: string; kind: string }[] }>(
      'query ($y: Int!) { workingCalendar(year: $y) { date kind } }',
      { y: year },
      await h.stack.login('admin'),
    );
    expect(data!.workingCalendar.map((d) => `${d.date}:${d.kind}`)).toEqual([
      `${year}-01-01:HOLIDAY`,
      `${year}-02-05:HOLIDAY`,
      `${year}-02-13:WORKDAY`,
    ]);
    await page.screenshot({ path: `${shots}/calendar-csv.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets a member of the public file a complaint without an account, follow it and rate the reply', async () => {
    const page = await h.open('/public');
    await page.click('[data-testid="to-complaint"]');
    await page.waitForSelector('[data-testid="complaint-page"]');
    await page.locator('.ant-form-item', { hasText: '投诉类别' }).locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.fill('#content', '某镇政府承诺的企业扶持资金至今未兑现，多次询问没有答复，请求督促兑现。');
    await page.click('[data-testid="complaint-submit"]');
    await page.waitForSelector('[data-testid="complaint-receipt"]');
    const trackingNumber = (await page.locator('[data-testid="tracking-number"]').innerText()).trim();
    const accessCode = (await page.locator('[data-testid="access-code"]').innerText()).trim();
    await page.screenshot({ path: `${shots}/complaint-receipt.png`, fullPage: true });
    // the complaint office works it: accept, assign, reply
    const xfj = await h.stack.login('xfj');
    const cases = await h.stack.graphql<{ cases: { items: { id: string; trackingNumber: string | null }[] } }>(
      '{ cases(kind: COMPLAINT, pageSize: 200) { items { id trackingNumber } } }',
      {},
      xfj,
    );
    const id = cases.data!.cases.items.find((c) => c.trackingNumber === trackingNumber)!.id;
    const step = async (mutation: string, variables: Record<string, unknown>) =>
      expect((await h.stack.graphql(mutation, { id, ...variables }, xfj)).errors).toBeUndefined();
    await step('mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', {});
    await step('mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', {
      d: demoDepartments.find((d) => d.code === 'JXJ')!.id,
    });
    await step(
      'mutation ($id: ID!) { replyCase(id: $id, input: { reply: "已督促兑现，资金将于本月内拨付。" }) { id } }',
      {},
    );
    await page.fill('#follow-tracking', trackingNumber);
    await page.fill('#follow-code', accessCode);
    await page.click('[data-testid="complaint-follow"]');
    await page.waitForSelector('text=已督促兑现');
    await page.locator('label', { hasText: '不满意' }).click();
    await page.fill('#rate-reason', '截至目前仍未收到资金');
    await page.click('[data-testid="complaint-rate"]');
    await page.waitForSelector('text=已重新办理');
    const text = await page.locator('[data-testid="complaint-status"]').innerText();
    expect(text).not.toMatch(/[A-Z]{4,}/); // labels, never a raw code
    await page.screenshot({ path: `${shots}/complaint-followed.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets the case office accept a received case from its inbox, with the deadline of each case shown', async () => {
    const page = await h.login('xfj');
    await page.getByRole('menuitem', { name: '案件办理' }).click();
    await page.waitForURL(/\/casework\/cases/);
    await page.goto(`${h.stack.url}/casework/cases?status=RECEIVED`);
    await page.waitForSelector('.ant-table-row');
    const row = page.locator('.ant-table-row').first();
    const title = (await row.getByTestId('case-title').innerText()).trim();
    await row.getByRole('button', { name: '受理审查' }).click();
    // nothing to fill in (受理 is preselected): let the dialog finish opening before saving
    await page.waitForSelector('.ant-modal:visible:not(.ant-zoom-appear) .ant-radio-wrapper-checked');
    await submitDialog(page);
    await page.goto(`${h.stack.url}/casework/cases?status=ACCEPTED`);
    await page.waitForSelector(`.ant-table-row:has-text("${title}")`);
    await page.screenshot({ path: `${shots}/cases-inbox.png`, fullPage: true });
    // on a 1440-pixel screen every column is in view: nothing hides under the pinned actions
    const first = page.locator('.ant-table-row').first();
    const actions = await first.locator('td').last().boundingBox();
    for (const cell of [first.getByTestId('case-deadline'), first.getByTestId('case-status')]) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(actions!.x);
    }
    await page.context().close();
  }, 120_000);

  it('lets a county-wide investment officer waive a commitment by a recorded agreement', async () => {
    const page = await h.login('jxj');
    await page.goto(`${h.stack.url}/investment?tab=commitments&status=PENDING`);
    await page.waitForSelector('.ant-table-row');
    const row = page.locator('.ant-table-row').first();
    const description = (await row.getByTestId('commitment-description').innerText()).trim();
    // the demo county has waived commitments of its own: the one waived here makes one more
    const waived = async () =>
      (
        await h.stack.graphql<{ commitments: { total: number } }>(
          '{ commitments(status: WAIVED) { total } }',
          {},
          await h.stack.login('jxj'),
        )
      ).data!.commitments.total;
    const waivedBefore = await waived();
    await row.getByRole('button', { name: /^豁\s?免$/ }).click();
    await page.fill('.ant-modal:visible #document', '补充协议〔2026〕1号');
    await page.fill('.ant-modal:visible #note', '投资方书面同意放弃该项承诺');
    // the investor's written consent is required (issue 15)
    await page.fill('.ant-modal:visible #consentNumber', '投资方函〔2026〕1号');
    await page.fill('.ant-modal:visible #consentDate', today());
    await submitDialog(page);
    await page.goto(`${h.stack.url}/investment?tab=commitments&status=WAIVED`);
    expect(await waived()).toBe(waivedBefore + 1);
    await page
      .getByRole('row', { name: new RegExp(description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .getByText('已豁免')
      .waitFor();
    await page.screenshot({ path: `${shots}/commitment-waived.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets an investment officer record a commitment breach citing its finding, which the credit record then cites', async () => {
    const page = await h.login('jxj');
    await page.goto(`${h.stack.url}/investment?tab=commitments&status=PENDING`);
    await page.waitForSelector('.ant-table-row');
    const row = page.locator('.ant-table-row').first();
    await row.getByRole('button', { name: '记录违约' }).click();
    const dialog = page.locator('.ant-modal:visible');
    expect(await dialog.innerText()).toContain('认定文书号');
    await page.fill('.ant-modal:visible #note', '配套道路未按期建成，经核实构成违约。');
    await page.fill('.ant-modal:visible #documentNumber', '饶工信〔2026〕77号');
    await submitDialog(page);
    const token = await h.stack.login('leader');
    const { data } = await h.stack.graphql<{ commitments: { items: { id: string; breachDocumentNumber: string }[] } }>(
      '{ commitments(status: BREACHED, pageSize: 200) { items { id breachDocumentNumber } } }',
      {},
      token,
    );
    const breached = data!.commitments.items.find((c) => c.breachDocumentNumber === '饶工信〔2026〕77号')!;
    expect(breached).toBeDefined();
    // the breach reaches credit through the outbox: its record cites the finding, on the public list too
    const cited = async () =>
      (
        await h.stack.graphql<{ publicDishonestyRecords: { items: { documentNumber: string }[] } }>(
          '{ publicDishonestyRecords(search: "饶工信〔2026〕77号", pageSize: 5) { items { documentNumber } } }',
          {},
        )
      ).data?.publicDishonestyRecords.items.map((r) => r.documentNumber) ?? [];
    await expect.poll(cited, { timeout: 30_000 }).toEqual(['饶工信〔2026〕77号']);
    await page.goto(`${h.stack.url}/investment?tab=commitments&status=BREACHED`);
    await page.waitForSelector('.ant-table-row');
    await page.screenshot({ path: `${shots}/commitment-breached.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets a procurement officer record a breach with the number of its finding, shown in the list', async () => {
    const page = await h.login('czj');
    await page.goto(`${h.stack.url}/procurement/projects/breaches`);
    await page.waitForSelector('.ant-table-row');
    await page.click('[data-testid="create"]');
    await page.fill('.ant-modal:visible #description', '验收合格后逾期未支付中小企业货款，经投诉核实。');
    await page.fill('.ant-modal:visible #documentNumber', '饶财采〔2026〕88号');
    await submitDialog(page);
    const row = page.locator('.ant-table-row', { hasText: '饶财采〔2026〕88号' });
    await row.waitFor();
    expect(await row.innerText()).toContain('验收合格后逾期未支付中小企业货款');
    await page.screenshot({ path: `${shots}/breach-recorded.png`, fullPage: true });
    await page.context().close();
  }, 60_000);

  it('lets a procurement officer select a PPP partner: one with a serious record is refused on the field', async () => {
    const page = await h.login('czj');
    await page.goto(`${h.stack.url}/procurement/ppp`);
    const row = page.locator('.ant-table-row', { hasText: '县人民医院新院区PPP项目' });
    await row.locator('[data-testid="ppp-partner-button"]').click();
    const pick = async (enterprise: { name: string; uscc: string }) => {
      await page.click('.ant-modal:visible [data-testid="ppp-partner-select"]');
      await page.keyboard.type(enterprise.name.slice(3, 7));
      await page.click(`.ant-select-item-option:has-text("${enterprise.uscc}")`);
    };
    await pick(demoEnterprises[0]!); // SERIOUS records in the demo county's credit data
    await page.click('.ant-modal:visible .ant-btn-primary');
    await page.locator('.ant-modal:visible .ant-form-item-explain-error', { hasText: '严重失信记录' }).waitFor();
    const partner = demoEnterprises[15]!;
    await pick(partner);
    await submitDialog(page);
    await row.getByText(partner.name).waitFor();
    const { data } = await h.stack.graphql<{ pppProjects: { items: { name: string; partnerUscc: string | null }[] } }>(
      '{ pppProjects(pageSize: 50) { items { name partnerUscc } } }',
      {},
      await h.stack.login('czj'),
    );
    expect(data!.pppProjects.items.find((p) => p.name === '县人民医院新院区PPP项目')!.partnerUscc).toBe(partner.uscc);
    await page.screenshot({ path: `${shots}/ppp-partner.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets a procurement officer advance a PPP project to its next phase', async () => {
    const page = await h.login('czj');
    await page.goto(`${h.stack.url}/procurement/ppp`);
    await page.waitForSelector('[data-testid="ppp-advance-button"]');
    const row = page.locator('.ant-table-row', { has: page.locator('[data-testid="ppp-advance-button"]') }).first();
    // the project's name, without the implementing department under it
    const name = (await row.locator('td').first().innerText()).trim().split('\n')[0]!;
    const before = (await row.getByTestId('ppp-phase').innerText()).trim();
    await row.locator('[data-testid="ppp-advance-button"]').click();
    await submitDialog(page);
    const after = page
      .getByRole('row', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .getByTestId('ppp-phase');
    await expect.poll(async () => (await after.innerText()).trim(), { timeout: 15_000 }).not.toBe(before);
    await page.screenshot({ path: `${shots}/ppp-advanced.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('lets a department report its rectification and a supervisor accept it; the figures are the API’s', async () => {
    const officer = await h.login('czj');
    await officer.getByRole('menuitem', { name: '整改督办' }).click();
    await officer.waitForURL('**/supervision/rectification');
    await officer.waitForSelector('[data-testid="report-rectification"]');
    // the officer sees only 县财政局's orders
    const departments = await officer.locator('.ant-table-row td:nth-child(1)').allInnerTexts();
    expect(new Set(departments.map((d) => d.trim()))).toEqual(new Set(['饶平县财政局']));
    const row = officer.locator('.ant-table-row', { hasText: '待整改' }).first();
    const subject = (await row.locator('[data-testid="rect-subject"]').innerText()).trim();
    await row.locator('[data-testid="report-rectification"]').click();
    await officer.fill('.ant-modal:visible #report', '已清偿全部逾期合同款项');
    await officer.fill('.ant-modal:visible #evidence', '饶财支〔2026〕31号');
    await submitDialog(officer);
    await officer.locator('.ant-table-row', { hasText: subject }).getByText('已报告待审核').waitFor();
    await officer.context().close();

    const supervisor = await h.login('supervisor');
    await supervisor.goto(`${h.stack.url}/supervision/rectification?status=REPORTED`);
    const reported = supervisor.locator('.ant-table-row', { hasText: subject });
    await reported.locator('[data-testid="decide-rectification"]').click();
    // while the dialog is open another supervisor returns the report and the department reports again: the
    // decision on the report shown is refused in words, not made on one not seen
    const api = { supervisor: await h.stack.login('supervisor'), czj: await h.stack.login('czj') };
    const listed = await h.stack.graphql<{ rectifications: { items: { id: string; subject: string }[] } }>(
      '{ rectifications(status: REPORTED, pageSize: 100) { items { id subject } } }',
      {},
      api.supervisor,
    );
    const id = listed.data!.rectifications.items.find((r) => r.subject === subject)!.id;
    for (const [query, variables, token] of [
      [
        'mutation ($id: ID!) { decideRectification(id: $id, accepted: false, note: "请补充付款凭证") { status } }',
        { id },
        api.supervisor,
      ],
      [
        'mutation ($id: ID!) { reportRectification(id: $id, input: { report: "已补充付款凭证", evidence: "饶财支〔2026〕32号" }) { status } }',
        { id },
        api.czj,
      ],
    ] as const)
      expect((await h.stack.graphql(query, variables, token)).errors).toBeUndefined();
    await supervisor.fill('.ant-modal:visible #note', '整改到位，予以验收');
    await supervisor.click('.ant-modal:visible .ant-btn-primary');
    await supervisor.waitForSelector('[data-testid="form-error"]:has-text("数据已被他人修改，请刷新后重试")');
    await supervisor.click('.ant-modal:visible .ant-modal-footer .ant-btn:not(.ant-btn-primary)');
    await supervisor.waitForSelector('.ant-modal:visible', { state: 'detached', timeout: 30_000 });
    // the list reloaded after the refusal: opened again, the dialog shows the new report and decides on it
    await reported.locator('[data-testid="decide-rectification"]').click();
    await supervisor.locator('.ant-modal:visible').getByText('已补充付款凭证').waitFor();
    await supervisor.fill('.ant-modal:visible #note', '整改到位，予以验收');
    await submitDialog(supervisor);
    await supervisor.goto(`${h.stack.url}/supervision/rectification`);
    await supervisor.locator('.ant-table-row', { hasText: subject }).getByText('整改验收通过').waitFor();
    const token = await h.stack.login('supervisor');
    const { data } = await h.stack.graphql<{
      rectifications: { total: number; items: { subject: string; status: string }[] };
    }>('{ rectifications(pageSize: 100) { total items { subject status } } }', {}, token);
    expect(data!.rectifications.items.find((r) => r.subject === subject)!.status).toBe('ACCEPTED');
    expect(await supervisor.locator('.ant-pagination-total-text').innerText()).toContain(
      String(data!.rectifications.total),
    );
    await supervisor.screenshot({ path: `${shots}/rectification-accepted.png`, fullPage: true });
    await supervisor.goto(`${h.stack.url}/supervision/rectification?tab=inspections`);
    await supervisor.waitForSelector('.ant-table-row');
    await supervisor.screenshot({ path: `${shots}/inspections.png`, fullPage: true });
    await supervisor.context().close();
  }, 120_000);

  it('lets a department acknowledge its own warning with a note, and jump to its cause', async () => {
    const page = await h.login('czj');
    await page.getByRole('menuitem', { name: '预警监测' }).click();
    // the feed's own rows, not the home page's table still on screen while the page's code loads
    await page.waitForURL('**/supervision/warnings');
    await page.waitForSelector('[data-testid="acknowledge-warning"]');
    const departments = await page.locator('.ant-table-row td:nth-child(2)').allInnerTexts();
    expect(new Set(departments.map((d) => d.trim()))).toEqual(new Set(['饶平县财政局']));
    const row = page.locator('.ant-table-row', { hasText: '待处置' }).first();
    const kind = (await row.locator('td').first().innerText()).trim();
    await row.locator('[data-testid="acknowledge-warning"]').click();
    await page.fill('.ant-modal:visible #note', '已安排资金，本月底前支付完毕');
    await submitDialog(page);
    await page.locator('.ant-table-row', { hasText: kind }).getByText('已签收').first().waitFor();
    const token = await h.stack.login('czj');
    const { data } = await h.stack.graphql<{
      integrityWarnings: { items: { status: string; ackNote: string | null }[] };
    }>('{ integrityWarnings(status: ACKNOWLEDGED, pageSize: 50) { items { status ackNote } } }', {}, token);
    expect(data!.integrityWarnings.items.map((w) => w.ackNote)).toContain('已安排资金，本月底前支付完毕');
    await page.screenshot({ path: `${shots}/warning-acknowledged.png`, fullPage: true });
    // the link goes where the warning's cause is listed; wait for that page, not for rows still on screen
    const view = page.locator('.ant-table-row').first().getByRole('link', { name: '查看' });
    const target = new URL((await view.getAttribute('href'))!, h.stack.url);
    expect(target.pathname).not.toContain('/supervision/warnings');
    await view.click();
    await page.waitForURL((url) => url.pathname === target.pathname, { timeout: 30_000 });
    await page.waitForSelector('main .ant-table, main .ant-card, [data-testid="dashboard"]', { timeout: 30_000 });
    await page.context().close();
  }, 120_000);

  it('lets a department report progress on a duty of the plan and shows it in the ledger', async () => {
    const page = await h.login('fgj');
    await page.getByRole('menuitem', { name: '任务台账' }).click();
    await page.waitForSelector('.ant-table-row');
    const row = page.locator('.ant-table-row', { has: page.locator('[data-testid="report-progress"]') }).first();
    const code = (await row.locator('td').first().innerText()).trim();
    await row.locator('[data-testid="report-progress"]').click();
    await page.locator('.ant-modal:visible .ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.fill('.ant-modal:visible #progress', '已牵头制定年度工作要点并召开推进会');
    await submitDialog(page);
    const token = await h.stack.login('fgj');
    const me = demoDepartmentName('FGJ');
    const period = new URL(page.url()).searchParams.get('period');
    const { data } = await h.stack.graphql<{
      planTasks: { items: { id: string; reportLines: { state: string; department: { name: string } }[] }[] };
    }>(
      'query ($p: String!) { planTasks(pageSize: 200) { items { id reportLines(period: $p) { state department { name } } } } }',
      { p: period ?? previousQuarter() },
      token,
    );
    const line = data!.planTasks.items.find((t) => t.id === code)!.reportLines.find((l) => l.department.name === me)!;
    expect(['ON_TIME', 'LATE']).toContain(line.state);
    await page.screenshot({ path: `${shots}/ledger-reported.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('runs the annual evaluation: preliminary results, a department’s feedback, a decision, final, published, read by the public', async () => {
    const supervisor = await h.login('supervisor');
    await supervisor.getByRole('menuitem', { name: '年度考核' }).click();
    await supervisor.getByText('尚未开展考核').waitFor();
    await supervisor.click('[data-testid="start-evaluation"]');
    const year = Number(await supervisor.inputValue('.ant-modal:visible #year'));
    await submitDialog(supervisor);
    await supervisor.waitForSelector('[data-testid="evaluation-results"] .ant-table-row');
    const token = await h.stack.login('supervisor');
    const read = async () =>
      (
        await h.stack.graphql<{
          evaluation: {
            id: string;
            status: string;
            results: {
              departmentName: string;
              score: number;
              finalScore: number;
              feedback: { decision: string | null } | null;
            }[];
          };
        }>(
          'query ($y: Int!) { evaluation(year: $y) { id status results { departmentName score finalScore feedback { decision } } } }',
          { y: year },
          token,
        )
      ).data!.evaluation;
    const started = await read();
    expect(await supervisor.locator('[data-testid="evaluation-status"]').innerText()).toBe('初步结果（反馈期）');
    // every department and town, best first, the figures the API gives
    const rows = supervisor.locator('[data-testid="evaluation-results"] .ant-table-row');
    await supervisor
      .locator('.ant-pagination')
      .first()
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    const firstName = (await rows.first().locator('td').nth(2).innerText()).trim();
    expect(firstName).toBe(started.results[0]!.departmentName);
    expect((await rows.first().locator('td').nth(3).innerText()).trim()).toBe(String(started.results[0]!.score));
    // during the feedback period nothing is final yet: no final score or grade is shown
    expect(await supervisor.getByRole('columnheader', { name: '最终得分', exact: true }).count()).toBe(0);
    expect(await supervisor.getByRole('columnheader', { name: '最终等级', exact: true }).count()).toBe(0);
    // a department with deductions shows them with the figure's name and the clause, never the English reason
    const deducted = supervisor.locator('[data-testid="evaluation-results"] .ant-table-row', {
      has: supervisor.locator('.ant-table-row-expand-icon:not(.ant-table-row-expand-icon-spaced)'),
    });
    await deducted.last().locator('.ant-table-row-expand-icon').click();
    const deductions = await supervisor.locator('[data-testid="deductions"]').innerText();
    expect(deductions).toMatch(/饶府〔2018〕35号/);
    expect(deductions).not.toMatch(/below the target|[a-z]+[A-Z][a-z]+Count/);
    // the year before, started through the API, shows beside this year's results (year on year)
    const previous = await h.stack.graphql<{ startEvaluation: { id: string } }>(
      'mutation ($y: Int!) { startEvaluation(year: $y) { id } }',
      { y: year - 1 },
      token,
    );
    expect(previous.errors).toBeUndefined();
    await supervisor.reload();
    await supervisor.getByRole('columnheader', { name: '上年最终得分' }).waitFor();
    const lastYear = (await supervisor.locator('[data-testid="year-on-year"]').first().innerText()).trim();
    expect(lastYear).toMatch(/^\d+(\.\d+)?([↑↓]\d+(\.\d+)?)?$/);
    await supervisor.screenshot({ path: `${shots}/evaluation-preliminary.png`, fullPage: true });

    // 县财政局 sees only its own result and files feedback on it
    const officer = await h.login('czj');
    await officer.goto(`${h.stack.url}/supervision/evaluation`);
    await officer.waitForSelector('[data-testid="evaluation-results"] .ant-table-row');
    expect(await officer.locator('[data-testid="evaluation-results"] .ant-table-row').count()).toBe(1);
    await officer.getByText('本页显示本单位的考核结果').waitFor();
    await officer.click('[data-testid="file-feedback"]');
    await officer.fill('.ant-modal:visible #text', '逾期账款已于11月清偿，请核减相应扣分');
    await submitDialog(officer);
    await officer.locator('[data-testid="feedback-decision"]', { hasText: '待处理' }).waitFor();
    await officer.context().close();

    // before the deadline the results cannot be made final: said in Chinese, nothing changes
    await supervisor.reload();
    await supervisor.click('[data-testid="finalize-evaluation"]');
    await supervisor.click('.ant-modal:visible .ant-btn-primary');
    await supervisor
      .locator('.ant-modal:visible .ant-alert')
      .getByText(/尚未届满/)
      .waitFor();
    await supervisor.click('.ant-modal:visible .ant-modal-close');
    expect((await read()).status).toBe('PRELIMINARY');
    // the supervisor adjusts 县财政局's score with a note
    const own = supervisor.locator('.ant-table-row', { hasText: '饶平县财政局' });
    await own.locator('[data-testid="decide-feedback"]').click();
    await supervisor.locator('.ant-modal:visible').getByText('调整得分').click();
    const preliminary = (await own.locator('td').nth(3).innerText()).trim();
    const adjusted = preliminary === '99.5' ? '99' : '99.5';
    await supervisor.fill('.ant-modal:visible #adjustedScore', adjusted);
    await supervisor.fill('.ant-modal:visible #note', '经核实逾期账款已清偿，核减扣分');
    await submitDialog(supervisor);
    await own.locator('[data-testid="feedback-decision"]', { hasText: `已调整为${adjusted}分` }).waitFor();

    // the feedback period ends (the deadline moved into the past, as ten working days would)
    await h.stack.subgraphs.supervision!.dataSource.query(
      "UPDATE evaluation SET feedback_deadline = '2000-01-03' WHERE id = ?",
      [started.id],
    );
    await supervisor.reload();
    await supervisor.click('[data-testid="finalize-evaluation"]');
    await submitDialog(supervisor);
    await supervisor.locator('[data-testid="evaluation-status"]', { hasText: '最终结果' }).waitFor();
    // the final results carry the adjusted score
    await supervisor.getByRole('columnheader', { name: '最终得分', exact: true }).waitFor();
    expect((await own.locator('td').nth(5).innerText()).trim()).toBe(adjusted);
    await supervisor.click('[data-testid="publish-evaluation"]');
    await submitDialog(supervisor);
    await supervisor.locator('[data-testid="evaluation-status"]', { hasText: '已公布' }).waitFor();
    expect((await read()).status).toBe('PUBLISHED');
    await supervisor.screenshot({ path: `${shots}/evaluation-published.png`, fullPage: true });
    await supervisor.context().close();

    // the public reads the grades without login, the API's figures
    const pub = await h.open('/public');
    const ratings = pub.locator('[data-testid="public-ratings"]');
    await ratings.locator('.ant-table-row').first().waitFor();
    const { data } = await h.stack.graphql<{
      publicIntegrityRatings: { departmentName: string; grade: string; score: number }[];
    }>('query ($y: Int!) { publicIntegrityRatings(year: $y) { departmentName grade score } }', { y: year });
    expect(data!.publicIntegrityRatings.length).toBe(started.results.length);
    const first = ratings.locator('.ant-table-row').first();
    expect((await first.locator('td').nth(1).innerText()).trim()).toBe(data!.publicIntegrityRatings[0]!.departmentName);
    expect((await first.locator('td').nth(3).innerText()).trim()).toBe(String(data!.publicIntegrityRatings[0]!.score));
    expect(await ratings.innerText()).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
    await pub.screenshot({ path: `${shots}/public-ratings.png`, fullPage: true });
    await pub.context().close();
  }, 180_000);

  it('shows the scoring rules in force with their clauses and lets a supervisor publish a new version', async () => {
    const supervisor = await h.login('supervisor');
    await supervisor.goto(`${h.stack.url}/supervision/evaluation?tab=rules`);
    await supervisor.waitForSelector('[data-testid="rule-indicators"] .ant-table-row');
    const token = await h.stack.login('supervisor');
    const before = (
      await h.stack.graphql<{ scoringRules: { version: number; indicators: { indicator: string }[] } }>(
        '{ scoringRules { version indicators { indicator } } }',
        {},
        token,
      )
    ).data!.scoringRules;
    expect(await supervisor.locator('[data-testid="rule-indicators"] .ant-table-row').count()).toBe(
      before.indicators.length,
    );
    const text = await supervisor.locator('[data-testid="rule-indicators"]').innerText();
    expect(text).toContain('公务员信用档案覆盖率');
    expect(text).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b|[a-z]+[A-Z][a-z]+Count/);
    // an amount in a rule reads grouped, as money does
    expect(text).toContain('每100,000元扣1分');
    await supervisor.click('[data-testid="publish-rules"]');
    await supervisor.fill('.ant-modal:visible [id="grades.A"]', '92');
    await supervisor.fill('.ant-modal:visible #note', '提高A等分数线');
    await submitDialog(supervisor);
    await supervisor.getByText(`现行评分规则（第${before.version + 1}版）`).waitFor();
    // 发布人 names the account that published it (the API keeps its username, supervisor)
    await supervisor
      .locator('[data-testid="rule-history"] .ant-table-row', { hasText: '提高A等分数线' })
      .getByText('县监察委监督员', { exact: true })
      .waitFor();
    const after = (
      await h.stack.graphql<{ scoringRules: { version: number; grades: { A: number }; publishedBy: string } }>(
        '{ scoringRules { version grades { A } publishedBy } }',
        {},
        token,
      )
    ).data!.scoringRules;
    expect(after).toEqual({ version: before.version + 1, grades: { A: 92 }, publishedBy: 'supervisor' });
    await supervisor.screenshot({ path: `${shots}/scoring-rules.png`, fullPage: true });
    await supervisor.context().close();
  }, 120_000);

  it('lets the county credit office export the changes for the credit platforms, as many as the API gives', async () => {
    const page = await h.login('fgj');
    await page.goto(`${h.stack.url}/credit/exchange`);
    await page.waitForSelector('[data-testid="exchange-page"]');
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="exchange-take"]'),
    ]);
    expect(file.suggestedFilename()).toMatch(/^credit-exchange-.*\.json$/);
    const batch = page.locator('[data-testid="exchange-batch"]');
    await batch.waitFor();
    const shown = Number((await batch.locator('td').first().innerText()).trim());
    // the API from the start gives the same batch (nothing changed in between)
    const { data } = await h.stack.graphql<{ creditExchangeExport: { count: number; content: string } }>(
      '{ creditExchangeExport { count content } }',
      {},
      await h.stack.login('fgj'),
    );
    expect(shown).toBe(data!.creditExchangeExport.count);
    expect(shown).toBeGreaterThan(0);
    const firstRow = await page.locator('.ant-table-row').first().innerText();
    const first = (JSON.parse(data!.creditExchangeExport.content) as Record<string, string>[])[0]!;
    expect(firstRow).toContain(first['统一社会信用代码']);
    expect(firstRow).toContain(first['主体名称']);
    // the instant the file gives in UTC, read in the officer's local time (the harness's browsers are in 饶平: UTC+8)
    expect(firstRow).toContain(inChina(first['更新时间']!));
    await page.screenshot({ path: `${shots}/exchange.png`, fullPage: true });
    // the next batch starts where this one ended: nothing new
    await page.click('[data-testid="exchange-take"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="exchange-batch"] td')?.textContent?.trim() === '0',
    );

    // a court list with one good row and one naming an enterprise: checked, read, then the good row imported
    const finance = demoDepartments.find((d) => d.code === 'CZJ')!;
    const csv = [
      '案号,被执行人名称,统一社会信用代码,执行法院,发布时间',
      `（2026）粤5122执900号,${finance.name},${finance.uscc},饶平县人民法院,2026-11-02`,
      `（2026）粤5122执901号,某公司,${demoEnterprises[0]!.uscc},饶平县人民法院,2026-11-02`,
    ].join('\r\n');
    await page.setInputFiles('#court-file', {
      name: '失信被执行人名单.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.click('[data-testid="court-check"]');
    const report = page.locator('[data-testid="court-report"]');
    await report.waitFor();
    expect(await report.innerText()).toContain('可接受 1 行，拒绝 1 行，尚未写入');
    const refused = page.locator('[data-testid="court-import"] .ant-table-row', { hasText: '执901号' });
    expect(await refused.innerText()).toContain('机关的统一社会信用代码以 11 开头');
    await page.click('[data-testid="court-commit"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="court-report"]')?.textContent?.includes('已导入'),
    );
    await page.screenshot({ path: `${shots}/court-import.png`, fullPage: true });
    await page.context().close();
  });

  it('imports a court list larger than one request in parts, with a progress bar, reporting the whole file’s lines', async () => {
    const finance = demoDepartments.find((d) => d.code === 'CZJ')!;
    const good = (n: number) => `（2026）粤5122执${n}号,${finance.name},${finance.uscc},饶平县人民法院,2026-11-03`;
    const refused = (n: number) =>
      `（2026）粤5122执${n}号,"某公司（被执行人名称较长，用于撑大文件）",${demoEnterprises[0]!.uscc},饶平县人民法院,2026-11-03`;
    const lines = ['案号,被执行人名称,统一社会信用代码,执行法院,发布时间', good(950)];
    for (let n = 0; n < 4000; n += 1) lines.push(refused(10_000 + n));
    lines.push(good(951));
    const csv = lines.join('\r\n');
    const parts = csvParts(csv);
    expect(parts.length).toBeGreaterThan(1); // more than one request's worth
    const page = await h.login('fgj');
    await page.goto(`${h.stack.url}/credit/exchange`);
    await page.setInputFiles('#court-file', {
      name: '失信被执行人名单（全量）.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.click('[data-testid="court-check"]');
    const report = page.locator('[data-testid="court-report"]');
    await report.waitFor({ timeout: 60_000 });
    expect(await report.innerText()).toContain('可接受 2 行，拒绝 4000 行，尚未写入');
    expect(await page.locator('[data-testid="court-progress"]').innerText()).toContain(
      `已处理 ${parts.length}/${parts.length} 段`,
    );
    // the last row is reported on its own line of the file, though it travelled in the last part
    await page.locator('[data-testid="court-import"] .ant-pagination-item').last().click();
    expect(await page.locator('[data-testid="court-import"] .ant-table-row').last().innerText()).toContain(
      String(lines.length),
    );
    await page.click('[data-testid="court-commit"]');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="court-report"]')?.textContent?.includes('已导入'),
      undefined,
      { timeout: 60_000 },
    );
    await page.screenshot({ path: `${shots}/court-import-parts.png`, fullPage: true });
    const { data } = await h.stack.graphql<{ creditRecords: { items: { documentNumber: string }[] } }>(
      'query ($d: ID!) { creditRecords(departmentId: $d, pageSize: 200) { items { documentNumber } } }',
      { d: finance.id },
      await h.stack.login('leader'),
    );
    const numbers = data!.creditRecords.items.map((r) => r.documentNumber);
    for (const n of ['（2026）粤5122执950号', '（2026）粤5122执951号']) expect(numbers).toContain(n);
    await page.context().close();
  }, 180_000);

  it('lets a procurement officer issue a credit report on a supplier, download its PDF, and anyone verify it', async () => {
    const enterprise = demoEnterprises[0]!;
    const page = await h.login('czj');
    await page.goto(`${h.stack.url}/credit/reports`);
    await page.waitForSelector('[data-testid="credit-reports-page"]');
    // a report is on a public body (a department, a town, the court…) or an enterprise: 政府部门 would misname some
    expect(await page.locator('[data-testid="credit-report-type"]').innerText()).toMatch(/机关单位\s*企业/);
    await page.click('[data-testid="credit-report-type"] >> text=企业');
    await page.click('[data-testid="credit-report-enterprise"]');
    await page.keyboard.type(enterprise.name.slice(0, 6));
    await page.click(
      `.ant-select-item-option[title*="${enterprise.uscc}"], .ant-select-item-option:has-text("${enterprise.uscc}")`,
    );
    await page.click('[data-testid="credit-report-issue"]');
    const issued = page.locator('[data-testid="credit-report-issued"]');
    await issued.waitFor();
    const number = (await issued.innerText()).match(/XYBG-\d{8}-[0-9A-Z]{8}/)![0];
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="credit-report-download"]'),
    ]);
    expect(file.suggestedFilename()).toBe(`信用报告-${number}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', (await file.path())!, '-'], { encoding: 'utf8' });
    for (const words of ['信用报告', number, enterprise.name, enterprise.uscc]) expect(text, words).toContain(words);
    // what the page verifies is what the API says the report said
    const said = (
      await h.stack.graphql<{ verifyCreditReport: { records: { documentNumber: string }[] } }>(
        'query ($n: String!) { verifyCreditReport(number: $n) { records { documentNumber } } }',
        { n: number },
      )
    ).data!.verifyCreditReport;
    expect(said.records.length).toBeGreaterThan(0);
    await page.click('[data-testid="report-verify-submit"]');
    const result = page.locator('[data-testid="report-verify-result"]');
    await result.waitFor();
    expect(await result.innerText()).toContain(`${said.records.length} 条`);
    for (const r of said.records) expect(await result.innerText()).toContain(r.documentNumber);
    await page.screenshot({ path: `${shots}/credit-report.png`, fullPage: true });
    await page.context().close();

    // the public page verifies without a login; a number never issued says so
    const visitor = await h.open('/public');
    await visitor.fill('[data-testid="report-verify-number"]', number);
    await visitor.click('[data-testid="report-verify-submit"]');
    await visitor.locator('[data-testid="report-verify-result"]').waitFor();
    expect(await visitor.locator('[data-testid="report-verify-result"]').innerText()).toContain(enterprise.name);
    await visitor.screenshot({ path: `${shots}/public-report-verify.png`, fullPage: true });
    await visitor.fill('[data-testid="report-verify-number"]', 'XYBG-20260101-00000000');
    await visitor.click('[data-testid="report-verify-submit"]');
    await visitor.locator('[data-testid="report-verify-none"]').waitFor();
    await visitor.context().close();
  }, 120_000);

  it('sends only registered operations: the console works with TRUSTED_DOCUMENTS=required, an ad-hoc query from the page is refused', async () => {
    const page = await h.login('leader');
    await page.waitForSelector('[data-testid="dashboard"]');
    const answer = await page.evaluate(async () => {
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ users { items { username } } }' }),
      });
      return { status: r.status, body: await r.json() };
    });
    expect(answer.status).toBe(403);
    expect(answer.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'UNTRUSTED_DOCUMENT' });
    // the same query from a tool (no Origin) reaches the API, where the token decides
    const tool = await h.stack.graphql('{ users { items { username } } }', {}, await h.stack.login('admin'));
    expect(tool.errors).toBeUndefined();
    await page.context().close();
  }, 60_000);

  it('logs out on the server too: the token the page held stops working', async () => {
    const page = await h.login('leader');
    await page.waitForSelector('[data-testid="dashboard"]');
    const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('ig.session') ?? '{}').token as string);
    const me = '{ me { username } }';
    expect((await h.stack.graphql(me, {}, token)).errors).toBeUndefined();
    await page.click('[data-testid="logout"]');
    await page.waitForURL('**/login');
    // subgraphs trust a session check for SESSION_CHECK_SECONDS (5 s by default)
    let refused = false;
    for (let i = 0; i < 16 && !refused; i += 1) {
      refused = (await h.stack.graphql(me, {}, token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
      if (!refused) await new Promise((r) => setTimeout(r, 500));
    }
    expect(refused).toBe(true);
    await page.context().close();
  }, 60_000);
});

function previousQuarter(): string {
  const d = new Date();
  const q = Math.floor(d.getMonth() / 3);
  return q === 0 ? `${d.getFullYear() - 1}Q4` : `${d.getFullYear()}Q${q}`;
}

function demoDepartmentName(code: string): string {
  return demoDepartments.find((d) => d.code === code)!.name;
}
