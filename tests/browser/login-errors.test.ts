import { errorMessage } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, type BrowserSession } from './browser.js';

describe('a refused sign-in', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the server message in Vietnamese, then in English after switching', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    const alert = page.getByRole('alert');

    await page.getByLabel('Tên đăng nhập').fill('lanhdao');
    await page.getByLabel('Mật khẩu').fill('mat-khau-sai');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await alert.filter({ hasText: errorMessage('INVALID_CREDENTIALS', 'vi') }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.filter({ hasText: errorMessage('INVALID_CREDENTIALS', 'en') }).waitFor();
    expect(await alert.textContent()).not.toContain(errorMessage('INVALID_CREDENTIALS', 'vi'));

    // The choice is remembered by the browser.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});
