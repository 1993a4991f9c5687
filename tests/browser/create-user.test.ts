import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

describe('the administrator creates a user', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the server’s field error by the password, then lists the new user', async () => {
    const { page } = browser;
    const username = `nv.${Date.now().toString(36)}`;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await page.getByRole('link', { name: 'Người dùng' }).click();
    const table = page.getByRole('table', { name: 'Danh sách người dùng' });
    await table.waitFor();

    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Họ và tên').fill('Phạm Thị Kiểm Thử');
    await page.getByLabel('Vai trò').selectOption('specialist');
    await page.getByLabel('Phòng, đơn vị').selectOption({ label: 'Phòng Nghiệp vụ Dược' });
    const password = page.getByLabel('Mật khẩu');
    await password.fill('ngan');
    await submitAndConfirm(browser);

    await page.locator('input[name="password"][aria-invalid="true"]').waitFor();
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId, 'the password field points at its error').toBeDefined();
    const fieldError = page.locator(`[id="${errorId}"]`);
    expect((await fieldError.textContent())?.trim()).not.toBe('');
    // The error sits in the password's own field, next to it, and focus went there.
    const passwordField = page.locator('.field', { has: page.locator('input[name="password"]') });
    expect(await passwordField.locator('.field-error').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('password');
    expect(await page.locator('input[name="username"]').getAttribute('aria-invalid')).toBe('false');

    await password.fill('mot-mat-khau-du-dai');
    await submitAndConfirm(browser);
    await page.getByRole('status').filter({ hasText: username }).waitFor();
    const row = table.getByRole('row').filter({ hasText: username });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual([username, 'Phạm Thị Kiểm Thử', 'Chuyên viên', 'Phòng Nghiệp vụ Dược', 'Có']);
  });
});

async function submitAndConfirm({ page }: BrowserSession): Promise<void> {
  await page.getByRole('button', { name: 'Tạo người dùng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận tạo người dùng' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
