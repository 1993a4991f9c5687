import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

async function openCalendar(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Lịch làm việc' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lịch làm việc' }).waitFor();
}

describe('the working calendar', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the administrator adds a day off in 2027, sees it listed, and deletes it after confirming', async () => {
    const { page } = browser;
    const name = `Nghỉ kiểm thử ${Date.now().toString(36)}`;
    await openLoginPage(browser);
    await signIn(page, 'quantri', 'administrator');
    await openCalendar(page);

    // Wednesday 3 March 2027. First as a swapped working day: the server refuses it by the kind.
    await page.getByLabel('Ngày', { exact: true }).fill('2027-03-03');
    const kind = page.getByLabel('Loại ngày');
    await kind.selectOption({ label: 'Ngày làm bù' });
    await page.getByLabel('Tên, lý do').fill(name);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.locator('select[name="kind"][aria-invalid="true"]').waitFor();
    const kindField = page.locator('.field', { has: page.locator('select[name="kind"]') });
    expect(await kindField.locator('.field-error').textContent()).toBe(
      'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 03/03/2027 là thứ Tư.',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('kind');

    await kind.selectOption({ label: 'Ngày nghỉ' });
    await page.getByLabel('Đã xác nhận').selectOption({ label: 'Chưa chính thức (dự kiến)' });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu ngày 03/03/2027.' }).waitFor();
    // The list moved to the year of the day saved.
    const table = page.getByRole('table', { name: 'Ngày nghỉ và ngày làm bù năm 2027' });
    const row = table.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      '03/03/2027',
      'Thứ Tư',
      'Ngày nghỉ',
      name,
      'Không',
      'SửaXóa',
    ]);
    expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe('2027');

    await row.getByRole('button', { name: 'Xóa ngày 03/03/2027' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xác nhận xóa ngày' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(name);
    // Going back keeps the day; confirming removes it.
    await dialog.getByRole('button', { name: 'Quay lại' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Xóa ngày 03/03/2027' }).click();
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã xóa ngày 03/03/2027.' }).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  it('a specialist computes a due date across Tết and sees the calendar without the editor', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'chuyenvien', 'specialist');
    await openCalendar(page);
    await page.getByRole('table', { name: /^Ngày nghỉ và ngày làm bù năm \d{4}$/ }).waitFor();
    await page.getByText('Một ngày làm việc: 8 giờ.').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Xóa ngày/ }).count()).toBe(0);

    // Friday 13 February 2026 16:00 + 1 working day: 1 h that day, Tết until 22 February, 7 h on the 23rd.
    await page.getByLabel('Thời điểm tiếp nhận').fill('2026-02-13T16:00');
    await page.getByLabel('Số ngày làm việc').fill('1');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    const result = page.getByTestId('due-date-result');
    await result.waitFor();
    expect(await result.locator('dd').allTextContents()).toEqual(['13/02/2026 16:00', '23/02/2026 16:00']);

    // Received at lunch with a quarter of a day (2 h), written the Vietnamese way.
    await page.getByLabel('Thời điểm tiếp nhận').fill('2026-01-12T12:15');
    await page.getByLabel('Số ngày làm việc').fill('0,25');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    await result.getByText('12/01/2026 15:30').waitFor();
    expect(await result.locator('dd').allTextContents()).toEqual(['12/01/2026 13:30', '12/01/2026 15:30']);
  });

  it('shows the server’s message by the field when the count is not a number', async () => {
    const { page } = browser;
    await page.getByLabel('Số ngày làm việc').fill('năm');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    const input = page.locator('input[name="workingDays"][aria-invalid="true"]');
    await input.waitFor();
    const field = page.locator('.field', { has: input });
    expect((await field.locator('.field-error').textContent())?.trim()).not.toBe('');
    expect(await page.getByTestId('due-date-result').count()).toBe(0);
  });
});
