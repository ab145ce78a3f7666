// @vitest-environment node
// What an officer or leader SEES, in zh-CN at 1440×900: every list column filled, no raw enum code, the
// dashboard's figures equal to the API's, and an export of all 2,900 civil servants holding every row.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayMoney } from '@integrity/rules';
import { exportAll, shots, skip, startHarness, submitDialog, title, type Harness } from './browser-harness';
import { blankColumns, columnsOutOfView, rawCodes } from './page-checks';

const LIST_PAGES: { user: string; path: string; shot: string; ready?: string }[] = [
  { user: 'leader', path: '/credit/civil-servants', shot: 'list-civil-servants' },
  { user: 'leader', path: '/credit/records', shot: 'list-credit-records' },
  { user: 'leader', path: '/credit/records?tab=objections', shot: 'list-objections' },
  { user: 'leader', path: '/credit/records?tab=repairs', shot: 'list-repairs' },
  { user: 'leader', path: '/procurement/projects', shot: 'list-procurement-projects' },
  { user: 'leader', path: '/procurement/projects/breaches', shot: 'list-breaches' },
  { user: 'leader', path: '/procurement/projects/overdue-payments', shot: 'list-overdue-payments' },
  { user: 'leader', path: '/procurement/ppp', shot: 'list-ppp' },
  { user: 'leader', path: '/investment?tab=agreements', shot: 'list-agreements' },
  { user: 'leader', path: '/investment?tab=commitments', shot: 'list-commitments' },
  { user: 'leader', path: '/investment?tab=policies', shot: 'list-policies' },
  { user: 'leader', path: '/debt', shot: 'list-debt' },
  { user: 'leader', path: '/directory/departments', shot: 'list-departments' },
  { user: 'leader', path: '/directory/enterprises', shot: 'list-enterprises' },
  { user: 'admin', path: '/directory/users', shot: 'list-users' },
  { user: 'admin', path: '/directory/users/calendar', shot: 'calendar', ready: '[data-testid="calendar-page"]' },
  { user: 'supervisor', path: '/oversight', shot: 'list-oversight' },
  { user: 'xfj', path: '/casework/cases', shot: 'list-cases' },
  { user: 'leader', path: '/casework/cases/proposals', shot: 'list-proposal-outcomes' },
  { user: 'leader', path: '/casework/judicial', shot: 'list-judgments' },
  { user: 'leader', path: '/casework/judicial?tab=hearings', shot: 'list-hearings' },
  { user: 'leader', path: '/supervision/rectification', shot: 'list-rectifications' },
  { user: 'leader', path: '/supervision/warnings', shot: 'list-warnings' },
  { user: 'leader', path: '/supervision/ledger', shot: 'list-ledger' },
  { user: 'leader', path: '/supervision/rectification?tab=inspections', shot: 'list-inspections' },
  // the officers who write there, with the actions column
  { user: 'rsj', path: '/credit/records', shot: 'list-credit-records-officer' },
  { user: 'fgj', path: '/credit/records?tab=objections', shot: 'list-objections-officer' },
  { user: 'fgj', path: '/credit/records?tab=repairs', shot: 'list-repairs-officer' },
  { user: 'czj', path: '/procurement/projects', shot: 'list-procurement-projects-officer' },
  { user: 'czj', path: '/procurement/ppp', shot: 'list-ppp-officer' },
  { user: 'jxj', path: '/investment?tab=agreements', shot: 'list-agreements-officer' },
  { user: 'jxj', path: '/investment?tab=commitments', shot: 'list-commitments-officer' },
  { user: 'xfj', path: '/casework/judicial', shot: 'list-judgments-officer' },
  { user: 'czj', path: '/debt?tab=instruments', shot: 'list-debt-instruments-officer' },
  { user: 'fgj', path: '/supervision/ledger', shot: 'list-ledger-officer' },
];

describe.skipIf(skip)(title('what users see in the console (Chromium, real stack)'), () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(() => h?.close());

  it('fills every column and shows no raw code on every list page', async () => {
    const pages = new Map<string, Page>();
    const problems: string[] = [];
    for (const p of LIST_PAGES) {
      const page = pages.get(p.user) ?? (await h.login(p.user));
      pages.set(p.user, page);
      await page.goto(`${h.stack.url}${p.path}`);
      await page.waitForSelector(p.ready ?? '.ant-table-row', { timeout: 20_000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${shots}/${p.shot}.png`, fullPage: true });
      for (const column of await blankColumns(page)) problems.push(`${p.path}: column ${column} is blank on every row`);
      for (const code of await rawCodes(page)) problems.push(`${p.path}: raw code ${code}`);
      // at 1440 pixels every column is in view: nothing read only by scrolling sideways
      for (const column of await columnsOutOfView(page)) problems.push(`${p.path}: column ${column} out of view`);
    }
    // the public page, without login
    const pub = await h.open('/public');
    await pub.waitForSelector('.ant-table-row');
    await pub.screenshot({ path: `${shots}/public.png`, fullPage: true });
    for (const column of await blankColumns(pub)) problems.push(`/public: column ${column} is blank on every row`);
    for (const code of await rawCodes(pub)) problems.push(`/public: raw code ${code}`);
    expect(problems).toEqual([]);
    for (const page of [...pages.values(), pub]) await page.context().close();
  }, 300_000);

  it('shows the dashboard figures the API gives, with the county fulfilment rate as Σ fulfilled ÷ Σ due', async () => {
    const page = await h.login('leader');
    await page.waitForSelector('[data-testid="dashboard-ranking"] .ant-table-row', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="risk-chart"] canvas');
    await page.screenshot({ path: `${shots}/dashboard.png`, fullPage: true });
    const token = await h.stack.login('leader');
    const { data } = await h.stack.graphql<{
      creditCoverage: { ratio: number };
      departments: {
        items: {
          activeDishonestyRecordCount: number;
          overduePaymentCount: number;
          overdueCommitmentCount: number;
          dueCommitmentCount: number;
          fulfilledCommitmentCount: number;
        }[];
      };
    }>(
      '{ creditCoverage { ratio } departments(pageSize: 200) { items { activeDishonestyRecordCount overduePaymentCount overdueCommitmentCount dueCommitmentCount fulfilledCommitmentCount } } }',
      {},
      token,
    );
    const items = data!.departments.items;
    const total = (key: keyof (typeof items)[number]) => items.reduce((s, d) => s + d[key], 0);
    const value = async (id: string) =>
      (await page.locator(`[data-testid="${id}"] .ant-statistic-content`).innerText()).replace(/\s/g, '');
    expect(await value('kpi-coverage')).toBe(`${(data!.creditCoverage.ratio * 100).toFixed(1)}%`);
    expect(await value('kpi-dishonesty')).toBe(String(total('activeDishonestyRecordCount')));
    expect(await value('kpi-payments')).toBe(String(total('overduePaymentCount')));
    expect(await value('kpi-commitments')).toBe(String(total('overdueCommitmentCount')));
    const rate = total('fulfilledCommitmentCount') / total('dueCommitmentCount');
    expect(await page.locator('[data-testid="kpi-fulfilment"]').innerText()).toContain(`${(rate * 100).toFixed(1)}%`);
    expect(await rawCodes(page)).toEqual([]);
    // every figure of the ranking and the casework panel is in view at 1440 pixels, without scrolling sideways
    expect(await columnsOutOfView(page)).toEqual([]);
    // the ranking leads with the best live integrity score the API gives; the warning panel shows its counts
    const { data: scored } = await h.stack.graphql<{
      departments: { items: { integrityScore: { score: number } }[] };
      integrityWarningCounts: { kind: string; count: number }[];
    }>(
      '{ departments(pageSize: 200) { items { integrityScore { score } } } integrityWarningCounts { kind count } }',
      {},
      token,
    );
    const best = Math.max(...scored!.departments.items.map((d) => d.integrityScore.score));
    const firstRow = page.locator('[data-testid="dashboard-ranking"] .ant-table-row').first();
    expect(await firstRow.innerText()).toContain(best.toFixed(2));
    const panel = await page.locator('[data-testid="warning-counts"]').innerText();
    for (const { count } of scored!.integrityWarningCounts) expect(panel).toContain(String(count));
    // the ranking's dishonesty count drills down to as many records (commendations and training left out); the
    // ranking leads with the best scores, so its last page holds departments with records
    await page.locator('[data-testid="dashboard-ranking"] .ant-pagination-item').last().click();
    const dishonesty = page
      .locator('[data-testid="dashboard-ranking"] a[href*="/credit/records?"]')
      .filter({ hasText: /^[1-9]\d*$/ })
      .first();
    const figure = (await dishonesty.innerText()).trim();
    expect(await dishonesty.getAttribute('href')).toContain('dishonestyOnly=true');
    await dishonesty.click();
    await page.waitForURL(/\/credit\/records/);
    await page.waitForSelector('.ant-table-row');
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${figure} 条`);
    // the ranking's breach count drills down to that department's breach records, as many as it says
    const { data: withBreaches } = await h.stack.graphql<{
      departments: { items: { id: string; breachCount: number }[] };
    }>('{ departments(pageSize: 200) { items { id breachCount } } }', {}, token);
    const target = withBreaches!.departments.items.find((d) => d.breachCount > 0)!;
    await page.goto(`${h.stack.url}/procurement/projects/breaches?departmentId=${target.id}`);
    await page.waitForSelector('.ant-table-row');
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${target.breachCount} 条`);
    await page.screenshot({ path: `${shots}/breaches-drilldown.png`, fullPage: true });
    // the ranking's overdue-payment count drills down to those payments, as many as it says, each late by the
    // days and owing the interest the API gives: a department owing interest, reached by its own link
    const { data: owed } = await h.stack.graphql<{
      overdueMilestones: {
        items: {
          daysLate: number;
          lateInterest: string;
          contract: { supplierName: string; project: { purchaser: { id: string; name: string } } };
        }[];
      };
    }>(
      '{ overdueMilestones(pageSize: 100) { items { daysLate lateInterest contract { supplierName project { purchaser { id name } } } } } }',
      {},
      token,
    );
    const owing = owed!.overdueMilestones.items.find((m) => m.lateInterest !== '0.00')!;
    const purchaser = owing.contract.project.purchaser;
    const { data: counted } = await h.stack.graphql<{ department: { overduePaymentCount: number } }>(
      'query ($id: ID!) { department(id: $id) { overduePaymentCount } }',
      { id: purchaser.id },
      token,
    );
    await page.goto(`${h.stack.url}/`);
    const ranking = page.locator('[data-testid="dashboard-ranking"]');
    await ranking.locator('.ant-table-row').first().waitFor();
    const row = ranking.locator('.ant-table-row', { hasText: purchaser.name });
    // the ranking pages by score: turn its pages until the department's row shows
    const pages = await ranking.locator('.ant-pagination-item').count();
    for (let p = 1; p <= pages && !(await row.count()); p += 1) {
      await ranking.locator(`.ant-pagination-item-${p}`).click();
      await ranking.locator(`.ant-pagination-item-active.ant-pagination-item-${p}`).waitFor();
    }
    expect(await row.count()).toBe(1);
    const drill = row.locator('a[href*="/procurement/projects/overdue-payments?"]');
    expect((await drill.innerText()).trim()).toBe(String(counted!.department.overduePaymentCount));
    await drill.click();
    await page.waitForURL(new RegExp(`/procurement/projects/overdue-payments\\?purchaserId=${purchaser.id}$`));
    await page.waitForSelector('.ant-table-row');
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(
      `共 ${counted!.department.overduePaymentCount} 条`,
    );
    // the row of that supplier, its interest read in its own column
    const shown = page.locator('.ant-table-row', { hasText: owing.contract.supplierName }).first();
    const headers = await page.locator('.ant-table-thead th').allInnerTexts();
    const cell = async (title: string) =>
      (
        await shown
          .locator('td')
          .nth(headers.findIndex((t) => t.trim() === title))
          .innerText()
      ).trim();
    expect(await shown.innerText()).toContain(purchaser.name);
    expect(await shown.innerText()).toContain(`已逾期 ${owing.daysLate} 天`);
    expect(await cell('逾期利息（元）')).toBe(displayMoney(owing.lateInterest));
    await page.screenshot({ path: `${shots}/overdue-payments-drilldown.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('reads a missed deadline as the days past it beside the deadline, not the same date twice', async () => {
    const token = await h.stack.login('leader');
    const { data } = await h.stack.graphql<{
      integrityWarnings: { items: { figure: string; threshold: string; resolvedOn: string | null }[] };
    }>(
      '{ integrityWarnings(kind: OBJECTION_OVERDUE, pageSize: 1) { items { figure threshold resolvedOn } } }',
      {},
      token,
    );
    const warning = data!.integrityWarnings.items[0]!;
    const page = await h.login('leader');
    await page.goto(`${h.stack.url}/supervision/warnings?kind=OBJECTION_OVERDUE`);
    await page.waitForSelector('.ant-table-row');
    const cells = await page.locator('.ant-table-row').first().locator('td').allInnerTexts();
    // the county's today, as the console reads it (UTC+8)
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const days = Math.round((Date.parse(warning.resolvedOn ?? today) - Date.parse(warning.threshold)) / 86_400_000);
    expect(cells.slice(2, 4).map((c) => c.trim())).toEqual([`逾期 ${days} 天`, `期限 ${warning.threshold}`]);
    await page.context().close();
  }, 60_000);

  it('offers an administrator 签收 on the warnings administrators mend and on no other', async () => {
    // a fact for credit written 15 minutes ago and refused, its next retry an hour away: procurement is stuck
    const outbox = h.stack.subgraphs.procurement!.dataSource;
    const key = `stuck-browser-${randomUUID()}`;
    await outbox.query(
      `INSERT INTO outbox_message (id, topic, dedupe_key, payload_json, created_at, attempts, next_attempt_at, last_error)
       VALUES (?, 'credit.departmentRecord', ?, '{}', ?, 3, ?, 'refused')`,
      [
        randomUUID(),
        key,
        new Date(Date.now() - 15 * 60_000).toISOString(),
        new Date(Date.now() + 3_600_000).toISOString(),
      ],
    );
    process.env.WARNING_REFRESH_SECONDS = '0';
    try {
      const admin = await h.stack.login('admin');
      const ask = async (status: string) =>
        (
          await h.stack.graphql<{ integrityWarnings: { total: number; items: { kind: string; status: string }[] } }>(
            `{ integrityWarnings(status: ${status}, pageSize: 100) { total items { kind status } } }`,
            {},
            admin,
          )
        ).data!.integrityWarnings;
      const open = await ask('OPEN');
      expect(open.items.map((w) => w.kind)).toContain('DELIVERY_STUCK');
      expect(open.items.some((w) => !['DELIVERY_STUCK', 'CALENDAR_MISSING'].includes(w.kind))).toBe(true);
      const page = await h.login('admin');
      await page.goto(`${h.stack.url}/supervision/warnings?status=OPEN&pageSize=100`);
      await page.waitForSelector('[data-testid="acknowledge-warning"]');
      expect(await page.locator('.ant-table-row').count()).toBe(Math.min(open.total, 100));
      const offered = page.locator('.ant-table-row', { has: page.locator('[data-testid="acknowledge-warning"]') });
      const kinds = new Set((await offered.locator('td:first-child').allInnerTexts()).map((k) => k.trim()));
      expect([...kinds].every((k) => ['跨领域数据传递受阻', '下一年度工作日历未载入'].includes(k))).toBe(true);
      expect(kinds.has('跨领域数据传递受阻')).toBe(true);
      const stuck = page.locator('.ant-table-row', { hasText: '跨领域数据传递受阻' });
      expect(await stuck.getByRole('link', { name: '查看' }).getAttribute('href')).toBe('/system/delivery');
      await stuck.locator('[data-testid="acknowledge-warning"]').click();
      await page.fill('.ant-modal:visible #note', '已通知信用子图运维排查');
      await submitDialog(page);
      await page.goto(`${h.stack.url}/supervision/warnings?kind=DELIVERY_STUCK`);
      await page.locator('.ant-table-row', { hasText: '跨领域数据传递受阻' }).getByText('已签收').waitFor();
      expect((await ask('ACKNOWLEDGED')).items.map((w) => w.kind)).toContain('DELIVERY_STUCK');
      expect(await rawCodes(page)).toEqual([]);
      await page.screenshot({ path: `${shots}/warning-acknowledged-admin.png`, fullPage: true });
      await page.context().close();
    } finally {
      await outbox.query('UPDATE outbox_message SET delivered_at = ? WHERE dedupe_key = ?', [
        new Date().toISOString(),
        key,
      ]);
      delete process.env.WARNING_REFRESH_SECONDS;
    }
  }, 90_000);

  it('sorts the whole list on the server when a column header is clicked, and keeps the order in the URL', async () => {
    const page = await h.login('leader');
    await page.goto(`${h.stack.url}/credit/records`);
    await page.waitForSelector('.ant-table-row');
    const header = page.locator('th.ant-table-column-has-sorters', { hasText: '决定日期' });
    const token = await h.stack.login('leader');
    const firstDate = async (direction: string) =>
      (
        await h.stack.graphql<{ creditRecords: { items: { decisionDate: string }[] } }>(
          `{ creditRecords(pageSize: 1, sortBy: DECISION_DATE, sortDirection: ${direction}) { items { decisionDate } } }`,
          {},
          token,
        )
      ).data!.creditRecords.items[0]!.decisionDate;
    const firstRowShows = (date: string) =>
      page.waitForFunction((d) => document.querySelector('.ant-table-row')?.textContent?.includes(d), date);
    // ascending: the earliest decision of all records (the usual order shows the latest first)
    await header.click();
    await page.waitForURL(/sort=DECISION_DATE/);
    await firstRowShows(await firstDate('ASC'));
    await header.click();
    await page.waitForURL(/dir=DESC/);
    await firstRowShows(await firstDate('DESC'));
    await page.screenshot({ path: `${shots}/list-sorted.png` });
    await page.context().close();
  });

  it('exports all 2,900 civil servants, as many rows as the list says, as CSV and as .xlsx', async () => {
    const page = await h.login('leader');
    await page.goto(`${h.stack.url}/credit/civil-servants`);
    await page.waitForSelector('.ant-table-row');
    const total = Number(/共 (\d+) 条/.exec(await page.locator('.ant-pagination-total-text').innerText())![1]);
    expect(total).toBeGreaterThanOrEqual(2800);

    const csv = readFileSync(await exportAll(page, 'csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('所属单位');
    expect(lines.length - 1).toBe(total);
    // 所属单位 is filled on every exported row
    expect(lines.slice(1).every((l) => l.split('","')[2]!.length > 0)).toBe(true);
    await page.waitForSelector(`text=已导出 ${total} 条`);

    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await exportAll(page, 'xlsx'));
    expect(book.worksheets[0]!.actualRowCount - 1).toBe(total);
    await page.screenshot({ path: `${shots}/export-done.png` });
    await page.context().close();
  }, 420_000);
});
