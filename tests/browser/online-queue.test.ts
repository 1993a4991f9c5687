import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import {
  act,
  actionButtons,
  apiSignIn,
  expectNoViolations,
  openMenu,
  pharmacistDossier,
  setClock,
  textOf,
} from './journey-helpers.js';

/** A Monday with no holiday near it (the demo calendar has none in March 2027). */
const SUBMITTED = '2027-03-15T08:00:00+07:00';
const ACCEPTED = '2027-03-15T09:30:00+07:00';
const PROCEDURE = 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ';
const ACCEPTED_APPLICANT = 'Vũ Thị Hạnh';
const REFUSED_APPLICANT = 'Trịnh Quốc Khánh';

/**
 * Dossiers submitted on the national portal reach the counter through the API (channel online):
 * they wait without a code until the clerk accepts one (code, appointment, clock) or refuses it.
 */
describe('the counter works the online queue', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  async function openOnlineQueue(page: Page): Promise<void> {
    await openMenu(page, 'Hồ sơ');
    const tab = page.getByRole('tab', { name: 'Trực tuyến chờ tiếp nhận' });
    await tab.waitFor();
    // The clerk's first queue: what came in online is the first thing to look at.
    expect(await tab.getAttribute('aria-selected')).toBe('true');
  }

  async function openQueuedDossier(page: Page, applicant: string): Promise<void> {
    const row = page.getByRole('row').filter({ hasText: applicant });
    await row.getByRole('link', { name: 'Chưa có mã', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ trực tuyến (chưa có mã)' }).waitFor();
  }

  it('lists portal submissions without a code; accepting one issues the code and starts the clock', async () => {
    await setClock(SUBMITTED);
    // As the national-portal adapter would: POST /api/dossiers with channel online, no checklist yet.
    const portal = await apiSignIn('buudien');
    for (const [name, citizenId] of [
      [ACCEPTED_APPLICANT, '001092033001'],
      [REFUSED_APPLICANT, '001092033002'],
    ] as const) {
      const submitted = await portal.post('/api/dossiers', pharmacistDossier('online', name, citizenId));
      expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
      expect(submitted.json).toMatchObject({ code: null, state: 'submitted_online', nationalStatus: 1, dueAt: null });
    }

    await setClock(ACCEPTED);
    const { page } = browser;
    await openLoginPage(browser);
    await signIn(page, 'buudien', 'counter_clerk');
    await openOnlineQueue(page);
    for (const applicant of [ACCEPTED_APPLICANT, REFUSED_APPLICANT]) {
      const row = page.getByRole('row').filter({ hasText: applicant });
      await row.waitFor();
      const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
      expect(cells.slice(0, 4)).toEqual(['Chưa có mã', PROCEDURE, applicant, 'Nộp trực tuyến, chờ tiếp nhận']);
    }
    await expectNoViolations(page, 'online queue');

    await openQueuedDossier(page, ACCEPTED_APPLICANT);
    expect(await textOf(page, 'dossier-code')).toBe('Chưa có mã');
    expect(await textOf(page, 'national-status')).toBe('1 — Mới đăng ký');
    expect(await actionButtons(page)).toEqual(['Tiếp nhận hồ sơ trực tuyến', 'Từ chối tiếp nhận', 'Rút hồ sơ']);
    await expectNoViolations(page, 'online dossier before acceptance');

    await act(page, 'Tiếp nhận hồ sơ trực tuyến', 'Đã tiếp nhận, chờ chuyển', async (form) => {
      await form.getByLabel('Ghi chú', { exact: true }).fill('Hồ sơ trực tuyến đầy đủ.');
    });
    const code = await textOf(page, 'dossier-code');
    expect(code).toMatch(/^000\.00\.31\.H36-270315-\d{4}$/);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    expect(await textOf(page, 'national-status')).toBe('2 — Được tiếp nhận');
    // 20 working days from 09:30 on 15/03: the appointment is a real date in April, no longer empty.
    expect(await textOf(page, 'appointment')).toMatch(/^\d{2}\/04\/2027 \d{2}:\d{2}$/);
    expect(await page.getByTestId('timing-badge').count()).toBeGreaterThan(0);
    expect(await actionButtons(page)).toContain('Chuyển phòng chuyên môn');
    await expectNoViolations(page, 'online dossier after acceptance');

    // It has left the online queue; the other one is still waiting there.
    await page.getByRole('link', { name: 'Về danh sách hồ sơ' }).click();
    await page.getByRole('tab', { name: 'Trực tuyến chờ tiếp nhận', selected: true }).waitFor();
    await page.getByRole('row').filter({ hasText: REFUSED_APPLICANT }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: ACCEPTED_APPLICANT }).count()).toBe(0);

    // The citizen can follow it by its new code.
    const lookup = await fetch(`${new URL(page.url()).origin}/api/public/dossiers/${encodeURIComponent(code)}`);
    expect(lookup.status).toBe(200);
    expect(await lookup.json()).toMatchObject({ code, nationalStatus: 2 });
  });

  it('refusing an online dossier asks for the reason and closes it as "Không được tiếp nhận"', async () => {
    const { page } = browser;
    await openOnlineQueue(page);
    await openQueuedDossier(page, REFUSED_APPLICANT);
    await act(
      page,
      'Từ chối tiếp nhận',
      'Không được tiếp nhận',
      async (form) => {
        await form.getByLabel('Lý do', { exact: true }).selectOption({ label: 'Không đủ điều kiện' });
        await form
          .getByLabel('Lý do (bắt buộc)')
          .fill('Người đề nghị chưa đủ thời gian thực hành chuyên môn theo quy định.');
        await expectNoViolations(page, 'refusal form');
      },
      true,
    );
    expect(await textOf(page, 'national-status')).toBe('3 — Không được tiếp nhận');
    expect(await textOf(page, 'dossier-code')).toBe('Chưa có mã');
    expect(await page.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.').count()).toBe(1);
    const slip = (await page.getByTestId('control-slip').textContent()) ?? '';
    expect(slip).toContain('Từ chối tiếp nhận');
    expect(slip).toContain('Không đủ điều kiện'); // the coded reason, in words
    expect(slip).toContain('Người đề nghị chưa đủ thời gian thực hành chuyên môn theo quy định.');
    await expectNoViolations(page, 'refused online dossier');

    // The online queue is now empty of both.
    await page.getByRole('link', { name: 'Về danh sách hồ sơ' }).click();
    await page.getByRole('tab', { name: 'Trực tuyến chờ tiếp nhận', selected: true }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').filter({ hasText: REFUSED_APPLICANT }).count()).toBe(0);
  });
});
