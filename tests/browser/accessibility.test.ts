import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG A/AA and best practices) on the page as it is now. */
async function axeViolations(page: Page): Promise<Violation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) console.error(`axe violations on ${where}:`, violations);
  expect(violations, where).toEqual([]);
}

describe('axe-core finds no accessibility violations', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on the login page, also with an error shown', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await expectNoViolations(page, 'login page');

    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').locator('p').waitFor();
    await expectNoViolations(page, 'login page with an error');
  });

  it('on the shell: home, agency, users, audit and calendar pages', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await expectNoViolations(page, 'home');

    const pages = [
      { link: 'Đơn vị', ready: 'Các phòng, đơn vị' },
      { link: 'Người dùng', ready: 'Danh sách người dùng' },
      { link: 'Nhật ký hệ thống', ready: 'Các thao tác đã ghi nhận' },
      { link: 'Lịch làm việc', ready: /^Ngày nghỉ và ngày làm bù năm \d{4}$/ },
    ];
    for (const { link, ready } of pages) {
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('table', { name: ready }).waitFor();
      await expectNoViolations(page, link);
    }
  });
});
