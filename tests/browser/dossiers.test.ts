import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { actionButtons, expectNoViolations, openMenu, setClock, signOut, textOf } from './journey-helpers.js';
import { confirmHandover, makeHandover } from './handover.js';

const PROCEDURE = 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ';
const HEALTH_CERTIFICATE = /^Đã nhận: Giấy chứng nhận đủ sức khỏe/;
/** A Monday with no holiday near it (the demo calendar has none in March 2027). */
const MONDAY = '2027-03-01T07:00:00+07:00';
const TUESDAY = '2027-03-02T07:00:00+07:00';
const THURSDAY = '2027-03-04T07:00:00+07:00';

/** Runs axe-core (WCAG A/AA and best practices) on the page as it is now; as in catalog.test.ts. */

/** Moves the server's clock (TEST_CLOCK); null gives it back the real time. */

/** "26/03/2027 17:00" moved by `days` working days (Monday to Friday), in the same format. */
function addWorkingDays(shown: string, days: number): string {
  const [date = '', time = ''] = shown.split(' ');
  const [day, month, year] = date.split('/').map(Number);
  const at = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  for (let left = days; left > 0;) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (at.getUTCDay() !== 0 && at.getUTCDay() !== 6) left -= 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getUTCDate())}/${pad(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${time}`;
}

/** A small but real one-page PDF, as a scanner would produce. */
async function scannedPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Don de nghi cap Chung chi hanh nghe duoc', { x: 50, y: 780, size: 14 });
  return Buffer.from(await pdf.save());
}

/** Takes an action from the dossier page: its button, its small form, the confirmation if any. */
async function act(
  page: Page,
  action: string,
  expectedState: string,
  fill?: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
  isIrreversible = false,
): Promise<void> {
  await page.getByTestId('action-buttons').getByRole('button', { name: action, exact: true }).click();
  const form = page.getByTestId('action-form');
  await form.waitFor();
  await fill?.(form);
  await form.getByRole('button', { name: `Xác nhận: ${action}` }).click();
  if (isIrreversible) {
    const dialog = page.getByRole('dialog', { name: `Xác nhận: ${action}` });
    await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  }
  await page
    .getByRole('status')
    .filter({ hasText: `Đã thực hiện: ${action}.` })
    .waitFor();
  await page.getByTestId('dossier-state').filter({ hasText: expectedState }).waitFor();
}

describe('a dossier from the counter to the returned result', () => {
  let browser: BrowserSession;
  let lookup: Page;
  beforeAll(async () => {
    browser = await openBrowser();
    // A second tab for the citizen's view; the staff tab stays in front, or Chromium throttles it.
    lookup = await browser.context.newPage();
    await browser.page.bringToFront();
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  /** The public lookup, signed out in spirit: the citizen's view at this stage. */
  async function expectLookup(code: string, status: string, lastStep: string): Promise<string[]> {
    await lookup.bringToFront();
    await lookup.goto(`/tra-cuu-ho-so/${encodeURIComponent(code)}`);
    await lookup.getByTestId('lookup-status').filter({ hasText: status }).waitFor();
    const steps = (await lookup.getByTestId('lookup-timeline').getByRole('listitem').allTextContents()).map((step) =>
      step.replace(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} — /, ''),
    );
    expect(steps.at(-1)).toBe(lastStep);
    expect(await textOf(lookup, 'lookup-applicant')).toBe('Nguyễn V** A*');
    await browser.page.bringToFront();
    return steps;
  }

  it('is received, processed by each role with a supplement pause, and returned in person', async () => {
    const { page } = browser;
    await setClock(MONDAY);

    // The counter receives the dossier: first with a document missing, which yields a supplement slip.
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await openMenu(page, 'Tiếp nhận hồ sơ');
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    const picker = page.getByTestId('procedure-picker');
    await picker.getByLabel('Tìm thủ tục').fill('1.002952');
    await picker.getByRole('button', { name: `Chọn ${PROCEDURE}`, exact: true }).click();
    await page
      .getByTestId('chosen-procedure')
      .filter({ hasText: `1.002952 — ${PROCEDURE}` })
      .waitFor();
    expect(await page.getByTestId('checklist-row').count()).toBe(6);

    await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await page.getByLabel('Số căn cước').fill('001090012345');
    await page.getByLabel('Ngày sinh').fill('1990-05-12');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByLabel('Địa chỉ', { exact: true }).fill('12 Trần Phú, phường Xuân Hương, Lâm Đồng');
    await page.getByRole('button', { name: 'Đánh dấu đã nhận đủ tất cả' }).click();
    await page.getByRole('checkbox', { name: HEALTH_CERTIFICATE }).uncheck();
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    const failure = page.getByTestId('reception-failure');
    await failure.getByRole('heading', { name: 'Hồ sơ chưa đầy đủ' }).waitFor();
    expect(await failure.getByRole('listitem').allTextContents()).toEqual([
      expect.stringMatching(/^Thiếu: Giấy chứng nhận đủ sức khỏe/),
    ]);
    await expectNoViolations(page, 'reception page with the gaps shown');

    await failure.getByRole('button', { name: 'Lập phiếu yêu cầu bổ sung' }).click();
    await page.getByRole('heading', { name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' }).waitFor();
    expect(await page.getByTestId('supplement-row').count()).toBe(1);
    await page.getByRole('button', { name: 'Lập phiếu', exact: true }).click();
    const slip = page.getByTestId('reception-slip');
    await slip.waitFor();
    expect(await slip.getByTestId('slip-item').allTextContents()).toEqual([
      expect.stringMatching(/^1Giấy chứng nhận đủ sức khỏe.*Thiếu giấy tờ$/),
    ]);
    await expectNoViolations(page, 'supplement slip');

    // The applicant comes back with the certificate: the same form, now complete.
    await page.getByRole('button', { name: 'Quay lại sửa hồ sơ' }).click();
    await page.getByRole('checkbox', { name: HEALTH_CERTIFICATE }).check();
    await expectNoViolations(page, 'reception page');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByTestId('received').waitFor();
    const code = await textOf(page, 'dossier-code');
    expect(code).toMatch(/^000\.00\.31\.H36-270301-\d{4}$/);
    const appointment = await textOf(page, 'appointment');
    expect(appointment).toMatch(/^\d{2}\/03\/2027 \d{2}:\d{2}$/);
    expect(await textOf(page, 'receipt-appointment')).toBe(appointment);
    expect(await page.getByTestId('duplicates').count()).toBe(0);

    await page.getByLabel('Tệp số hóa: Đơn đề nghị cấp Chứng chỉ hành nghề dược').setInputFiles({
      name: 'don-de-nghi.pdf',
      mimeType: 'application/pdf',
      buffer: await scannedPdf(),
    });
    expect(await page.getByTestId('upload-done').textContent()).toMatch(
      /^Đã tải lên don-de-nghi\.pdf · SHA-256 [0-9a-f]{12}… · 1 trang$/,
    );
    await expectNoViolations(page, 'received dossier with its receipt');

    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const dossierUrl = new URL(page.url()).pathname;
    // Paper: the transfer is not a button but a hand-over record, which the page points to.
    expect(await actionButtons(page)).toEqual(['Rút hồ sơ', 'Dự thảo thư xin lỗi, đề nghị gia hạn']);
    expect(await page.getByTestId('handover-action').innerText()).toBe(
      'Chuyển phòng chuyên môn: hồ sơ giấy được chuyển kèm biên bản bàn giao; thao tác được thực hiện khi bên nhận xác nhận biên bản. Lập biên bản bàn giao',
    );
    expect(
      await page
        .getByTestId('handover-action')
        .getByRole('link', { name: 'Lập biên bản bàn giao' })
        .getAttribute('href'),
    ).toBe('/ban-giao');
    expect(await textOf(page, 'citizen-id')).toBe('*********345');
    await page.getByRole('button', { name: 'Hiện số căn cước' }).click();
    expect(await textOf(page, 'citizen-id')).toBe('001090012345');
    expect(await page.getByTestId('file-link').textContent()).toBe('don-de-nghi.pdf (1 trang)');
    expect(await textOf(page, 'appointment')).toBe(appointment);
    await expectNoViolations(page, 'dossier page');
    // Paper moves with a hand-over record: the unit's confirmation is the transfer.
    const transfer = await makeHandover(page, 'Bộ phận một cửa → Phòng chuyên môn', [code]);
    await signOut(page);
    await signIn(page, 'truongphong', 'unit_head');
    await confirmHandover(page, transfer);
    expect(await expectLookup(code, 'Đang xử lý', 'Chuyển phòng chuyên môn')).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển phòng chuyên môn',
    ]);
    expect(await textOf(lookup, 'lookup-appointment')).toBe(appointment);
    await expectNoViolations(lookup, 'public lookup');
    await signOut(page);

    // The head of the pharmacy unit finds it in the queue to assign and assigns the specialist.
    await signIn(page, 'truongphong', 'unit_head');
    await openMenu(page, 'Hồ sơ');
    const toAssign = page.getByRole('tab', { name: 'Chờ phân công' });
    expect(await toAssign.getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Tìm hồ sơ').fill(code);
    await page.getByRole('link', { name: code, exact: true }).waitFor();
    await expectNoViolations(page, 'dossier queues');
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await act(page, 'Phân công xử lý', 'Đang thẩm định', async (form) => {
      await form.getByLabel('Chuyên viên').selectOption({ label: 'Lê Thị Chuyên (chuyenvien)' });
    });
    expect(await textOf(page, 'assignee')).toBe('Lê Thị Chuyên');
    await expectLookup(code, 'Đang xử lý', 'Phân công xử lý');
    await signOut(page);

    // A working day later the specialist asks for a supplement: the clock stops.
    await setClock(TUESDAY);
    await signIn(page, 'chuyenvien', 'specialist');
    await openMenu(page, 'Hồ sơ');
    expect(await page.getByRole('tab', { name: 'Của tôi' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await act(page, 'Yêu cầu bổ sung hồ sơ', 'Chờ bổ sung hồ sơ', async (form) => {
      await form.getByRole('checkbox', { name: /^Cần bổ sung: Giấy chứng nhận đủ sức khỏe/ }).check();
      await form.getByRole('combobox', { name: /^Lý do: Giấy chứng nhận đủ sức khỏe/ }).selectOption('expired');
      await form.getByLabel('Ghi chú', { exact: true }).fill('Giấy chứng nhận đã quá 12 tháng.');
      await expectNoViolations(page, 'supplement request form');
    });
    expect(await textOf(page, 'appointment')).toBe('Tạm dừng (chờ người nộp)');
    expect(await page.getByTestId('timing-badge').textContent()).toContain('Tạm dừng');
    await expectLookup(code, 'Chờ bổ sung giấy tờ', 'Yêu cầu bổ sung hồ sơ');
    expect(await textOf(lookup, 'lookup-appointment')).toBe('đang tạm dừng (chờ bổ sung hoặc nộp phí)');
    await signOut(page);

    // Two working days later the applicant brings it; the appointment moves by the paused time.
    await setClock(THURSDAY);
    await signIn(page, 'buudien', 'counter_clerk');
    await openMenu(page, 'Hồ sơ');
    await page.getByRole('tab', { name: 'Chờ bổ sung' }).click();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await act(page, 'Nhận hồ sơ bổ sung', 'Đang thẩm định');
    const moved = await textOf(page, 'appointment');
    expect(moved).toBe(addWorkingDays(appointment, 2));
    await expectLookup(code, 'Đang xử lý', 'Đã nhận hồ sơ bổ sung');
    expect(await textOf(lookup, 'lookup-appointment')).toBe(moved);
    await signOut(page);

    // Specialist proposes, head checks, leader approves, records office issues.
    const steps = [
      {
        user: 'chuyenvien',
        role: 'specialist',
        action: 'Trình dự thảo kết quả',
        state: 'Chờ kiểm tra dự thảo kết quả',
      },
      { user: 'truongphong', role: 'unit_head', action: 'Kiểm tra, trình lãnh đạo', state: 'Chờ lãnh đạo phê duyệt' },
      { user: 'lanhdao', role: 'leader', action: 'Phê duyệt', state: 'Đã phê duyệt, chờ ban hành' },
    ];
    for (const step of steps) {
      await signIn(page, step.user, step.role);
      await page.goto(dossierUrl);
      await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
      await act(page, step.action, step.state);
      await signOut(page);
    }
    await expectLookup(code, 'Đang xử lý', 'Lãnh đạo đã phê duyệt');

    // The records office sends the numbered result to the counter; the counter's confirmation issues it.
    await signIn(page, 'vanthu', 'records_officer');
    const results = await makeHandover(page, 'Phòng chuyên môn/Văn thư → Bộ phận một cửa', [code], '125/CCHND-SYT');
    await signOut(page);
    await signIn(page, 'buudien', 'counter_clerk');
    await confirmHandover(page, results);
    await expectLookup(code, 'Đã có kết quả, chờ trả', 'Đã có kết quả');
    await signOut(page);

    // The counter hands the result over in person, checking the recipient's ID.
    await signIn(page, 'buudien', 'counter_clerk');
    await openMenu(page, 'Hồ sơ');
    await page.getByRole('tab', { name: 'Chờ trả kết quả' }).click();
    await page.getByRole('link', { name: code, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    expect(await actionButtons(page)).toEqual(['Trả kết quả']);
    await act(
      page,
      'Trả kết quả',
      'Đã trả kết quả',
      async (form) => {
        expect(await form.getByLabel('Họ tên người nhận').inputValue()).toBe('Nguyễn Văn An');
        await form.getByLabel('Số giấy tờ tùy thân của người nhận').fill('001090012345');
      },
      true,
    );
    expect(await textOf(page, 'national-status')).toBe('10 — Đã trả kết quả');
    expect(await page.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.').count()).toBe(1);

    // The process control slip: one row per hand-over, each with its actor and step.
    const slipRows = page.getByTestId('control-slip').locator('tbody tr');
    const rows = await slipRows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.innerText.trim())),
    );
    expect(rows.map((row) => row[2])).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển phòng chuyên môn',
      'Phân công xử lý',
      'Yêu cầu bổ sung hồ sơ',
      'Nhận hồ sơ bổ sung',
      'Trình dự thảo kết quả',
      'Kiểm tra, trình lãnh đạo',
      'Phê duyệt',
      'Vào số, ban hành kết quả',
      'Trả kết quả',
    ]);
    expect(rows[0]?.[1]).toBe('Trần Thị Bưu\nNhân viên bưu điện tại Bộ phận một cửa');
    expect(rows[0]?.[3]).toBe('01/03/2027 07:00');
    expect(rows[1]?.[1]).toBe('Trần Thị Bưu\nNhân viên bưu điện tại Bộ phận một cửa');
    expect(rows[1]?.[4]).toBe(`Biên bản ${transfer}: Trần Thị Bưu giao, Phạm Văn Trưởng nhận lúc 01/03/2027 07:00`);
    expect(rows[8]?.[4]).toContain(`Biên bản ${results}: Đỗ Thị Văn giao, Trần Thị Bưu nhận lúc 04/03/2027 07:00`);
    expect(rows[2]?.[4]).toBe('Giao cho: Lê Thị Chuyên');
    expect(rows[3]?.[4]).toContain('(Hết hiệu lực)');
    expect(rows[9]?.[4]).toContain('Người nhận: Nguyễn Văn An (001090012345)');
    await expectNoViolations(page, 'returned dossier page');

    // The tracking book of that day has the dossier with its transfer, result and return dates.
    await openMenu(page, 'Sổ theo dõi hồ sơ');
    await page.getByLabel('Từ ngày').fill('2027-03-01');
    await page.getByLabel('Đến ngày').fill('2027-03-04');
    await page.getByRole('button', { name: 'Xem sổ' }).click();
    const book = page.getByRole('table', { name: 'Hồ sơ tiếp nhận từ 01/03/2027 đến 04/03/2027' });
    const entry = book.getByRole('row').filter({ hasText: code });
    await entry.waitFor();
    const cells = await entry.getByRole('cell').allTextContents();
    expect(cells.slice(1, 5)).toEqual([code, PROCEDURE, '1', 'Nguyễn Văn An']);
    expect(cells.slice(6)).toEqual([
      'Phòng Nghiệp vụ Dược',
      '01/03/2027 07:00',
      moved,
      '01/03/2027 07:00',
      '04/03/2027 07:00',
      '04/03/2027 07:00',
      'Đã trả kết quả',
    ]);
    await expectNoViolations(page, 'tracking book');

    expect(await expectLookup(code, 'Đã trả kết quả', 'Đã trả kết quả')).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển phòng chuyên môn',
      'Phân công xử lý',
      'Yêu cầu bổ sung hồ sơ',
      'Đã nhận hồ sơ bổ sung',
      'Lãnh đạo đã phê duyệt',
      'Đã có kết quả',
      'Đã trả kết quả',
    ]);
    await signOut(page);
  }, 120_000);

  it('the public lookup says so when no dossier has the code', async () => {
    await browser.context.clearCookies();
    await lookup.bringToFront();
    await lookup.goto('/');
    await lookup.evaluate(() => localStorage.clear());
    await lookup.reload();
    await lookup.getByRole('link', { name: 'Tra cứu tình trạng hồ sơ' }).click();
    await lookup.getByRole('heading', { level: 1, name: 'Tra cứu tình trạng hồ sơ' }).waitFor();
    await lookup.getByLabel('Mã hồ sơ').fill('000.00.31.H36-270301-9999');
    await lookup.getByRole('button', { name: 'Tra cứu', exact: true }).click();
    await lookup.getByTestId('lookup-not-found').filter({ hasText: 'Không tìm thấy hồ sơ với mã này' }).waitFor();
    expect(new URL(lookup.url()).pathname).toBe('/tra-cuu-ho-so/000.00.31.H36-270301-9999');
    await expectNoViolations(lookup, 'public lookup, not found');
  });
});
