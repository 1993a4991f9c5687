import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import {
  act,
  actionButtons,
  apiSignIn,
  expectNoViolations,
  acceptedOnline,
  setClock,
  submitAction,
  textOf,
} from './journey-helpers.js';

/** A Tuesday with no holiday near it (the demo calendar has none in March 2027). */
const TUESDAY = '2027-03-16T08:00:00+07:00';
const STALE = 'Hồ sơ vừa được người khác cập nhật. Đã tải lại hồ sơ, vui lòng kiểm tra rồi thực hiện lại.';

/**
 * Optimistic concurrency as the user meets it: two desks open the same dossier; the one that
 * acts second holds a stale version and is told so in plain Vietnamese, with the dossier reloaded.
 */
describe('acting on a dossier someone else has just changed', () => {
  let first: BrowserSession;
  let second: BrowserSession;
  let dossierPath = '';
  let code = '';
  beforeAll(async () => {
    await setClock(TUESDAY);
    const api = await apiSignIn('buudien');
    const received = await acceptedOnline(api, 'Lương Thị Mai', '001093044001');
    expect(received.status, JSON.stringify(received.json)).toBe(201);
    code = String(received.json.code);
    dossierPath = `/ho-so/${String(received.json.id)}`;
    first = await openBrowser();
    second = await openBrowser();
  });
  afterAll(async () => {
    await setClock(null);
    await first?.close();
    await second?.close();
  });

  async function openDossier(session: BrowserSession): Promise<Page> {
    const { page } = session;
    await openLoginPage(session);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(dossierPath);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    return page;
  }

  it('two browsers: the second to act is told the dossier changed, and sees it as it now is', async () => {
    const mine = await openDossier(first);
    const theirs = await openDossier(second);
    expect(await textOf(mine, 'dossier-state')).toBe('Đã tiếp nhận, chờ chuyển');
    expect(await actionButtons(mine)).toContain('Chuyển phòng chuyên môn');

    // The other desk transfers it first.
    await theirs.bringToFront();
    await act(theirs, 'Chuyển phòng chuyên môn', 'Tại phòng chuyên môn, chờ phân công');

    // This desk still shows the old version and tries the same step.
    await mine.bringToFront();
    expect(await textOf(mine, 'dossier-state')).toBe('Đã tiếp nhận, chờ chuyển');
    await submitAction(mine, 'Chuyển phòng chuyên môn', async (form) => {
      await form.getByLabel('Ghi chú', { exact: true }).fill('Chuyển lần hai');
    });
    const notice = mine.getByRole('status').filter({ hasText: STALE });
    await notice.waitFor();
    expect(await mine.getByText('Đã thực hiện: Chuyển phòng chuyên môn.').count()).toBe(0);
    // The notice takes the focus, so a screen reader reads it at once.
    expect(await mine.evaluate(() => document.activeElement?.textContent ?? '')).toContain(STALE);
    // It reloaded: the new state, the form closed, and only what is open now is offered.
    await mine.getByTestId('dossier-state').filter({ hasText: 'Tại phòng chuyên môn, chờ phân công' }).waitFor();
    expect(await mine.getByTestId('action-form').count()).toBe(0);
    expect(await actionButtons(mine)).not.toContain('Chuyển phòng chuyên môn');
    expect(await actionButtons(mine)).toEqual(await actionButtons(theirs));
    // The trail has one transfer, not two.
    const steps = await mine
      .getByTestId('control-slip')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[2]?.textContent?.trim() ?? ''));
    expect(steps).toEqual(['Nộp hồ sơ trực tuyến', 'Tiếp nhận hồ sơ trực tuyến', 'Chuyển phòng chuyên môn']);
    await expectNoViolations(mine, 'dossier page with the stale-version notice');
  });

  it('a page and an API call: the page holding the old version cannot overwrite the newer one', async () => {
    // Start again from a fresh dossier at the counter, open in the first browser.
    const api = await apiSignIn('buudien');
    const received = await acceptedOnline(api, 'Lương Văn Tùng', '001093044002');
    expect(received.status).toBe(201);
    code = String(received.json.code);
    dossierPath = `/ho-so/${String(received.json.id)}`;
    const page = first.page;
    await page.goto(dossierPath);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    // The clerk opens the withdrawal form and starts typing the reason...
    await page.getByTestId('action-buttons').getByRole('button', { name: 'Rút hồ sơ', exact: true }).click();
    const form = page.getByTestId('action-form');
    await form.getByLabel('Lý do (bắt buộc)').fill('Người nộp xin rút hồ sơ.');

    // ...while another client transfers the dossier at version 1.
    const moved = await api.post(`/api/dossiers/${String(received.json.id)}/actions`, {
      action: 'transfer_to_unit',
      expectedVersion: 2,
    });
    expect(moved.status, JSON.stringify(moved.json)).toBe(200);
    // A second write at the same version is refused by the server itself, in Vietnamese.
    const again = await api.post(`/api/dossiers/${String(received.json.id)}/actions`, {
      action: 'transfer_to_unit',
      expectedVersion: 2,
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      error: { code: 'STALE_VERSION', message: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.' },
    });

    await form.getByRole('button', { name: 'Xác nhận: Rút hồ sơ' }).click();
    await page
      .getByRole('dialog', { name: 'Xác nhận: Rút hồ sơ' })
      .getByRole('button', { name: 'Xác nhận', exact: true })
      .click();
    await page.getByRole('status').filter({ hasText: STALE }).waitFor();
    await page.getByTestId('dossier-state').filter({ hasText: 'Tại phòng chuyên môn, chờ phân công' }).waitFor();
    // The withdrawal did not happen: the dossier is still open, at the unit.
    const detail = await api.get(`/api/dossiers/${String(received.json.id)}`);
    expect(detail.json).toMatchObject({ state: 'at_unit', version: 3, finishedAt: null });
  });

  it('when the reload itself fails, the page says so and offers "Tải lại"', async () => {
    const api = await apiSignIn('buudien');
    const received = await acceptedOnline(api, 'Lương Thị Nga', '001093044003');
    expect(received.status).toBe(201);
    const id = String(received.json.id);
    code = String(received.json.code);
    const page = first.page;
    await page.goto(`/ho-so/${id}`);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    expect(
      (await api.post(`/api/dossiers/${id}/actions`, { action: 'transfer_to_unit', expectedVersion: 2 })).status,
    ).toBe(200);

    // The network drops the dossier's GET (not the action's POST): the automatic reload fails.
    const dossierGet = (url: URL) => url.pathname === `/api/dossiers/${id}`;
    await page.route(dossierGet, (route) => route.abort());
    await submitAction(page, 'Chuyển phòng chuyên môn');
    await page.getByRole('status').filter({ hasText: STALE }).waitFor();
    const failed = page.getByTestId('reload-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(
      /^Chưa tải lại được hồ sơ; thông tin đang hiển thị có thể đã cũ\. .+ Tải lại$/,
    );
    // What is shown is the last known version, not a blank page.
    expect(await textOf(page, 'dossier-state')).toBe('Đã tiếp nhận, chờ chuyển');
    await expectNoViolations(page, 'dossier page with a failed reload');

    await page.unroute(dossierGet);
    await failed.getByRole('button', { name: 'Tải lại', exact: true }).click();
    await page.getByTestId('dossier-state').filter({ hasText: 'Tại phòng chuyên môn, chờ phân công' }).waitFor();
    expect(await page.getByTestId('reload-failed').count()).toBe(0);
    expect(await actionButtons(page)).not.toContain('Chuyển phòng chuyên môn');
  });
});
