import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

describe('pages backed by the API', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the agency with its units and counters', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.getByRole('link', { name: 'Đơn vị' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sở Y tế tỉnh Lâm Đồng' }).waitFor();
    const units = page.getByRole('table', { name: 'Các phòng, đơn vị' });
    expect(await units.getByRole('row').filter({ hasText: 'Phòng Nghiệp vụ Dược' }).count()).toBe(1);
    const counters = page.getByRole('table', { name: 'Quầy tiếp nhận' });
    expect(await counters.getByRole('row').count()).toBeGreaterThan(1);
  });

  it('shows audit times in Vietnam time even on a computer set to UTC', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await page.getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    const table = page.getByRole('table', { name: 'Các thao tác đã ghi nhận' });
    await table.waitFor();
    // The newest entry is this sign-in, made by quantri.
    const firstRow = table.getByRole('row').nth(1);
    expect(await firstRow.textContent()).toContain('auth.login');
    const time = firstRow.locator('time');
    const instant = new Date((await time.getAttribute('datetime')) ?? '');
    expect(await time.textContent()).toBe(vietnamTime(instant));
  });

  it('sends the user back to the login page when the session has expired', async () => {
    const { page, context } = browser;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await context.clearCookies();
    await page.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    const notice = page.getByRole('status');
    expect(await notice.textContent()).toBe('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  });
});

/** dd/MM/yyyy HH:mm at UTC+7 (Vietnam keeps no daylight saving time). */
function vietnamTime(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
  );
}
