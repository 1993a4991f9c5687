import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { apiSignIn, expectNoViolations, openMenu, setClock } from './journey-helpers.js';

/** A Monday with no holiday near it (the demo calendar has none in March 2027). */
const MONDAY = '2027-03-08T08:00:00+07:00';
const PHARMACIST = 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ';
/** Tiếp nhận Phiếu công bố mỹ phẩm: only on the national system, never on paper at the counter. */
const COSMETICS = 'Tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước';

/** Reception at the counter that does not end in a received dossier: no code, a slip instead. */
describe('reception slips at the counter', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
    await setClock(MONDAY);
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  async function startReception(page: Page, code: string, name: string): Promise<void> {
    await openMenu(page, 'Tiếp nhận hồ sơ');
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    const picker = page.getByTestId('procedure-picker');
    await picker.getByLabel('Tìm thủ tục').fill(code);
    await picker.getByRole('button', { name: `Chọn ${name}`, exact: true }).click();
    await page
      .getByTestId('chosen-procedure')
      .filter({ hasText: `${code} — ${name}` })
      .waitFor();
  }

  async function fillPerson(page: Page, name: string, citizenId: string): Promise<void> {
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Số căn cước').fill(citizenId);
    await page.getByLabel('Ngày sinh').fill('1988-11-20');
    await fillContact(page);
  }

  async function fillContact(page: Page): Promise<void> {
    await page.getByLabel('Số điện thoại').fill('0987654321');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('7 Phan Đình Phùng, phường Xuân Hương, Lâm Đồng');
  }

  /** The clerk's dossier list finds nothing for this applicant: no dossier, hence no code, exists. */
  async function expectNoDossierFor(applicantName: string): Promise<void> {
    const api = await apiSignIn('buudien');
    const list = await api.get(`/api/dossiers?queue=all&q=${encodeURIComponent(applicantName)}`);
    expect(list.status).toBe(200);
    expect(list.json.total).toBe(0);
  }

  it('an incomplete dossier yields the supplement request slip naming every gap and its reason', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await startReception(page, '1.002952', PHARMACIST);
    const citizenId = '001088077001';
    await fillPerson(page, 'Phạm Thị Bình', citizenId);

    // Everything ticked, then three faults: two documents missing, one certified copy given as a plain copy.
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả' }).click();
    await page.getByRole('checkbox', { name: /^Đã nhận: Đơn đề nghị cấp Chứng chỉ hành nghề dược/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Đã nhận: Giấy chứng nhận đủ sức khỏe/ }).uncheck();
    const certified = page.getByRole('combobox', { name: /^Loại bản: Bản sao có chứng thực/ });
    await certified.selectOption({ label: 'Bản sao' });
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();

    const failure = page.getByTestId('reception-failure');
    await failure.getByRole('heading', { name: 'Hồ sơ chưa đầy đủ' }).waitFor();
    expect(await failure.getByText('Chưa thể tiếp nhận. Các thiếu sót:').count()).toBe(1);
    const gaps = await failure.getByRole('listitem').allTextContents();
    expect(gaps).toHaveLength(3);
    expect(gaps[0]).toBe('Thiếu: Đơn đề nghị cấp Chứng chỉ hành nghề dược');
    expect(gaps[1]).toMatch(/^Sai loại bản \(cần bản sao chứng thực hoặc bản chính\): Bản sao có chứng thực/);
    expect(gaps[2]).toMatch(/^Thiếu: Giấy chứng nhận đủ sức khỏe/);
    // Nothing was received: no code anywhere on the page.
    expect(await page.getByTestId('received').count()).toBe(0);
    expect(await page.getByText(/000\.00\.31\.H36-/).count()).toBe(0);

    await failure.getByRole('button', { name: 'Lập phiếu yêu cầu bổ sung' }).click();
    await page.getByRole('heading', { name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' }).waitFor();
    expect(await page.getByTestId('supplement-row').count()).toBe(3);
    await expectNoViolations(page, 'supplement slip form');
    await page.getByRole('button', { name: 'Lập phiếu', exact: true }).click();

    const slip = page.getByTestId('reception-slip');
    await slip.getByRole('heading', { name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' }).waitFor();
    const items = await slip
      .getByTestId('slip-item')
      .evaluateAll((rows) => rows.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.innerText.trim())));
    expect(items.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Đơn đề nghị cấp Chứng chỉ hành nghề dược', 'Thiếu giấy tờ'],
      ['2', expect.stringMatching(/^Bản sao có chứng thực/) as unknown as string, 'Chưa chứng thực'],
      ['3', expect.stringMatching(/^Giấy chứng nhận đủ sức khỏe/) as unknown as string, 'Thiếu giấy tờ'],
    ]);
    const slipText = ((await slip.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(slipText).toContain(`Phạm Thị Bình (${citizenId})`);
    expect(slipText).toContain(`1.002952 — ${PHARMACIST}`);
    expect(slipText).toContain('Sở Y tế tỉnh Lâm Đồng');
    expect(slipText).toContain('Ngày lập08/03/2027 08:00'); // dated by the server's clock
    expect(slipText).not.toMatch(/000\.00\.31\.H36-/);
    await expectNoViolations(page, 'issued supplement slip');
    await expectNoDossierFor('Phạm Thị Bình');
  });

  it('an ineligible dossier yields the refusal slip with its coded reason, and no code', async () => {
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await startReception(page, '1.001197', COSMETICS);
    // The form warns before the clerk even tries: this procedure takes no paper dossier.
    await page.getByText('Thủ tục này không nhận hồ sơ qua hình thức này.').waitFor();
    // Cosmetics declarations come from enterprises: the form starts on an organisation.
    const taxCode = '5800123456';
    await page.getByLabel('Tên tổ chức').fill('Công ty TNHH Mỹ phẩm Langbiang');
    await page.getByLabel('Mã số thuế').fill(taxCode);
    await page.getByLabel('Người đại diện').fill('Đỗ Văn Cường');
    await fillContact(page);
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả' }).click();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();

    const failure = page.getByTestId('reception-failure');
    await failure.getByRole('heading', { name: 'Hồ sơ không đủ điều kiện tiếp nhận' }).waitFor();
    const reasons = await failure.getByRole('listitem').allTextContents();
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toBe('Thủ tục không cho phép nộp hồ sơ theo hình thức này.');
    expect(await page.getByTestId('received').count()).toBe(0);
    await expectNoViolations(page, 'reception page with the refusal shown');

    await failure.getByRole('button', { name: 'Lập phiếu từ chối tiếp nhận' }).click();
    await page.getByRole('heading', { name: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' }).waitFor();
    const reason = page.getByLabel('Lý do từ chối');
    expect(await reason.inputValue()).toBe('other');
    expect(await page.getByLabel('Nội dung cụ thể').inputValue()).toBe(reasons[0]);
    await expectNoViolations(page, 'refusal slip form');
    await page.getByRole('button', { name: 'Lập phiếu', exact: true }).click();

    const slip = page.getByTestId('reception-slip');
    await slip.getByRole('heading', { name: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' }).waitFor();
    const details = await slip.locator('dl').evaluate((dl) => {
      const pairs: Record<string, string> = {};
      for (const dt of Array.from(dl.querySelectorAll('dt'))) {
        const dd = dt.nextElementSibling as HTMLElement | null;
        pairs[(dt as HTMLElement).innerText.trim()] = dd?.innerText.trim() ?? '';
      }
      return pairs;
    });
    expect(details).toMatchObject({
      'Người nộp': `Công ty TNHH Mỹ phẩm Langbiang (${taxCode})`,
      'Thủ tục': `1.001197 — ${COSMETICS}`,
      'Lý do': 'Lý do khác',
      'Nội dung': reasons[0],
    });
    expect(await slip.getByTestId('slip-item').count()).toBe(0);
    expect((await slip.innerText()).replace(/\s+/g, ' ')).not.toMatch(/000\.00\.31\.H36-/);
    await expectNoViolations(page, 'issued refusal slip');
    await expectNoDossierFor('Công ty TNHH Mỹ phẩm Langbiang');
  });
});
