// Shared by the browser suites: the production build of the console, served by the real gateway in front of
// every real subgraph on MariaDB, driven by Debian's Chromium through playwright-core. A suite whose stack
// cannot start FAILS under CI=true (MariaDB down, console not built, no Chromium, a subgraph that does not
// import): it never quietly tests less. Screenshots go to test-artifacts/screenshots/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import type { SubgraphDefinition } from '@integrity/subgraph-kit';

export const consoleDir = fileURLToPath(new URL('../dist', import.meta.url));
export const supergraphFile = fileURLToPath(new URL('../../gateway/supergraph.graphql', import.meta.url));
export const shots = fileURLToPath(new URL('../test-artifacts/screenshots', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SUBGRAPHS = ['directory', 'credit', 'procurement', 'investment', 'debt', 'supervision', 'casework'];

const mysql = await mysqlStatus();
const missing = !mysql.ok
  ? mysql.reason
  : !existsSync(`${consoleDir}/index.html`)
    ? 'console not built (npm run build)'
    : !existsSync(chromiumPath)
      ? `no Chromium at ${chromiumPath}`
      : null;
/** Skip only outside CI; under CI=true a stack that cannot start is a failure (beforeAll throws). */
export const skip = missing !== null && !process.env.CI;
export const title = (name: string) => `${name}${missing ? ` (cannot start: ${missing})` : ''}`;

/** Every subgraph; one that does not import fails the suite instead of shrinking it. */
async function loadSubgraphs(): Promise<SubgraphDefinition[]> {
  return Promise.all(
    SUBGRAPHS.map(async (name) => {
      const mod = (await import(/* @vite-ignore */ `@integrity/${name}`)) as { subgraph?: SubgraphDefinition };
      if (!mod.subgraph) throw new Error(`@integrity/${name} exports no subgraph (is it built?)`);
      return mod.subgraph;
    }),
  );
}

export interface Harness {
  stack: Stack;
  browser: Browser;
  open(path: string, lang?: 'zh-CN' | 'en-US'): Promise<Page>;
  login(username: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (missing) throw new Error(`the browser stack cannot start: ${missing}`);
  mkdirSync(shots, { recursive: true });
  const subgraphs = await loadSubgraphs();
  // as in production with TRUSTED_DOCUMENTS=required: every operation the console sends must be registered
  const stack = await startStack({
    subgraphs,
    consoleDir,
    supergraphSdl: readFileSync(supergraphFile, 'utf8'),
    trustedDocuments: 'required',
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });

  const open = async (path: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<Page> => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      locale: lang,
      // the county's officers read the console in China Standard Time, as the server counts its days
      timezoneId: 'Asia/Shanghai',
      // the console then turns antd's motion off: a click cannot land on a dialog still zooming in
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    (page as Page & { logs?: string[] }).logs = logs;
    await page.goto(`${stack.url}${path}`);
    return page;
  };

  const login = async (username: string): Promise<Page> => {
    const page = await open('/login');
    await page.fill('#username', username);
    await page.fill('#password', 'demo-password');
    await page.click('[data-testid="login-submit"]');
    try {
      await page.waitForSelector('[data-testid="main-menu"]');
    } catch (error) {
      await page.screenshot({ path: `${shots}/login-failed-${username}.png` });
      throw new Error(
        `login as ${username} failed; browser log:\n${((page as Page & { logs?: string[] }).logs ?? []).join('\n')}`,
        { cause: error },
      );
    }
    return page;
  };

  return {
    stack,
    browser,
    open,
    login,
    close: async () => {
      await browser.close();
      await stack.close();
    },
  };
}

/** An instant as an officer's console shows it: YYYY-MM-DD HH:mm:ss in China Standard Time (UTC+8, no DST). */
export const inChina = (instant: string): string =>
  new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** Open the export menu and download every matching row in the given format. */
export async function exportAll(page: Page, format: 'csv' | 'xlsx'): Promise<string> {
  await page.click('[data-testid="export"]');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('menuitem', { name: format === 'csv' ? '导出 CSV' : /导出 Excel/ }).click(),
  ]);
  return (await download.path())!;
}

/** The dialog on top, once it is open. */
export async function openDialog(page: Page): Promise<Locator> {
  await page.waitForSelector('.ant-modal:visible:not(.ant-zoom-appear):not(.ant-zoom-enter)');
  return page.locator('.ant-modal:visible').last();
}

/**
 * Press the dialog's primary button and wait until it closes. If it stays open, fail with what it shows (a
 * field's message, the server's refusal) rather than a bare timeout.
 */
export async function submitDialog(page: Page, button = '.ant-btn-primary'): Promise<void> {
  const dialog = await openDialog(page);
  await dialog.locator(button).last().click();
  try {
    await page.waitForSelector('.ant-modal', { state: 'hidden', timeout: 30_000 });
  } catch (error) {
    const shown = await dialog.innerText().catch(() => '(gone)');
    throw new Error(`the dialog stayed open, showing:\n${shown}`, { cause: error });
  }
}
