import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { setClock } from './journey-helpers.js';

const PROCEDURE = 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ';
/** A Monday with no holiday near it, away from the dates other journeys use. */
const MONDAY = '2027-04-05T08:15:00+07:00';

describe('printing the receipt at reception', () => {
  let browser: BrowserSession;
  let tmp: string;
  beforeAll(async () => {
    browser = await openBrowser();
    tmp = await mkdtemp(path.join(tmpdir(), 'motcua-receipt-'));
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it('receives a dossier and opens its receipt as a PDF holding the code and the applicant', async () => {
    const { page, context } = browser;
    await setClock(MONDAY);
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Tiếp nhận hồ sơ', exact: true })
      .click();
    const picker = page.getByTestId('procedure-picker');
    await picker.getByLabel('Tìm thủ tục').fill('1.002952');
    await picker.getByRole('button', { name: `Chọn ${PROCEDURE}`, exact: true }).click();
    await page.getByTestId('chosen-procedure').filter({ hasText: '1.002952' }).waitFor();
    await page.getByLabel('Họ và tên').fill('Phạm Thị Hồng Nhung');
    await page.getByLabel('Số căn cước').fill('068192004321');
    await page.getByLabel('Ngày sinh').fill('1992-07-21');
    await page.getByLabel('Số điện thoại').fill('0987654321');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('45 Phan Đình Phùng, phường Xuân Hương, Lâm Đồng');
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả' }).click();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByTestId('received').waitFor();
    const code = ((await page.getByTestId('dossier-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^000\.00\.31\.H36-270405-\d{4}$/);

    // One click: the link opens the PDF in a new tab.
    const link = page.getByRole('link', { name: /^In giấy tiếp nhận \(PDF\)/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/dossiers\/[0-9a-f-]{36}\/forms\/receipt\.pdf$/);
    expect(await link.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState('domcontentloaded').catch(() => {});
    expect(new URL(tab.url()).pathname).toBe(href);
    await tab.close();

    // The bytes, fetched in the page with the clerk's session, read back with pdftotext.
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return { status: response.status, type: response.headers.get('content-type'), base64: btoa(binary) };
    }, href!);
    expect(fetched.status).toBe(200);
    expect(fetched.type).toBe('application/pdf');
    const file = path.join(tmp, 'receipt.pdf');
    await writeFile(file, Buffer.from(fetched.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(code);
    expect(text).toContain('Phạm Thị Hồng Nhung');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Lâm Đồng, ngày 05 tháng 04 năm 2027');
  });
});
