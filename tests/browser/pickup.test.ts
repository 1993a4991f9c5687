import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, signIn, type BrowserSession } from './browser.js';
import { confirmHandover, makeHandover } from './handover.js';
import { expectNoViolations, openMenu, setClock, signOut } from './journey-helpers.js';
import { assignToCourier, collectAtTheDoor, requestPickup } from './pickup-steps.js';

/** Monday, when the courier collects; Tuesday, when the counter receives (no holiday near). */
const MONDAY = '2027-03-15T09:00:00+07:00';
const TUESDAY = '2027-03-16T08:00:00+07:00';

describe('a dossier collected by the post, from the citizen’s request to reception at the counter', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  it('is requested publicly, assigned, collected with its fees, handed over and received', async () => {
    const { page } = browser;
    await setClock(MONDAY);

    // The citizen asks on the public page, without signing in; only the order number comes back.
    const checkPages = { checkPages: true };
    const requested = await requestPickup(
      browser,
      {
        applicant: 'Hoàng Thị Thu',
        phone: '0911222333',
        address: '20 Phan Đình Phùng, phường Lâm Viên, Lâm Đồng',
        time: 'Sáng thứ Hai, 8–10 giờ',
      },
      checkPages,
    );
    const number = requested.number;
    expect(number).toMatch(/^TG-\d{6}$/);
    expect(requested.message).not.toContain('0911222333');

    // The counter assigns the courier.
    await assignToCourier(page, number, checkPages);

    // At the door the courier checks the documents, seals the package and takes the money.
    await collectAtTheDoor(
      page,
      number,
      { seal: 'NB-2027-0315', feeReceipt: 'BL-000123', chargeReceipt: 'CP-000456' },
      checkPages,
    );
    expect(await page.getByTestId('pickup-seal').textContent()).toBe('NB-2027-0315');

    // The courier hands the package and the money over to the counter on a record.
    await openMenu(page, 'Bàn giao');
    await page
      .getByTestId('handover-candidates')
      .getByRole('checkbox', { name: `Chọn ${number}` })
      .waitFor();
    await expectNoViolations(page, 'hand-over records with the new record form');
    const record = await makeHandover(page, 'Bưu điện → Bộ phận một cửa', [number]);
    expect(await page.getByText(/^Tổng phí, lệ phí thu hộ: 500\.000 đ · Tổng cước bưu chính: 35\.000 đ$/).count()).toBe(
      1,
    );
    await signOut(page);

    // The next morning the counter confirms the hand-over and receives the dossier from the package.
    await setClock(TUESDAY);
    await signIn(page, 'buudien', 'counter_clerk');
    await openMenu(page, 'Bàn giao');
    await page.getByRole('link', { name: record, exact: true }).click();
    await page.getByRole('button', { name: 'Báo sai lệch dòng 1' }).waitFor();
    await expectNoViolations(page, 'hand-over record to confirm, with its discrepancy forms');
    await confirmHandover(page, record);
    await expectNoViolations(page, 'confirmed hand-over record');
    // One click prints the record as PDF (biên bản bàn giao), with both sides and the package.
    const recordLink = page.getByTestId('handover-record-pdf');
    expect(await recordLink.textContent()).toMatch(/^In biên bản \(PDF\)/);
    const recordHref = (await recordLink.getAttribute('href'))!;
    expect(recordHref).toMatch(/^\/api\/handovers\/[0-9a-f-]{36}\/record\.pdf$/);
    const recordPdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return { status: response.status, base64: btoa(binary) };
    }, recordHref);
    expect(recordPdf.status).toBe(200);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'motcua-handover-'));
    await writeFile(path.join(dir, 'record.pdf'), Buffer.from(recordPdf.base64, 'base64'));
    const recordText = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'record.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    await rm(dir, { recursive: true, force: true });
    for (const s of ['BIÊN BẢN BÀN GIAO HỒ SƠ', record, number, 'Lý Văn Tá', 'Trần Thị Bưu', 'BÊN GIAO', 'BÊN NHẬN'])
      expect(recordText, s).toContain(s);
    await page.getByRole('link', { name: number, exact: true }).click();
    await page.getByTestId('pickup-status').filter({ hasText: 'Đã bàn giao cho một cửa' }).waitFor();
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ từ gói thu gom' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByTestId('chosen-procedure').filter({ hasText: '1.002952' }).waitFor();
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Thị Thu');
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('0911222333');
    await page.getByLabel('Số căn cước').fill('068090012345');
    await page.getByLabel('Ngày sinh').fill('1990-04-12');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByTestId('received').waitFor();
    const code = ((await page.getByTestId('dossier-code').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^000\.00\.31\.H36-270316-\d{4}$/);

    // The clock started at the counter's reception, not at pickup; the package is linked to the dossier.
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const firstRow = page.getByTestId('control-slip').locator('tbody tr').first();
    expect(await firstRow.locator('td').nth(3).textContent()).toBe('16/03/2027 08:00');
    await page.getByTestId('dossier-handovers').getByRole('link', { name: record, exact: true }).waitFor();

    // The remittance shows the money collected and handed over.
    await openMenu(page, 'Đối soát thu hộ');
    await page.getByLabel('Từ ngày').fill('2027-03-01');
    await page.getByLabel('Đến ngày').fill('2027-03-31');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    const total = page
      .getByRole('table', { name: 'Tiền thu khi thu gom từ 01/03/2027 đến 31/03/2027' })
      .getByRole('row')
      .filter({ hasText: 'Tổng cộng' });
    await total.waitFor();
    expect((await total.getByRole('cell').allTextContents()).slice(1)).toEqual([
      '1',
      '500.000 đ',
      '500.000 đ',
      '0 đ',
      '35.000 đ',
      '35.000 đ',
      '0 đ',
    ]);
    await expectNoViolations(page, 'remittance');
    await signOut(page);
  }, 120_000);
});
