import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

/** A short description of the focused element: its name, or its accessible text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('name') ?? element.id;
    return `${element.tagName.toLowerCase()}:${name || element.textContent?.trim()}`;
  });
}

/** Presses Tab until `target` has focus; returns every stop on the way, target included. */
async function tabUntil(page: Page, target: string, maxStops = 12): Promise<string[]> {
  const stops: string[] = [];
  while (stops.length < maxStops) {
    await page.keyboard.press('Tab');
    stops.push(await focused(page));
    if (stops.at(-1) === target) return stops;
  }
  throw new Error(`Tab never reached ${target}; stops: ${stops.join(', ')}`);
}

describe('keyboard use', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('tabs through username, password and submit in order, and Enter signs in', async () => {
    const { page } = browser;
    await openLoginPage(browser);

    const stops = await tabUntil(page, 'input:username');
    expect(stops.filter((stop) => stop.startsWith('input'))).toEqual(['input:username']);
    await page.keyboard.type('quantri');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input:password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Đăng nhập');
    await page.keyboard.press('Enter');

    await page.getByTestId('home-administrator').waitFor();
  });

  it('skips to the content and moves through the menu with focus on each new page', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await page.reload();
    await page.getByTestId('home-administrator').waitFor();

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a:Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main:main');

    await page.reload();
    await page.getByTestId('home-administrator').waitFor();
    await tabUntil(page, 'a:Người dùng');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Danh sách người dùng' }).waitFor();
    expect(await focused(page)).toBe('h1:Người dùng');
    const current = page.getByRole('link', { name: 'Người dùng' });
    expect(await current.getAttribute('aria-current')).toBe('page');
  });
});
