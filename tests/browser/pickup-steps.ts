import type { Page } from 'playwright-core';
import { openLoginPage, signIn, type BrowserSession } from './browser.js';
import { expectNoViolations, openMenu, signOut } from './journey-helpers.js';

/** What the citizen types on the public pickup page (thu gom tại nhà). */
export type PickupRequest = { applicant: string; phone: string; address: string; time: string };
/** What the courier writes at the door: the seal and the two receipts (fee 500,000 đ, postal charge 35,000 đ). */
export type Collection = { seal: string; feeReceipt: string; chargeReceipt: string };

/** Axe checks on the pages the steps pass through, for the journey that owns these pages. */
type Options = { checkPages?: boolean };

/** The citizen asks on the public page, signed out; answers the order number and the page's message. */
export async function requestPickup(
  browser: BrowserSession,
  request: PickupRequest,
  { checkPages = false }: Options = {},
): Promise<{ number: string; message: string }> {
  const { page } = browser;
  await openLoginPage(browser);
  await page.goto('/thu-gom-ho-so');
  await page.getByRole('heading', { level: 1, name: 'Đăng ký thu gom hồ sơ tại nhà' }).waitFor();
  await page.getByLabel('Mã thủ tục (ví dụ 1.002952)').fill('1.002952');
  await page.getByLabel('Họ tên người yêu cầu').fill(request.applicant);
  await page.getByLabel('Số điện thoại').fill(request.phone);
  await page.getByLabel('Địa chỉ thu gom').fill(request.address);
  await page.getByLabel('Thời gian thuận tiện').fill(request.time);
  if (checkPages) await expectNoViolations(page, 'public pickup request');
  await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
  const done = page.getByTestId('pickup-requested');
  await done.waitFor();
  const message = (await done.textContent()) ?? '';
  return { number: /TG-\d{6}/.exec(message)?.[0] ?? '', message };
}

/** The counter assigns the order to the courier `buuta`, then signs out. */
export async function assignToCourier(page: Page, number: string, { checkPages = false }: Options = {}) {
  await page.goto('/');
  await signIn(page, 'buudien', 'counter_clerk');
  await openMenu(page, 'Thu gom hồ sơ');
  await page.getByRole('heading', { level: 1, name: 'Thu gom hồ sơ' }).waitFor();
  await page.getByLabel(`Bưu tá cho ${number}`).selectOption({ label: 'Lý Văn Tá (buuta)' });
  await page.getByRole('button', { name: `Giao ${number}` }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Đã giao ${number} cho Lý Văn Tá.` })
    .waitFor();
  if (checkPages) await expectNoViolations(page, 'pickup list');
  await signOut(page);
}

/**
 * The courier signs in, checks every document, seals the package and takes the fee and the
 * postal charge with their receipts; stays signed in on the order's page.
 */
export async function collectAtTheDoor(
  page: Page,
  number: string,
  collection: Collection,
  { checkPages = false }: Options = {},
) {
  await signIn(page, 'buuta', 'courier');
  await openMenu(page, 'Thu gom hồ sơ');
  await page.getByRole('heading', { level: 1, name: 'Thu gom của tôi' }).waitFor();
  await page.getByRole('link', { name: number, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Yêu cầu thu gom ${number}` }).waitFor();
  const form = page.getByTestId('collect-form');
  await form.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả' }).click();
  await form.getByLabel('Số niêm phong túi hồ sơ').fill(collection.seal);
  await form.getByLabel('Phí, lệ phí thu hộ (đồng)').fill('500000');
  await form.getByLabel('Số biên lai phí, lệ phí').fill(collection.feeReceipt);
  await form.getByLabel('Cước bưu chính (đồng)').fill('35000');
  await form.getByLabel('Số biên lai cước').fill(collection.chargeReceipt);
  if (checkPages) await expectNoViolations(page, 'pickup check form');
  await form.getByRole('button', { name: 'Xác nhận đã thu gom' }).click();
  await page.getByTestId('pickup-status').filter({ hasText: 'Đã thu gom' }).waitFor();
}
