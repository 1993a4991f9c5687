import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { expectNoViolations, setClock, signOut } from './journey-helpers.js';

const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TITLE = 'Giấy ủy quyền nộp hồ sơ thay có cần công chứng không?';
const ANSWER = 'Cần: giấy ủy quyền phải được chứng thực chữ ký theo quy định.';

async function statusOf(page: Page): Promise<string> {
  return ((await page.getByTestId('escalation-status').textContent()) ?? '').trim();
}

describe('an escalation from the counter to the focal officer and back', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  it('is opened by the counter, answered by the focal officer, resolved, then found in the answer search', async () => {
    const { page } = browser;
    await setClock('2027-03-08T09:00:00+07:00'); // a Monday morning
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    // The counter's home shows its cards, each a link to its queue.
    const dashboard = page.getByTestId('counter-dashboard');
    await dashboard.waitFor();
    expect(await dashboard.getByRole('link').count()).toBe(10);
    expect(await dashboard.locator('[data-card="resultsToReturn"]').getAttribute('href')).toBe(
      '/ho-so?queue=to_return',
    );

    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Vướng mắc', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Vướng mắc' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoViolations(page, 'escalation list');
    await page.getByRole('link', { name: 'Gửi vướng mắc mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gửi vướng mắc' }).waitFor();
    await page.getByLabel('Mã thủ tục').fill('1.002952');
    await page.getByLabel('Loại vướng mắc').selectOption({ label: 'Thành phần hồ sơ' });
    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page.getByLabel('Nội dung').fill('Người nộp thay mang giấy ủy quyền viết tay, chưa chứng thực.');
    await page
      .getByLabel(/Tệp đính kèm/)
      .setInputFiles({ name: 'giay-uy-quyen.png', mimeType: 'image/png', buffer: TINY_PNG });
    await expectNoViolations(page, 'new escalation form');
    await page.getByRole('button', { name: 'Gửi vướng mắc' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(TITLE.replace('?', '\\?')) }).waitFor();
    expect(await statusOf(page)).toBe('Chờ trả lời');
    expect(await page.getByRole('link', { name: 'giay-uy-quyen.png' }).count()).toBe(1);
    const address = new URL(page.url()).pathname;
    expect(address).toMatch(/^\/vuong-mac\/[0-9a-f-]{36}$/);

    await signOut(page);
    await setClock('2027-03-08T10:00:00+07:00');
    await signIn(page, 'daumoi', 'focal_officer');
    await page.goto(address);
    await page.getByTestId('escalation-thread').waitFor();
    expect(await page.getByRole('button', { name: 'Đã giải quyết' }).count()).toBe(0);
    await page.getByLabel('Nội dung').fill(ANSWER);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByTestId('escalation-status').filter({ hasText: 'Đã trả lời' }).waitFor();
    await expectNoViolations(page, 'escalation thread');

    await signOut(page);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(address);
    await page.getByTestId('escalation-thread').getByText(ANSWER).waitFor();
    await page.getByRole('button', { name: 'Đã giải quyết' }).click();
    await page.getByTestId('escalation-status').filter({ hasText: 'Đã giải quyết' }).waitFor();
    expect(await page.getByRole('button', { name: 'Mở lại' }).count()).toBe(1);

    await page.getByRole('link', { name: 'Về danh sách vướng mắc' }).click();
    await page.getByRole('link', { name: 'Tra cứu câu trả lời' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tra cứu câu trả lời đã có' }).waitFor();
    // Typed without diacritics, as on a keyboard without a Vietnamese input method.
    await page.getByLabel('Từ khóa').fill('uy quyen nop ho so thay');
    await page.getByRole('button', { name: 'Tìm' }).click();
    const results = page.getByTestId('answer-results');
    await results.getByText(ANSWER).waitFor();
    expect(await results.getByRole('heading', { name: new RegExp(TITLE.replace('?', '\\?')) }).count()).toBe(1);
    await expectNoViolations(page, 'answer search');
  });

  it("shows the leader the channel figures with the postal staff's headline, printable and exportable", async () => {
    const { page } = browser;
    await setClock(null);
    await openLoginPage(browser);
    await signIn(page, 'lanhdao', 'leader');
    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Số liệu theo kênh', exact: true })
      .click();
    await page.getByTestId('channel-figures').waitFor();
    expect(await page.getByTestId('postal-headline').textContent()).toMatch(
      /^[\d.]+ hồ sơ do nhân viên bưu điện tiếp nhận và trả kết quả từ 01\/01\/\d{4} đến /,
    );
    const xlsx = await page.getByRole('link', { name: 'Xuất Excel' }).getAttribute('href');
    expect(xlsx).toMatch(/^\/api\/reports\/channel-figures\.xlsx\?from=\d{4}-01-01&to=/);
    await expectNoViolations(page, 'channel figures');
  });
});
