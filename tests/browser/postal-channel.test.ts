import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, signIn, type BrowserSession } from './browser.js';
import { confirmHandover, makeHandover } from './handover.js';
import { assignToCourier, collectAtTheDoor, requestPickup } from './pickup-steps.js';
import { apiSignIn, expectNoViolations, setClock, signOut, textOf } from './journey-helpers.js';

/**
 * Issue #5's journey on ONE dossier, through the postal channel from the citizen's door back to
 * it: a public pickup request, the courier's collection, the hand-over to the counter and the
 * reception from the package (return by post), the paper to the unit and back on confirmed
 * hand-over records, the result handed to the courier on a confirmed counter → post record and
 * the parcel dispatched at the counter, delivered by the simulated carrier
 * through the real webhook, and the public lookup showing the parcel delivered and the dossier
 * returned. The unit's own work (assign, propose, check, approve) goes through the API with each
 * role's session; the other journeys cover it in the UI.
 */

/** A month no other journey uses: pickup.test.ts checks March's remittance totals exactly. */
const MONDAY = '2027-05-10T09:00:00+07:00'; // the request and the collection
const TUESDAY = '2027-05-11T08:00:00+07:00'; // the counter receives, the paper goes to the unit
const WEDNESDAY = '2027-05-12T10:00:00+07:00'; // the unit processes, the result comes back
const THURSDAY = '2027-05-13T09:00:00+07:00'; // the counter dispatches the result by post

const APPLICANT = 'Đặng Thị Bưu Chính';
const ADDRESS = '12 Trần Phú, phường Xuân Hương, Lâm Đồng';
const RESULT_NUMBER = '131/CCHND-SYT';

describe('the postal channel end to end', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await setClock(null);
    await browser?.close();
  });

  it('collects a dossier at home, processes it and delivers the result by post, shown delivered to the public', async () => {
    const { page } = browser;

    // Monday: the citizen asks for a pickup on the public page, signed out.
    await setClock(MONDAY);
    const { number: pickup } = await requestPickup(browser, {
      applicant: APPLICANT,
      phone: '0933444555',
      address: ADDRESS,
      time: 'Sáng thứ Hai',
    });
    expect(pickup).toMatch(/^TG-\d{6}$/);

    // The counter assigns the courier.
    await assignToCourier(page, pickup);

    // The courier records the collection (documents, seal, fee and postal charge) and hands the package over.
    await collectAtTheDoor(page, pickup, { seal: 'NB-2027-0510', feeReceipt: 'BL-000777', chargeReceipt: 'CP-000888' });
    const toCounter = await makeHandover(page, 'Bưu điện → Bộ phận một cửa', [pickup]);
    await signOut(page);

    // Tuesday: the counter confirms the hand-over and receives the dossier from the package,
    // prefilled with the postal channel and the return by post to the pickup address.
    await setClock(TUESDAY);
    await signIn(page, 'buudien', 'counter_clerk');
    await confirmHandover(page, toCounter);
    await page.getByRole('link', { name: pickup, exact: true }).click();
    await page.getByTestId('pickup-status').filter({ hasText: 'Đã bàn giao cho một cửa' }).waitFor();
    await page.getByRole('link', { name: 'Tiếp nhận hồ sơ từ gói thu gom' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByTestId('chosen-procedure').filter({ hasText: '1.002952' }).waitFor();
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe(APPLICANT);
    expect(await page.getByRole('radio', { name: 'Qua dịch vụ bưu chính công ích' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Địa chỉ nhận kết quả').inputValue()).toBe(ADDRESS);
    await page.getByLabel('Số căn cước').fill('068091054321');
    await page.getByLabel('Ngày sinh').fill('1989-11-20');
    await expectNoViolations(page, 'reception prefilled from a pickup');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true }).click();
    await page.getByTestId('received').waitFor();
    const code = ((await page.getByTestId('dossier-code').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^000\.00\.31\.H36-270511-\d{4}$/);
    await page.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const dossierPath = new URL(page.url()).pathname;
    const dossierId = dossierPath.split('/').pop() ?? '';

    // The paper goes to the unit on a record; the unit head's confirmation is the transfer.
    const toUnit = await makeHandover(page, 'Bộ phận một cửa → Phòng chuyên môn', [code]);
    await signOut(page);
    await signIn(page, 'truongphong', 'unit_head');
    await confirmHandover(page, toUnit);
    await signOut(page);

    // Wednesday: the unit's work through the API, each role with its own session.
    await setClock(WEDNESDAY);
    const head = await apiSignIn('truongphong');
    const specialist = await apiSignIn('chuyenvien');
    const leader = await apiSignIn('lanhdao');
    const specialistId = (await specialist.get('/api/auth/me')).json.id;
    const steps = [
      [head, 'assign', { specialistId }],
      [specialist, 'propose_result', { note: 'Đủ điều kiện cấp chứng chỉ' }],
      [head, 'check', {}],
      [leader, 'approve', {}],
    ] as const;
    for (const [client, action, extra] of steps) {
      const { version } = (await client.get(`/api/dossiers/${dossierId}`)).json;
      const done = await client.post(`/api/dossiers/${dossierId}/actions`, {
        action,
        expectedVersion: version,
        ...extra,
      });
      expect(done.status, `${action}: ${JSON.stringify(done.json)}`).toBe(200);
    }
    expect((await leader.get(`/api/dossiers/${dossierId}`)).json.state).toBe('approved');

    // The records office sends the numbered result back to the counter; the counter's confirmation issues it.
    await signIn(page, 'vanthu', 'records_officer');
    const toCounterResult = await makeHandover(
      page,
      'Phòng chuyên môn/Văn thư → Bộ phận một cửa',
      [code],
      RESULT_NUMBER,
    );
    await signOut(page);
    await signIn(page, 'buudien', 'counter_clerk');
    await confirmHandover(page, toCounterResult);
    await signOut(page);

    // Thursday: the counter hands the result to the post on a counter → post record, the courier
    // confirms it, then the counter dispatches it; the simulated carrier delivers it.
    await setClock(THURSDAY);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(dossierPath);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const panel = page.getByTestId('shipment-panel');
    await panel.getByRole('heading', { name: 'Gửi kết quả qua bưu chính', level: 2 }).waitFor();
    // No dispatch form before the hand-over to the post: a pointer to the record instead.
    await panel.getByTestId('awaiting-post-handover').waitFor();
    expect(await page.getByTestId('dispatch-form').count()).toBe(0);
    await panel.getByRole('link', { name: 'Lập biên bản bàn giao' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bàn giao hồ sơ' }).waitFor();
    const toPost = await makeHandover(page, 'Bộ phận một cửa → Bưu điện', [code]);
    await signOut(page);
    await signIn(page, 'buuta', 'courier');
    await confirmHandover(page, toPost);
    await signOut(page);
    await signIn(page, 'buudien', 'counter_clerk');
    await page.goto(dossierPath);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await panel.getByText(`Đã bàn giao cho bưu điện theo biên bản ${toPost}.`).waitFor();
    const dispatch = page.getByTestId('dispatch-form');
    expect(await dispatch.getByLabel('Địa chỉ nhận').inputValue()).toBe(ADDRESS);
    expect(await dispatch.getByLabel('Người nhận', { exact: true }).inputValue()).toBe(APPLICANT);
    await expectNoViolations(page, 'dossier page with the dispatch form');
    await dispatch.getByRole('button', { name: 'Gửi kết quả' }).click();
    const shipment = panel.getByTestId('shipment').first();
    await shipment.waitFor();
    const heading = (await shipment.getByRole('heading', { level: 3 }).textContent()) ?? '';
    const tracking = /Bưu gửi ([A-Z]{2}\d{9}VN)/.exec(heading)?.[1] ?? '';
    expect(tracking, heading).toMatch(/^[A-Z]{2}\d{9}VN$/);
    await shipment.getByTestId('shipment-status').getByText('Đã phát thành công').waitFor({ timeout: 45_000 });
    await expect
      .poll(async () => (await page.reload(), await textOf(page, 'dossier-state')), { timeout: 15_000 })
      .toBe('Đã trả kết quả');
    // The process control slip shows the hand-overs and the return by post with the parcel's number.
    const slip = (await page.getByTestId('control-slip').textContent()) ?? '';
    expect(slip).toContain(`Bưu gửi ${tracking}`);
    const records = page.getByTestId('dossier-handovers');
    for (const record of [toCounter, toUnit, toCounterResult, toPost]) {
      await records.getByRole('link', { name: record, exact: true }).waitFor();
    }
    await signOut(page);

    // The public lookup, signed out: the parcel delivered, the dossier returned.
    await browser.context.clearCookies();
    await page.goto(`/tra-cuu-ho-so/${encodeURIComponent(code)}`);
    await page.getByTestId('lookup-result').waitFor();
    expect((await page.getByTestId('lookup-status').textContent())?.trim()).toBe('Đã trả kết quả');
    expect((await page.getByTestId('parcel-tracking').textContent())?.trim()).toBe(tracking);
    expect(await page.getByTestId('parcel-status').textContent()).toContain('Đã phát thành công');
    expect(await page.getByTestId('lookup-parcel').textContent()).not.toContain('Trần Phú');
    await expectNoViolations(page, 'public lookup of a result delivered by post');
  }, 180_000);
});
