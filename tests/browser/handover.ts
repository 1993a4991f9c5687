import type { Page } from 'playwright-core';

/**
 * Paper moves only with a confirmed hand-over record (docs/POSTAL.md): the sender makes it on
 * the "Bàn giao" page, the receiver confirms it there, and the confirmation moves the dossier.
 */
async function openHandovers(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu chính' })
    .getByRole('link', { name: 'Bàn giao', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Bàn giao hồ sơ' }).waitFor();
}

/** Makes a record of `direction` (its Vietnamese label) listing `labels` (dossier codes or pickup numbers); returns its number. */
export async function makeHandover(
  page: Page,
  direction: string,
  labels: readonly string[],
  resultNumber?: string,
): Promise<string> {
  await openHandovers(page);
  await page.getByLabel('Loại bàn giao', { exact: true }).selectOption({ label: direction });
  const candidates = page.getByTestId('handover-candidates');
  for (const label of labels) {
    await candidates.getByRole('checkbox', { name: `Chọn ${label}`, exact: true }).check();
    if (resultNumber) await candidates.getByLabel(`Số, ký hiệu kết quả: ${label}`).fill(resultNumber);
  }
  await page.getByRole('button', { name: 'Lập biên bản', exact: true }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Biên bản bàn giao BG-\d{6}$/ });
  await heading.waitFor();
  return ((await heading.textContent()) ?? '').replace('Biên bản bàn giao ', '');
}

/** The receiver opens the record from "waiting for my confirmation" and confirms it. */
export async function confirmHandover(page: Page, number: string): Promise<void> {
  await openHandovers(page);
  await page.getByRole('link', { name: number, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Biên bản bàn giao ${number}` }).waitFor();
  await page.getByRole('button', { name: 'Xác nhận đã nhận đủ' }).click();
  await page.getByRole('status').filter({ hasText: 'Đã xác nhận biên bản.' }).waitFor();
  await page.getByTestId('handover-status').filter({ hasText: 'Đã xác nhận' }).waitFor();
}
