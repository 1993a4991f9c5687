import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { confirmHandover, makeHandover } from './handover.js';
import { signOut } from './journey-helpers.js';
import { expectNoViolations } from './journey-helpers.js';

const baseUrl = inject('baseUrl');

/** Signs in through the API and returns the session cookie, for setting the scene quickly. */
async function apiSession(username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^motcua_session=/);
  return cookie;
}

async function api<T>(cookie: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

const HANDOVERS: Partial<Record<string, { direction: string; receiver: string }>> = {
  transfer_to_unit: { direction: 'counter_to_unit', receiver: 'truongphong' },
  issue: { direction: 'unit_to_counter', receiver: 'buudien' },
};

/** The counter hands results to the post through the API: `buudien` makes the record, `buuta` confirms it. */
async function handToPostByApi(dossierId: string): Promise<void> {
  const record = await api<{ id: string }>(await apiSession('buudien'), '/api/handovers', {
    direction: 'counter_to_post',
    items: [{ id: dossierId }],
  });
  await api(await apiSession('buuta'), `/api/handovers/${record.id}/confirm`, {});
}

/**
 * A dossier whose applicant asked for the result by post, walked through the real API to
 * result_at_counter (received, transferred, assigned, reviewed, checked, approved, issued).
 */
async function dossierWaitingForPost(): Promise<{ id: string; code: string }> {
  const cookies: Record<string, string> = {};
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao', 'vanthu']) cookies[u] = await apiSession(u);
  const address = '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng';
  const dossier = await api<{ id: string; code: string }>(cookies.buudien!, '/api/dossiers', {
    procedureCode: '1.002952',
    channel: 'post',
    applicant: {
      kind: 'person',
      name: 'Phạm Thị Bưu',
      citizenId: `068099${String(Date.now()).slice(-6)}`,
      dateOfBirth: '1987-09-02',
      phone: '0987654321',
      email: null,
      address,
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({
      ord,
      received: true,
      form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
      copies: 2,
    })),
    returnMethod: 'post',
    returnAddress: address,
  });
  const me = await api<{ id: string }>(cookies.chuyenvien!, '/api/auth/me');
  const steps: [string, string, Record<string, unknown>][] = [
    ['buudien', 'transfer_to_unit', {}],
    ['truongphong', 'assign', { specialistId: me.id }],
    ['chuyenvien', 'propose_result', { note: 'Đủ điều kiện' }],
    ['truongphong', 'check', {}],
    ['lanhdao', 'approve', {}],
    ['vanthu', 'issue', { resultNumber: '88/CCHN-SYT' }],
  ];
  let version = 1;
  for (const [user, action, extra] of steps) {
    // Paper moves with a hand-over record: the receiver's confirmation takes the action (docs/POSTAL.md).
    const handover = HANDOVERS[action];
    if (handover) {
      const record = await api<{ id: string }>(cookies[user]!, '/api/handovers', {
        direction: handover.direction,
        items: [{ id: dossier.id, ...extra }],
      });
      await api(cookies[handover.receiver]!, `/api/handovers/${record.id}/confirm`, {});
    } else {
      await api(cookies[user]!, `/api/dossiers/${dossier.id}/actions`, { action, expectedVersion: version, ...extra });
    }
    version += 1;
  }
  return dossier;
}

let session: BrowserSession;
beforeAll(async () => {
  // The server's own clock: the simulated carrier signs its reports with it.
  await fetch(`${baseUrl}/api/test/clock`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now: null }),
  });
  session = await openBrowser();
});
afterAll(() => session.close());

describe('a result sent by post', () => {
  it('is handed to the post, dispatched at the counter, delivered by the (simulated) carrier, and shown delivered to the public', async () => {
    const dossier = await dossierWaitingForPost();
    const { page } = session;
    await openLoginPage(session);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(`/ho-so/${dossier.id}`);
    const panel = page.getByTestId('shipment-panel');
    await panel.getByRole('heading', { name: 'Gửi kết quả qua bưu chính', level: 2 }).waitFor();
    // Not sent before the paper is handed to the post: the counter makes the record, the courier confirms it.
    await panel.getByTestId('awaiting-post-handover').waitFor();
    expect(await page.getByTestId('dispatch-form').count()).toBe(0);
    const toPost = await makeHandover(page, 'Bộ phận một cửa → Bưu điện', [dossier.code]);
    await signOut(page);
    await signIn(page, 'buuta', 'courier');
    await confirmHandover(page, toPost);
    await signOut(page);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(`/ho-so/${dossier.id}`);
    await panel.getByText(`Đã bàn giao cho bưu điện theo biên bản ${toPost}.`).waitFor();
    const form = page.getByTestId('dispatch-form');
    // The recipient comes from the return address on the receipt.
    expect(await form.getByLabel('Địa chỉ nhận').inputValue()).toBe('5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng');
    expect(await form.getByLabel('Người nhận', { exact: true }).inputValue()).toBe('Phạm Thị Bưu');

    // A mistyped number (wrong check digit) is refused, naming what is wrong.
    await form.getByLabel('Số hiệu bưu gửi').fill('EL123456784VN');
    await form.getByRole('button', { name: 'Gửi kết quả' }).click();
    await form.getByText('Chữ số kiểm tra của số hiệu bưu gửi không đúng', { exact: false }).first().waitFor();

    // Empty: the carrier numbers the parcel.
    await form.getByLabel('Số hiệu bưu gửi').fill('');
    await form.getByRole('button', { name: 'Gửi kết quả' }).click();
    const shipment = panel.getByTestId('shipment').first();
    await shipment.waitFor();
    const heading = (await shipment.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const tracking = /Bưu gửi ([A-Z]{2}\d{9}VN)/.exec(heading)?.[1];
    expect(tracking, heading).toBeTruthy();
    await expectNoViolations(page, 'dossier page with a parcel under way');

    // The simulator reports accepted → in transit → out for delivery → delivered to the webhook.
    await shipment.getByTestId('shipment-status').getByText('Đã phát thành công').waitFor({ timeout: 45_000 });
    await expect
      .poll(async () => (await page.getByTestId('dossier-state').first().textContent())?.trim(), { timeout: 15_000 })
      .toBe('Đã trả kết quả');

    // The process control slip records the return by post with the parcel's number.
    expect(await page.getByTestId('control-slip').textContent()).toContain(`Bưu gửi ${tracking}`);

    // The public lookup, signed out: the parcel's number and status, the dossier returned.
    await session.context.clearCookies();
    await page.goto(`/tra-cuu-ho-so/${encodeURIComponent(dossier.code)}`);
    await page.getByTestId('lookup-result').waitFor();
    expect((await page.getByTestId('lookup-status').textContent())?.trim()).toBe('Đã trả kết quả');
    expect((await page.getByTestId('parcel-tracking').textContent())?.trim()).toBe(tracking);
    expect(await page.getByTestId('parcel-status').textContent()).toContain('Đã phát thành công');
    expect(await page.getByTestId('lookup-parcel').textContent()).not.toContain('Hùng Vương');
    await expectNoViolations(page, 'public lookup with a parcel');
  });

  it('comes back after a failed delivery, is listed for the counter, and is sent again on a new record', async () => {
    const dossier = await dossierWaitingForPost();
    await handToPostByApi(dossier.id);
    const { page } = session;
    await openLoginPage(session);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(`/ho-so/${dossier.id}`);
    const form = page.getByTestId('dispatch-form');
    await form.getByLabel('Số hiệu bưu gửi').fill('el 473 124 829 vn');
    await form.getByLabel('Kịch bản mô phỏng (chế độ trình diễn)').selectOption('fail');
    await form.getByRole('button', { name: 'Gửi kết quả' }).click();
    const panel = page.getByTestId('shipment-panel');
    await panel.getByRole('heading', { name: 'Bưu gửi EL473124829VN' }).waitFor();
    await panel
      .getByTestId('shipment-status')
      .getByText('Phát không thành công, chuyển hoàn về Bộ phận một cửa')
      .waitFor({ timeout: 45_000 });

    await page
      .getByRole('navigation', { name: 'Menu chính' })
      .getByRole('link', { name: 'Giao không thành công' })
      .click();
    const row = page.getByRole('row').filter({ hasText: 'EL473124829VN' });
    await row.waitFor();
    await expectNoViolations(page, 'failed deliveries');
    await row.getByRole('link', { name: dossier.code }).click();

    // The parcel came back to the counter: it goes to the post again on a new record.
    await panel.getByTestId('awaiting-post-handover').waitFor();
    await handToPostByApi(dossier.id);
    await page.reload();
    await page.getByTestId('dispatch-form').getByRole('button', { name: 'Gửi kết quả' }).click();
    await expect.poll(() => panel.getByTestId('shipment').count()).toBe(2);
    await panel.getByTestId('shipment').first().getByTestId('shipment-status').getByText('Đã phát thành công').waitFor({
      timeout: 45_000,
    });
    await expect
      .poll(async () => (await page.getByTestId('dossier-state').first().textContent())?.trim(), { timeout: 15_000 })
      .toBe('Đã trả kết quả');
  });
});
