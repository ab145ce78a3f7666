// @vitest-environment node
// Casework's console (issue 13) as its users work it, in zh-CN: the case office extends and closes cases from
// the inbox (a refusal shown in words), records a judgment's fulfilment and a hearing on the 司法监督 page,
// and the figures on that page, the NPC/CPPCC outcome table and the leaders' dashboard are the API's.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDepartmentByCode } from '@integrity/demo-data';
import { chinaDate, displayMoney, displayPercent } from '@integrity/rules';
import { shots, skip, startHarness, title, type Harness } from './browser-harness';
import { blankColumns, rawCodes } from './page-checks';

/** What a user sees must hold no raw code and no column blank on every row. */
async function looksRight(page: Page, where: string) {
  expect(await rawCodes(page), `${where}: raw codes`).toEqual([]);
  expect(await blankColumns(page), `${where}: blank columns`).toEqual([]);
}

const OPENED = '.ant-modal:visible:not(.ant-zoom-appear):not(.ant-zoom-enter)';
/** Let the dialog finish opening before touching it (slow CI machines). */
const dialogOpen = (page: Page) => page.waitForSelector(OPENED);
/** Save the open dialog and wait until no dialog is on screen. */
async function save(page: Page) {
  await page.click(`${OPENED} .ant-btn-primary`);
  await page.waitForSelector('.ant-modal:visible', { state: 'detached', timeout: 30_000 });
}
/** Pick an option of the antd Select in the open dialog's form item labelled `label`. */
async function choose(page: Page, label: string, option: string) {
  await page.locator(`${OPENED} .ant-form-item`, { hasText: label }).locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

interface DepartmentFigures {
  id: string;
  name: string;
  overdueCaseCount: number;
  caseSatisfactionRate: number | null;
  unfulfilledJudgmentCount: number;
  courtAppearanceRate: number | null;
}

describe.skipIf(skip)(title('casework in the console (Chromium, real stack)'), () => {
  let h: Harness;
  let xfj: string;
  const api = async <T>(query: string, variables: Record<string, unknown> = {}, token = xfj) => {
    const res = await h.stack.graphql<T>(query, variables, token);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const figures = async (token: string) =>
    (
      await api<{ departments: { items: DepartmentFigures[] } }>(
        '{ departments(pageSize: 200) { items { id name overdueCaseCount caseSatisfactionRate unfulfilledJudgmentCount courtAppearanceRate } } }',
        {},
        token,
      )
    ).departments.items;

  beforeAll(async () => {
    h = await startHarness();
    xfj = await h.stack.login('xfj');
  }, 180_000);
  afterAll(() => h?.close());

  it('lets the case office extend a petition once, shows a refusal in words, and close an NPC suggestion', async () => {
    // two petitions received and assigned today: an extension is decided within the reply period, and the
    // demo's older ones have run past theirs
    const [lead] = await figures(xfj);
    for (const n of [1, 2]) {
      const { registerCase } = await api<{ registerCase: { id: string } }>(
        'mutation ($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
        {
          i: {
            kind: 'PETITION',
            sourceNumber: `饶信（浏览器）${n}号`,
            title: '反映征地补偿款未足额发放',
            content: '群众反映征地补偿款未足额发放，请求核查。',
            receivedOn: chinaDate(),
            departmentId: lead!.id,
          },
        },
      );
      await api('mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', { id: registerCase.id });
      await api('mutation ($id: ID!, $d: ID!) { assignCase(id: $id, input: { departmentId: $d }) { id } }', {
        id: registerCase.id,
        d: lead!.id,
      });
    }
    const page = await h.login('xfj');
    await page.getByRole('menuitem', { name: '案件办理' }).click();
    await page.waitForURL(/\/casework\/cases/);
    await page.goto(`${h.stack.url}/casework/cases?kind=PETITION&status=ASSIGNED&pageSize=100`);
    const EXTEND = /^延\s?期$/;
    const withExtend = page.locator('.ant-table-row', { has: page.getByRole('button', { name: EXTEND }) });
    await withExtend.first().waitFor();
    const petitions = await api<{ cases: { items: { id: string; sourceNumber: string }[] } }>(
      '{ cases(kind: PETITION, status: ASSIGNED, pageSize: 200) { items { id sourceNumber } } }',
    );
    expect(petitions.cases.items.length).toBeGreaterThanOrEqual(2);
    const idOf = (number: string) => petitions.cases.items.find((c) => c.sourceNumber === number)!.id;
    // the first: extended from the inbox; 延期 is then no longer offered and the deadline carries the tag
    const first = withExtend.first();
    const firstNumber = (await first.getByTestId('case-number').innerText()).trim();
    await first.getByRole('button', { name: EXTEND }).click();
    await dialogOpen(page);
    await page.fill('#case-extend-reason', '涉及多个部门，需联合调查核实');
    await save(page);
    const extended = page.locator('.ant-table-row', { hasText: firstNumber });
    await extended.getByText('已延期').waitFor();
    expect(await extended.getByRole('button', { name: EXTEND }).count()).toBe(0);
    const after = await api<{ case: { extendedOn: string; extensionReason: string } }>(
      'query ($id: ID!) { case(id: $id) { extendedOn extensionReason } }',
      { id: idOf(firstNumber) },
    );
    expect(after.case).toEqual({ extendedOn: chinaDate(), extensionReason: '涉及多个部门，需联合调查核实' });
    // the second: extended by someone else while the dialog is open — the server's refusal, in words
    const second = withExtend.first();
    const secondNumber = (await second.getByTestId('case-number').innerText()).trim();
    expect(secondNumber).not.toBe(firstNumber);
    await second.getByRole('button', { name: EXTEND }).click();
    await dialogOpen(page);
    await api('mutation ($id: ID!) { extendCase(id: $id, reason: "另一位经办人已批准延期") { id } }', {
      id: idOf(secondNumber),
    });
    await page.fill('#case-extend-reason', '需补充调查');
    await page.click(`${OPENED} .ant-btn-primary`);
    await page.waitForSelector('[data-testid="form-error"]:has-text("该件已经延期一次，不能再次延期")');
    await page.screenshot({ path: `${shots}/case-extension-refused.png`, fullPage: true });
    await page.click(`${OPENED} .ant-modal-footer .ant-btn:not(.ant-btn-primary)`);
    await page.waitForSelector('.ant-modal:visible', { state: 'detached', timeout: 30_000 });

    // an NPC suggestion that was replied: closed with the deputy's satisfaction
    await page.goto(`${h.stack.url}/casework/cases?kind=NPC_SUGGESTION&status=REPLIED`);
    const replied = page.locator('.ant-table-row', { has: page.getByRole('button', { name: /^办\s?结$/ }) }).first();
    await replied.waitFor();
    const npcNumber = (await replied.getByTestId('case-number').innerText()).trim();
    await replied.getByRole('button', { name: /^办\s?结$/ }).click();
    await dialogOpen(page);
    // the satisfaction is required: saving without it is stopped in the form
    await page.click(`${OPENED} .ant-btn-primary`);
    await page.waitForSelector(`${OPENED} .ant-form-item-explain-error`);
    await choose(page, '代表委员满意度', '基本满意');
    await save(page);
    await page.goto(`${h.stack.url}/casework/cases?kind=NPC_SUGGESTION&status=CLOSED`);
    await page.waitForSelector(`.ant-table-row:has-text("${npcNumber}")`);
    const closed = await api<{
      cases: { items: { sourceNumber: string; delegateSatisfaction: string; closedOn: string }[] };
    }>(
      '{ cases(kind: NPC_SUGGESTION, status: CLOSED, pageSize: 200) { items { sourceNumber delegateSatisfaction closedOn } } }',
    );
    expect(closed.cases.items.find((c) => c.sourceNumber === npcNumber)).toMatchObject({
      delegateSatisfaction: 'BASICALLY_SATISFIED',
      closedOn: chinaDate(),
    });
    await page.screenshot({ path: `${shots}/case-closed.png`, fullPage: true });
    await looksRight(page, 'closed NPC suggestions');
    await page.context().close();
  }, 180_000);

  it('reassigns a case starting from its lead and co-handlers, and refuses in words one over a change meanwhile', async () => {
    const [lead, first, meanwhile, alongside, chosen] = ['CZJ', 'RSJ', 'SLJ', 'YJJ', 'JXJ'].map((code) =>
      demoDepartmentByCode(code),
    );
    const { registerCase } = await api<{ registerCase: { id: string } }>(
      'mutation ($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
      {
        i: {
          kind: 'PETITION',
          sourceNumber: '饶信（改派）1号',
          title: '反映农田灌溉渠道损毁',
          content: '群众反映农田灌溉渠道损毁，请求修复。',
          receivedOn: chinaDate(),
          departmentId: lead!.id,
        },
      },
    );
    const id = registerCase.id;
    await api('mutation ($id: ID!) { triageCase(id: $id, accepted: true) { id } }', { id });
    const assign = (d: string, c: string) =>
      api(
        'mutation ($id: ID!, $d: ID!, $c: [ID!]!) { assignCase(id: $id, input: { departmentId: $d, coHandlerIds: $c }) { id } }',
        { id, d, c: [c] },
      );
    await assign(lead!.id, first!.id);
    const handlersNow = async () =>
      (
        await api<{ case: { department: { id: string }; coHandlers: { id: string }[] } }>(
          'query ($id: ID!) { case(id: $id) { department { id } coHandlers { id } } }',
          { id },
        )
      ).case;
    const page = await h.login('xfj');
    await page.goto(`${h.stack.url}/casework/cases?kind=PETITION&status=ASSIGNED&pageSize=100`);
    const item = (label: string) => page.locator(`${OPENED} .ant-form-item`, { hasText: label });
    // what the dialog starts from: the lead's name, and the co-handlers' names
    const shown = async () => [
      await item('主办单位').locator('.ant-select-content').getAttribute('title'),
      (await item('协办单位').locator('.ant-select-content').innerText()).trim(),
    ];
    const openAssign = async () => {
      await page
        .locator('.ant-table-row', { hasText: '饶信（改派）1号' })
        .getByRole('button', { name: /^交\s?办$/ })
        .click();
      await dialogOpen(page);
    };
    await openAssign();
    await expect.poll(shown).toEqual([lead!.name, first!.name]);
    // another officer reassigns it while this dialog is open: saving is refused in words, nothing overwritten
    await assign(meanwhile!.id, alongside!.id);
    await choose(page, '主办单位', chosen!.name);
    await page.click(`${OPENED} .ant-btn-primary`);
    await page.waitForSelector('[data-testid="form-error"]:has-text("数据已被他人修改，请刷新后重试")');
    await page.screenshot({ path: `${shots}/case-reassign-refused.png`, fullPage: true });
    expect(await handlersNow()).toEqual({ department: { id: meanwhile!.id }, coHandlers: [{ id: alongside!.id }] });
    await page.click(`${OPENED} .ant-modal-footer .ant-btn:not(.ant-btn-primary)`);
    await page.waitForSelector('.ant-modal:visible', { state: 'detached', timeout: 30_000 });
    // the list has reloaded after the refusal and shows the reassignment; opened again on the same page, the
    // dialog starts from it, and saves, keeping its co-handler
    await page.locator('.ant-table-row', { hasText: '饶信（改派）1号' }).getByText(meanwhile!.name).waitFor();
    await openAssign();
    await expect.poll(shown).toEqual([meanwhile!.name, alongside!.name]);
    await choose(page, '主办单位', chosen!.name);
    await save(page);
    expect(await handlersNow()).toEqual({ department: { id: chosen!.id }, coHandlers: [{ id: alongside!.id }] });
    await page.context().close();
  }, 180_000);

  it('lists the judgments in yuan and records a fulfilment that settles one', async () => {
    const page = await h.login('xfj');
    await page.getByRole('menuitem', { name: '司法监督' }).click();
    await page.waitForURL(/\/casework\/judicial/);
    await page.waitForSelector('[data-testid="judicial-page"] .ant-table-row');
    const { judgments } = await api<{
      judgments: {
        total: number;
        items: { id: string; caseNumber: string; amount: string; fulfilledAmount: string; status: string }[];
      };
    }>('{ judgments(pageSize: 200) { total items { id caseNumber amount fulfilledAmount status } } }');
    expect(await page.locator('.ant-pagination-total-text').innerText()).toBe(`共 ${judgments.total} 条`);
    await page.screenshot({ path: `${shots}/judgments.png`, fullPage: true });
    await looksRight(page, 'judgments');
    // an overdue, partly paid judgment: its sums in yuan as the API gives them (the API's Decimal is yuan)
    const overdue = judgments.items.find((j) => j.status === 'UNFULFILLED' && j.fulfilledAmount !== '0.00')!;
    const row = page.locator('.ant-table-row', { hasText: overdue.caseNumber });
    const rowText = await row.innerText();
    expect(rowText).toContain('逾期未履行');
    expect(rowText).toContain(displayMoney(overdue.amount));
    expect(rowText).toContain(displayMoney(overdue.fulfilledAmount));
    // the body the court listed as a dishonest judgment debtor carries the flag
    expect(await page.locator('.ant-table-row', { hasText: '失信被执行人' }).count()).toBeGreaterThan(0);
    const left = (BigInt(overdue.amount.replace('.', '')) - BigInt(overdue.fulfilledAmount.replace('.', ''))) / 100n;
    await row.getByRole('button', { name: '登记履行' }).click();
    await dialogOpen(page);
    await page.fill(`${OPENED} #date`, chinaDate());
    await page.fill(`${OPENED} #amount`, String(left));
    await page.fill('#fulfilment-evidence', '国库集中支付凭证（尾款）');
    await save(page);
    await row.getByText('已履行', { exact: true }).waitFor();
    const settled = await api<{ judgments: { items: { id: string; status: string; fulfilledAmount: string }[] } }>(
      '{ judgments(pageSize: 200) { items { id status fulfilledAmount } } }',
    );
    expect(settled.judgments.items.find((j) => j.id === overdue.id)).toMatchObject({
      status: 'FULFILLED',
      fulfilledAmount: overdue.amount,
    });
    await page.screenshot({ path: `${shots}/judgment-fulfilled.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('shows each body’s court appearance rate as the API counts it, and counts a hearing just recorded', async () => {
    const page = await h.login('xfj');
    await page.goto(`${h.stack.url}/casework/judicial`);
    await page.waitForSelector('[data-testid="judicial-page"] .ant-table-row');
    await page.getByRole('tab', { name: '出庭应诉' }).click();
    await page.waitForURL(/tab=hearings/);
    await page.waitForSelector('[data-testid="appearance-rates"] .ant-table-row');
    const rates = async () => {
      const byId = new Map<string, string>();
      for (const cell of await page.locator('[data-testid^="rate-"]').all()) {
        const id = (await cell.getAttribute('data-testid'))!.slice('rate-'.length);
        byId.set(id, (await cell.innerText()).trim());
      }
      return byId;
    };
    const expected = (items: DepartmentFigures[]) =>
      new Map(
        items.flatMap((d) => (d.courtAppearanceRate === null ? [] : [[d.id, displayPercent(d.courtAppearanceRate)]])),
      );
    expect(await rates()).toEqual(expected(await figures(xfj)));
    await page.screenshot({ path: `${shots}/court-appearances.png`, fullPage: true });
    await looksRight(page, 'court appearances');
    // a hearing at 饶平县财政局 without its head: its rate falls, on the page as in the API
    await page.click('[data-testid="new-hearing"]');
    await dialogOpen(page);
    await page.fill('#hearing-case-number', `（${chinaDate().slice(0, 4)}）粤5122行初999号`);
    await choose(page, '被诉单位', '饶平县财政局');
    await page.fill(`${OPENED} #hearingDate`, chinaDate());
    await page.locator(`${OPENED} label`, { hasText: '否' }).click();
    await save(page);
    await page.waitForSelector('.ant-table-row:has-text("粤5122行初999号")');
    const now = expected(await figures(xfj));
    const czj = (await figures(xfj)).find((d) => d.name === '饶平县财政局')!;
    expect(czj.courtAppearanceRate).toBeLessThan(1);
    await expect.poll(async () => (await rates()).get(czj.id), { timeout: 15_000 }).toBe(now.get(czj.id));
    expect(await rates()).toEqual(now);
    await page.screenshot({ path: `${shots}/court-appearance-recorded.png`, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('tallies NPC suggestions and CPPCC proposals by outcome per department, as many as the API holds', async () => {
    const page = await h.login('leader');
    await page.goto(`${h.stack.url}/casework/cases/proposals`);
    await page.waitForSelector('[data-testid="proposal-outcomes"] .ant-table-row');
    const token = await h.stack.login('leader');
    const { npc, cppcc } = await api<{ npc: { total: number }; cppcc: { total: number } }>(
      '{ npc: cases(kind: NPC_SUGGESTION, pageSize: 1) { total } cppcc: cases(kind: CPPCC_PROPOSAL, pageSize: 1) { total } }',
      {},
      token,
    );
    // columns: department, then per kind: items, A, B, C, not answered
    const sums = await page.evaluate(() => {
      const totals = [0, 0];
      for (const tr of document.querySelectorAll('[data-testid="proposal-outcomes"] tbody tr.ant-table-row')) {
        const cells = [...tr.children].map((c) => Number((c as HTMLElement).innerText.trim()));
        totals[0] += cells[1]!;
        totals[1] += cells[6]!;
      }
      return totals;
    });
    expect(sums).toEqual([npc.total, cppcc.total]);
    await page.screenshot({ path: `${shots}/proposal-outcomes.png`, fullPage: true });
    await looksRight(page, 'proposal outcomes');
    await page.context().close();
  }, 120_000);

  it('shows the leaders the casework figures per department the API gives, in one panel', async () => {
    const page = await h.login('leader');
    await page.waitForSelector('[data-testid="casework-panel"] .ant-table-row', { timeout: 20_000 });
    const items = await figures(await h.stack.login('leader'));
    const shown = items.filter(
      (d) =>
        d.overdueCaseCount > 0 ||
        d.unfulfilledJudgmentCount > 0 ||
        d.courtAppearanceRate !== null ||
        d.caseSatisfactionRate !== null,
    );
    const panel = page.locator('[data-testid="casework-panel"]');
    const total = (key: 'overdueCaseCount' | 'unfulfilledJudgmentCount') => items.reduce((s, d) => s + d[key], 0);
    const totals = await panel.locator('[data-testid="casework-totals"]').innerText();
    expect(totals).toContain(`逾期案件 ${total('overdueCaseCount')} 件`);
    expect(totals).toContain(`逾期未履行判决 ${total('unfulfilledJudgmentCount')} 件`);
    expect(total('overdueCaseCount')).toBeGreaterThan(0);
    // every department the panel shows (first page: the ten most overdue), each figure as the API's
    const rows = await panel.locator('.ant-table-row').all();
    expect(rows.length).toBe(Math.min(10, shown.length));
    for (const row of rows) {
      const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
      const d = shown.find((x) => x.name === cells[0]);
      expect(d, `panel row ${cells[0]}`).toBeDefined();
      expect(cells.slice(1)).toEqual([
        String(d!.overdueCaseCount),
        displayPercent(d!.caseSatisfactionRate),
        String(d!.unfulfilledJudgmentCount),
        displayPercent(d!.courtAppearanceRate),
      ]);
    }
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/dashboard-casework.png`, fullPage: true });
    expect(await rawCodes(page)).toEqual([]);
    await page.context().close();
  }, 120_000);
});
