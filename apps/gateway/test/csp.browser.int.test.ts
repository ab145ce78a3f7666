// The Content-Security-Policy must not break what the gateway serves: the console's production build
// (login page) and the bundled GraphiQL run in Debian's Chromium with no CSP violation.
import { existsSync } from 'node:fs';
import { subgraph as directory } from '@integrity/directory';
import { mysqlStatus, startStack, type Stack } from '@integrity/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_DIR } from '../src/paths.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const mysql = await mysqlStatus();
const built = existsSync(`${CONSOLE_DIR}/index.html`);
if (!built && process.env.CI === 'true')
  throw new Error(`CI requires the console build at ${CONSOLE_DIR} (npm run build)`);
const ready = mysql.ok && built && existsSync(chromiumPath);
const reason = !mysql.ok
  ? mysql.reason
  : !built
    ? 'console not built (npm run build)'
    : `no Chromium at ${chromiumPath}`;

/** Every CSP complaint a page makes: console messages and securitypolicyviolation events. */
async function watch(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.exposeFunction('reportCspViolation', (text: string) => void violations.push(text));
  // a string, not a function: this file is compiled without the DOM's types
  await page.addInitScript({
    content:
      "document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(e.violatedDirective + ' blocked ' + e.blockedURI));",
  });
  return violations;
}

describe.skipIf(!ready)(
  `console and GraphiQL under the gateway's CSP in Chromium${ready ? '' : ` (skipped: ${reason})`}`,
  () => {
    let stack: Stack;
    let browser: Browser;

    beforeAll(async () => {
      stack = await startStack({ subgraphs: [directory], consoleDir: CONSOLE_DIR });
      browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
    });
    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('renders the console’s login page with no CSP violation', async () => {
      const page = await browser.newPage();
      const violations = await watch(page);
      const response = await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.locator('input[type="password"]').waitFor({ timeout: 15_000 });
      expect(violations).toEqual([]);
      await page.close();
    });

    it('renders GraphiQL and fetches its schema with no CSP violation', async () => {
      const page = await browser.newPage();
      const violations = await watch(page);
      // GraphiQL introspects the API on load: a POST to /graphql from its own bundle (connect-src)
      const introspected = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST',
        { timeout: 15_000 },
      );
      await page.goto(`${stack.url}/graphql`, { waitUntil: 'networkidle' });
      await page.locator('.graphiql-container').waitFor({ timeout: 15_000 });
      expect((await introspected).status()).toBe(200);
      await page.waitForTimeout(300);
      expect(violations).toEqual([]);
      await page.close();
    });
  },
);
