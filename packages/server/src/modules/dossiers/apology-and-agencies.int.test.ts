import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierDriver, reception } from '../../../test/dossier-driver.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let d: ReturnType<typeof dossierDriver>;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['buudien', 'truongphong', 'chuyenvien', 'lanhdao']) cookies[u] = await signIn(t.app, u);
  d = dossierDriver(t, cookies);
});
afterAll(() => t.close());

/** Monday 12 January 2026, 07:00 in Việt Nam: CCHN dược (20 working days) is due Friday 6 February 17:00. */
const MONDAY = new Date('2026-01-12T00:00:00Z');
const DUE = '2026-02-06T10:00:00.000Z';
const LATER = '2026-02-13T10:00:00.000Z';

async function detail(id: string) {
  const res = await d.get('chuyenvien', id);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('apology and new appointment (Decree 118): the unit drafts, the leader approves', () => {
  it('needs a draft before the leader can extend, and records the approved date as the appointment', async () => {
    t.clock.set(MONDAY);
    const id = await d.underReview();
    t.clock.set(new Date('2026-02-02T02:00:00Z'));
    const direct = await d.act('lanhdao', id, 'extend_deadline', 3, { newDueAt: LATER, note: 'Xin lỗi' });
    expect(direct.statusCode).toBe(400);
    expect(direct.json().error.details[0]).toMatchObject({ field: 'action' });

    const noText = await d.act('chuyenvien', id, 'draft_apology', 3, { newDueAt: LATER });
    expect(noText.json().error.details[0].field).toBe('body.note');
    const earlier = await d.act('chuyenvien', id, 'draft_apology', 3, { newDueAt: '2026-02-05T10:00:00Z', note: 'x' });
    expect(earlier.json().error.details[0].field).toBe('body.newDueAt');

    const apology = 'Xin lỗi ông/bà: hồ sơ cần thẩm định thực tế tại cơ sở nên chưa có kết quả đúng hẹn.';
    const drafted = await d.act('chuyenvien', id, 'draft_apology', 3, { newDueAt: LATER, note: apology });
    expect(drafted.statusCode, drafted.body).toBe(200);
    expect(drafted.json()).toMatchObject({ dueAt: DUE, pendingApology: { newDueAt: LATER, note: apology } });
    expect((await d.act('truongphong', id, 'draft_apology', 4, { newDueAt: LATER, note: 'y' })).statusCode).toBe(400);

    const approved = await d.act('lanhdao', id, 'extend_deadline', 4, { note: 'Đồng ý' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ dueAt: LATER, pendingApology: null, state: 'under_review' });

    // The applicant is told: the public lookup shows the apology and the new date.
    const code = approved.json().code as string;
    const pub = (await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}` })).json();
    expect(pub.dueAt).toBe(LATER);
    expect(pub.timeline.at(-1)).toMatchObject({
      step: 'Xin lỗi và hẹn lại ngày trả kết quả',
      note: apology,
      newDueAt: LATER,
    });
    const en = await t.app.inject({
      method: 'GET',
      url: `/api/public/dossiers/${code}`,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json()).toMatchObject({ statusText: 'Being processed' });
    expect(en.json().timeline.at(-1).step).toBe('Apology and new appointment');
  });

  it('lets the leader reject a draft, which keeps the appointment; no draft after the deadline', async () => {
    t.clock.set(MONDAY);
    const id = await d.underReview();
    t.clock.set(new Date('2026-02-02T02:00:00Z'));
    await d.act('truongphong', id, 'draft_apology', 3, { newDueAt: LATER, note: 'Xin lỗi vì chậm trễ' });
    const rejected = await d.act('lanhdao', id, 'reject_apology', 4, { note: 'Đề nghị phòng xử lý kịp hạn' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ dueAt: DUE, pendingApology: null });
    expect((await d.act('lanhdao', id, 'reject_apology', 5, { note: 'x' })).statusCode).toBe(400);
    t.clock.set(new Date('2026-02-06T10:30:00Z')); // half an hour past the appointment
    const late = await d.act('chuyenvien', id, 'draft_apology', 5, { newDueAt: LATER, note: 'Xin lỗi' });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].field).toBe('action');
    t.clock.set(null);
  });
});

describe('inter-agency procedures (liên thông)', () => {
  it("sends the dossier to another agency on that agency's budget and judges its step", async () => {
    t.clock.set(MONDAY);
    const id = await d.underReview();
    t.clock.set(new Date('2026-01-13T00:00:00Z')); // Tuesday 07:00
    const missing = await d.act('chuyenvien', id, 'send_to_agency', 3, { budgetDays: 2 });
    expect(missing.json().error.details[0].field).toBe('body.agencyName');
    const sent = await d.act('chuyenvien', id, 'send_to_agency', 3, {
      agencyName: 'Sở Tài chính tỉnh Lâm Đồng',
      agencyCode: '000.00.12.H36',
      budgetDays: 2,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      state: 'at_other_agency',
      nationalStatus: 4,
      otherAgency: { agencyName: 'Sở Tài chính tỉnh Lâm Đồng', budgetDays: 2 },
    });
    const step = (body: { steps: { step: string }[] }) => body.steps.find((s) => s.step === 'other_agency');
    t.clock.set(new Date('2026-01-14T09:00:00Z')); // Wednesday 16:00: 15 of 16 working hours used
    expect(step(await detail(id))).toMatchObject({ verdict: 'within_time', dueAt: '2026-01-14T10:00:00.000Z' });
    t.clock.set(new Date('2026-01-15T02:00:00Z')); // Thursday 09:00
    expect(step(await detail(id))).toMatchObject({ verdict: 'overdue' });
    const back = await d.act('chuyenvien', id, 'receive_from_agency', 4, { note: 'Sở Tài chính đã có ý kiến' });
    expect(back.json()).toMatchObject({ state: 'under_review', otherAgency: null });
    expect(step(back.json())).toMatchObject({ verdict: 'late', finishedAt: '2026-01-15T02:00:00.000Z' });
    // The dossier's own clock kept running: the appointment did not move.
    expect(back.json().dueAt).toBe(DUE);
    t.clock.set(null);
  });
});

describe('due soon, in working hours', () => {
  it('counts only working time up to the appointment (DUE_SOON_HOURS = 16)', async () => {
    t.clock.set(MONDAY);
    const id = await d.underReview();
    // Wednesday 4 February 16:00: 1 + 8 + 8 = 17 working hours to Friday 17:00.
    t.clock.set(new Date('2026-02-04T09:00:00Z'));
    expect((await detail(id)).timing).toBe('within_time');
    const queue = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/dossiers?queue=due_soon&pageSize=100',
          headers: { cookie: cookies.chuyenvien! },
        })
      ).json();
    expect((await queue()).items.map((i: { id: string }) => i.id)).not.toContain(id);
    // Thursday 16:00: 9 working hours left (25 clock hours, so a clock-hour rule would miss it).
    t.clock.set(new Date('2026-02-05T09:00:00Z'));
    expect((await detail(id)).timing).toBe('due_soon');
    expect((await queue()).items.map((i: { id: string }) => i.id)).toContain(id);
    t.clock.set(null);
  });
});

describe('step verdicts on the dossier', () => {
  it('lists the counter, unit and leader steps with their budgets from the catalog', async () => {
    t.clock.set(MONDAY);
    const id = await d.underReview(reception());
    const steps = (await detail(id)).steps as { step: string; budgetDays: number | null; finishedAt: string | null }[];
    expect(steps.map((s) => s.step)).toEqual(['counter', 'unit']);
    expect(steps[0]!.finishedAt).not.toBeNull();
    expect(steps[1]!.finishedAt).toBeNull();
    t.clock.set(null);
  });
});

describe('ineligible and incomplete receptions carry machine-readable reasons', () => {
  it('names the refusal reason and each gap’s supplement reason', async () => {
    t.clock.set(new Date('2026-08-03T02:00:00Z')); // after T-LDG-000123-TT was abolished (1 July 2026)
    const abolished = await d.receive(reception({ procedureCode: 'T-LDG-000123-TT' }));
    expect(abolished.json().error.details[0]).toMatchObject({
      field: 'body.procedureCode',
      reason: 'procedure_abolished',
    });
    const unknown = await d.receive(reception({ procedureCode: '9.999999' }));
    expect(unknown.json().error, unknown.body).toMatchObject({ details: [{ reason: 'wrong_agency' }] });
    const body = reception();
    body.documents[0]!.received = false;
    body.documents[2]!.form = 'copy';
    const incomplete = await d.receive(body);
    expect(incomplete.json().error.details.map((g: { field: string; reason: string }) => [g.field, g.reason])).toEqual([
      ['body.documents.0', 'missing'],
      ['body.documents.2', 'wrong_form'],
    ]);
    t.clock.set(null);
  });
});
