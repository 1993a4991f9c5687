import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const QUERY = 'cap chung chi hanh nghe duoc';
const NAME_START = 'Cấp Chứng chỉ hành nghề dược';
/** A fee as the page writes it: 500.000 đ. */
const MONEY = /^\d{1,3}(\.\d{3})* đ$/;

/** Runs axe-core (WCAG A/AA and best practices) on the page as it is now; as in accessibility.test.ts. */
async function expectNoViolations(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof AxeCore };
    const results = await axe.run(document);
    return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  if (violations.length > 0) console.error(`axe violations on ${where}:`, violations);
  expect(violations, where).toEqual([]);
}

/** yyyy-MM-dd in Vietnam, `years` from today. */
function vietnamDate(years = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
}

async function firstResultName(page: Page): Promise<string> {
  return (await page.getByTestId('result').first().getByRole('link').textContent())?.trim() ?? '';
}

describe('the procedure catalog', () => {
  let browser: BrowserSession;
  let code = '';
  beforeAll(async () => {
    code = await ensureProcedure();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a citizen finds a procedure without signing in and reads its documents, fee, recourse and appointment', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await page.getByRole('link', { name: 'Tra cứu thủ tục hành chính' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục hành chính' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/thu-tuc');
    await page.getByTestId('result').first().waitFor();
    await expectNoViolations(page, '/thu-tuc');

    await page.getByLabel('Tìm thủ tục').fill(QUERY);
    await page.waitForFunction((start) => {
      const first = document.querySelector('[data-testid="result"] a');
      return first?.textContent?.startsWith(start) ?? false;
    }, NAME_START);
    expect(await firstResultName(page)).toMatch(new RegExp(`^${NAME_START}`));
    expect(await page.getByTestId('result-count').textContent()).toMatch(/^Tìm thấy \d+ thủ tục\.$/);

    await page.getByTestId('result').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${NAME_START}`) }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/thu-tuc/${code}`);
    // Focus follows to the new page's heading once it has loaded, as after a page load.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.getByTestId('procedure-code').textContent()).toBe(code);
    expect(await page.getByTestId('document-row').count()).toBeGreaterThan(0);
    expect((await page.getByTestId('fee-amount').first().textContent())?.trim()).toMatch(MONEY);
    const recourse = page.getByTestId('recourse');
    expect(await recourse.getByRole('heading', { name: 'Nơi tiếp nhận khiếu nại, phản ánh' }).count()).toBe(1);
    expect((await recourse.locator('p').textContent())?.trim().length).toBeGreaterThan(10);
    expect(await page.getByTestId('expected-appointment').textContent()).toMatch(
      /Nộp hôm nay, hẹn trả dự kiến: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
    );
    expect(await page.getByTestId('history-row').count()).toBeGreaterThan(0);
    await expectNoViolations(page, 'procedure page');

    // The address works on its own, signed out, as a shared link would.
    await page.reload();
    await page.getByTestId('expected-appointment').waitFor();
  });

  it('the focal officer amends the fee by a future decision; the public page keeps the fee in force', async () => {
    const { page } = browser;
    await page.goto(`/thu-tuc/${code}`);
    const oldFee = (await page.getByTestId('fee-amount').first().textContent())?.trim() ?? '';
    const historyBefore = await page.getByTestId('history-row').count();
    expect(oldFee).toMatch(MONEY);
    const newFee = `${(Number(oldFee.replace(/\D/g, '')) + 150_000).toLocaleString('vi-VN')} đ`;

    await openLoginPage(browser);
    await signIn(page, 'daumoi', 'focal_officer');
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Quyết định công bố' })
      .click();
    await page.getByRole('table', { name: 'Các quyết định công bố thủ tục hành chính' }).waitFor();

    const number = `${Date.now() % 100000}/QĐ-UBND`;
    await page.getByLabel('Số quyết định').fill(number);
    await page.getByLabel('Người ký').fill('KT. Chủ tịch UBND tỉnh – Phó Chủ tịch');
    await page.getByLabel('Ngày ký').fill(vietnamDate());
    await page.getByLabel('Ngày có hiệu lực').fill(vietnamDate(1));
    await page.getByLabel('Trích yếu').fill('Công bố thủ tục hành chính được sửa đổi trong lĩnh vực Dược phẩm');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: `Quyết định ${number}` }).waitFor();
    expect(await page.getByTestId('decision-status').textContent()).toBe('Dự thảo');

    await page.getByRole('button', { name: 'Sửa đổi', exact: true }).click();
    const picker = page.getByTestId('procedure-picker');
    await picker.getByLabel('Tìm thủ tục').fill(code);
    await picker
      .getByRole('button', { name: new RegExp(`^Chọn ${NAME_START}`) })
      .first()
      .click();
    await page.getByRole('heading', { name: `Sửa đổi thủ tục ${code}` }).waitFor();
    const feeItem = page.getByRole('group', { name: 'Khoản thu 1' });
    expect(await feeItem.getByLabel('Mức thu (đồng)').inputValue()).toBe(oldFee.replace(' đ', ''));
    await feeItem.getByLabel('Mức thu (đồng)').fill(newFee.replace(' đ', ''));
    await page.getByRole('button', { name: 'Thêm vào dự thảo' }).click();

    const change = page.getByTestId('change');
    await change.waitFor();
    const feeRow = change.getByTestId('diff-row').filter({ hasText: 'Mức thu' });
    expect(await feeRow.locator('td').first().textContent()).toBe('Phí, lệ phí › Khoản thu 1 › Mức thu');
    expect(await feeRow.getByTestId('diff-before').textContent()).toBe(`Giá trị cũ: ${oldFee}`);
    expect(await feeRow.getByTestId('diff-after').textContent()).toBe(`Giá trị mới: ${newFee}`);
    await expectNoViolations(page, 'draft decision page');

    await page.getByRole('button', { name: 'Công bố quyết định' }).click();
    const dialog = page.getByRole('dialog', { name: 'Công bố quyết định' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('không thể sửa hay hủy');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByTestId('decision-status').filter({ hasText: 'Đã công bố' }).waitFor();
    expect(await page.getByRole('button', { name: 'Công bố quyết định' }).count()).toBe(0);
    await expectNoViolations(page, 'published decision page');

    // Not in force for another year: citizens still see, and pay, the old fee.
    await page.goto(`/thu-tuc/${code}`);
    await page.getByTestId('history-row').nth(historyBefore).waitFor();
    expect((await page.getByTestId('fee-amount').first().textContent())?.trim()).toBe(oldFee);
    const last = page.getByTestId('history-row').last();
    expect(await last.getByRole('cell').allTextContents()).toEqual([
      String(historyBefore + 1),
      'Sửa đổi',
      number,
      vietnamDate().split('-').reverse().join('/'),
      vietnamDate(1).split('-').reverse().join('/'),
      '—',
      'Chưa có hiệu lực',
    ]);
    expect(await page.getByTestId('upcoming-version').textContent()).toContain(number);

    // Move the server's clock (TEST_CLOCK) to the effective date: the new fee is now in force.
    const setClock = (now: string | null) => page.request.put('/api/test/clock', { data: { now } });
    try {
      expect((await setClock(`${vietnamDate(1)}T00:00:00+07:00`)).status()).toBe(204);
      await page.reload();
      await page.getByTestId('fee-amount').first().waitFor();
      expect((await page.getByTestId('fee-amount').first().textContent())?.trim()).toBe(newFee);
      expect(await page.getByTestId('history-row').count()).toBe(historyBefore + 1);
      expect(await page.getByTestId('history-row').last().getByRole('cell').last().textContent()).not.toBe(
        'Chưa có hiệu lực',
      );
    } finally {
      await setClock(null);
    }
  });

  it('the focal officer checks the exported workbook against a draft, then discards the draft', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'daumoi', 'focal_officer');
    await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Danh mục thủ tục' }).click();
    const href = (await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href')) ?? '';
    const workbook = await page.request.get(href);
    expect(workbook.status()).toBe(200);

    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Quyết định công bố' })
      .click();
    const number = `${Date.now() % 100000}/QĐ-NHAP`;
    await page.getByLabel('Số quyết định').fill(number);
    await page.getByLabel('Người ký').fill('Chủ tịch UBND tỉnh');
    await page.getByLabel('Ngày ký').fill(vietnamDate());
    await page.getByLabel('Ngày có hiệu lực').fill(vietnamDate());
    await page.getByLabel('Trích yếu').fill('Kiểm tra tệp danh mục');
    await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await page.getByRole('heading', { level: 1, name: `Quyết định ${number}` }).waitFor();

    const box = page.getByTestId('import-box');
    await box.getByLabel('Tệp Excel (.xlsx)').setInputFiles({
      name: 'danh-muc.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook.body(),
    });
    await box.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const summary = box.getByTestId('import-summary');
    await summary.waitFor();
    // The catalog as exported today is the catalog in force today: nothing to import.
    expect(await summary.textContent()).toMatch(/Tệp không có thay đổi nào.*Không thay đổi: [1-9]\d* thủ tục\./);
    expect(await box.getByRole('button', { name: 'Nhập vào dự thảo' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Hủy dự thảo' }).click();
    await page
      .getByRole('dialog', { name: 'Hủy dự thảo quyết định' })
      .getByRole('button', { name: 'Xác nhận' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Quyết định công bố' }).waitFor();
    await page.getByTestId('decision-row').first().waitFor();
    expect(await page.getByRole('link', { name: number }).count()).toBe(0);
  });
});

/**
 * The demo seed publishes the catalog; should it not (yet) hold the pharmacist's certificate,
 * the focal officer announces it through the API first, so the journeys have it to find.
 */
async function ensureProcedure(): Promise<string> {
  const baseUrl = inject('baseUrl');
  const found = (await (await fetch(`${baseUrl}/api/public/procedures?q=${encodeURIComponent(QUERY)}`)).json()) as {
    items: { code: string; name: string }[];
  };
  const existing = found.items.find((item) => item.name.startsWith(NAME_START));
  if (existing) return existing.code;

  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'daumoi', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const decision = await post('/api/catalog/decisions', {
    number: `${Date.now() % 100000}/QĐ-TEST`,
    title: 'Công bố thủ tục hành chính lĩnh vực Dược phẩm (dữ liệu kiểm thử)',
    signedOn: vietnamDate(),
    signer: 'Chủ tịch UBND tỉnh',
    effectiveFrom: vietnamDate(),
  });
  await post(`/api/catalog/decisions/${decision.id}/changes`, { kind: 'new', content: PHARMACIST_CERTIFICATE });
  await post(`/api/catalog/decisions/${decision.id}/publish`);
  return PHARMACIST_CERTIFICATE.code;
}

const PHARMACIST_CERTIFICATE = {
  code: '1.002952',
  name: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
  field: 'Dược phẩm',
  level: 'province',
  implementingAgency: 'Sở Y tế tỉnh Lâm Đồng',
  implementingUnitCode: null,
  applicantTypes: ['citizen'],
  channels: { counter: true, postReceipt: true, postReturn: true, online: 'partial', personalPresence: false },
  documents: [
    {
      name: 'Đơn đề nghị cấp Chứng chỉ hành nghề dược',
      form: 'original',
      copies: 1,
      formTemplate: 'Mẫu số 02',
      reusableFromNationalData: false,
    },
  ],
  dossierSets: 1,
  processingTime: { unit: 'working_days', total: 20, steps: null, note: null },
  fees: {
    items: [{ kind: 'fee', name: 'Phí thẩm định cấp Chứng chỉ hành nghề dược', amountVnd: 500_000, note: null }],
    noFee: false,
    exemptions: null,
  },
  result: 'Chứng chỉ hành nghề dược',
  conditions: null,
  steps: ['Nộp hồ sơ tại Bộ phận một cửa', 'Thẩm định hồ sơ', 'Trả kết quả'],
  legalBasis: ['Luật Dược 2016 (105/2016/QH13)'],
  recourse: 'Khiếu nại đến Giám đốc Sở Y tế theo Luật Khiếu nại 2011.',
};
