import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openLoginPage, signIn, type BrowserSession } from './browser.js';
import { act, apiSignIn, expectNoViolations, pharmacistDossier, setClock, signOut } from './journey-helpers.js';

/** Monday 15 March 2027, 08:00: CCHN dược (20 working days) is due on 12 April, 17:00. */
const MONDAY = '2027-03-15T08:00:00+07:00';
const APOLOGY = 'Xin lỗi ông/bà: cơ sở cần được thẩm định thực tế nên chưa có kết quả đúng hẹn.';

/**
 * Decree 118 in the UI: the specialist drafts the apology with a new date, the leader approves
 * it, the new appointment is the dossier's and the citizen reads the apology on the public
 * lookup. Then the dossier visits a partner agency (liên thông) and its step is judged.
 */
describe('apology, new appointment and a partner agency', () => {
  let session: BrowserSession;
  let path = '';
  let code = '';
  beforeAll(async () => {
    await setClock(MONDAY);
    const clerk = await apiSignIn('buudien');
    const received = await clerk.post(
      '/api/dossiers',
      pharmacistDossier('counter', 'Hồ Thị Thu Trang', '068190044321'),
    );
    expect(received.status, JSON.stringify(received.json)).toBe(201);
    const id = String(received.json.id);
    code = String(received.json.code);
    path = `/ho-so/${id}`;
    // Paper moves with a hand-over record: the head of unit's confirmation transfers the dossier.
    const head = await apiSignIn('truongphong');
    const record = await clerk.post('/api/handovers', { direction: 'counter_to_unit', items: [{ id }] });
    expect(record.status, JSON.stringify(record.json)).toBe(201);
    expect((await head.post(`/api/handovers/${String(record.json.id)}/confirm`, {})).status).toBe(200);
    const users = (await head.get('/api/users?pageSize=100')).json.items as { id: string; username: string }[];
    const specialistId = users.find((u) => u.username === 'chuyenvien')!.id;
    const assigned = await head.post(`/api/dossiers/${id}/actions`, {
      action: 'assign',
      expectedVersion: 2,
      specialistId,
    });
    expect(assigned.status, JSON.stringify(assigned.json)).toBe(200);
    await setClock('2027-04-05T09:00:00+07:00');
    session = await openBrowser();
    await openLoginPage(session);
  });
  afterAll(async () => {
    await setClock(null);
    await session?.close();
  });

  it('the unit drafts, the leader approves, the citizen is told', async () => {
    const { page } = session;
    await signIn(page, 'chuyenvien', 'specialist');
    await page.goto(path);
    await act(page, 'Dự thảo thư xin lỗi, đề nghị gia hạn', 'Đang thẩm định', async (form) => {
      await form.getByLabel('Ngày giờ hẹn trả mới').fill('2027-04-19T17:00');
      await form.getByLabel('Nội dung thư xin lỗi và lý do gia hạn').fill(APOLOGY);
    });
    const pending = page.getByTestId('pending-apology');
    await expect.poll(() => pending.textContent()).toContain('Đề nghị hẹn trả mới: 19/04/2027 17:00');
    expect(await pending.textContent()).toContain(APOLOGY);
    await expectNoViolations(page, 'dossier page with a pending apology');
    await signOut(page);

    await signIn(page, 'lanhdao', 'leader');
    await page.goto(path);
    await act(page, 'Duyệt thư xin lỗi, gia hạn', 'Đang thẩm định', async (form) => {
      // The unit's date comes prefilled; the leader only confirms.
      expect(await form.getByLabel('Ngày giờ hẹn trả mới').inputValue()).toBe('2027-04-19T17:00');
    });
    await expect.poll(() => page.getByTestId('pending-apology').count()).toBe(0);
    expect(await page.getByTestId('appointment').textContent()).toContain('19/04/2027');
    await signOut(page);

    await page.goto(`/tra-cuu-ho-so/${encodeURIComponent(code)}`);
    const timeline = page.getByTestId('lookup-timeline');
    await timeline.getByText('Xin lỗi và hẹn lại ngày trả kết quả').waitFor();
    expect(await timeline.textContent()).toContain(APOLOGY);
    expect(await timeline.textContent()).toContain('Ngày hẹn trả mới: 19/04/2027 17:00');
  });

  it('a partner agency gets its own time budget, judged on the dossier', async () => {
    const { page } = session;
    await openLoginPage(session);
    await signIn(page, 'chuyenvien', 'specialist');
    await page.goto(path);
    await act(page, 'Chuyển cơ quan phối hợp (liên thông)', 'Đang ở cơ quan phối hợp (liên thông)', async (form) => {
      await form.getByLabel('Cơ quan phối hợp', { exact: true }).fill('Sở Tài chính tỉnh Lâm Đồng');
      await form.getByLabel('Thời hạn của cơ quan phối hợp (ngày làm việc)').fill('2');
    });
    expect(await page.getByTestId('other-agency').textContent()).toContain('Sở Tài chính tỉnh Lâm Đồng');
    const row = page.getByRole('row', { name: /Cơ quan phối hợp: Sở Tài chính tỉnh Lâm Đồng/ });
    expect(await row.textContent()).toContain('2 ngày');
    expect(await row.textContent()).toContain('Trong hạn');
    await setClock('2027-04-08T09:00:00+07:00'); // three working days later
    await page.reload();
    await act(page, 'Nhận kết quả từ cơ quan phối hợp', 'Đang thẩm định');
    expect(await page.getByRole('row', { name: /Cơ quan phối hợp/ }).textContent()).toContain('Trễ hạn');
    await expectNoViolations(page, 'dossier page with step verdicts');
  });
});
