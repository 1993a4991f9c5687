import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

let t: TestApp;
const cookie: Record<string, string> = {};
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  t = await createTestApp();
  const clerk = { username: 'buudien.khanhhoa', fullName: 'Bưu điện KH', role: 'counter_clerk' } as const;
  cookie['buudien.khanhhoa'] = await addUser(t, clerk, KHANH_HOA_CODE);
  cookie['thanhtra.test'] = await addUser(t, { username: 'thanhtra.test', fullName: 'Thanh tra', role: 'inspector' });
  for (const u of ['buudien', 'daumoi', 'chuyenvien', 'quantri']) cookie[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

function call(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: { cookie: cookie[user]! },
    ...(payload ? { payload: payload as object } : {}),
  });
}

async function open(body: Record<string, unknown> = {}) {
  const res = await call('buudien', 'POST', '/api/escalations', {
    subject: 'procedure',
    procedureCode: '1.002952',
    category: 'fees',
    title: 'Lệ phí cấp chứng chỉ hành nghề dược',
    body: 'Công dân hỏi mức lệ phí mới áp dụng từ ngày nào?',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; reference: string };
}

const detail = async (id: string, user = 'buudien') => (await call(user, 'GET', `/api/escalations/${id}`)).json();

describe('opening an escalation', () => {
  it('opened at 16:30 on a Friday is due on the next working day, and overdue after that', async () => {
    // Friday 16 January 2026, 16:30 in Việt Nam (not 9 January: Saturday 10 January is a swapped working day).
    t.clock.set(new Date('2026-01-16T09:30:00Z'));
    const { id, reference } = await open();
    expect(reference).toMatch(/^VM-2026-\d{4}$/);
    const d = await detail(id);
    expect(d).toMatchObject({
      status: 'open',
      subject: 'procedure',
      procedureCode: '1.002952',
      procedureName: expect.stringContaining('dược'),
      slaHours: 8,
      dueAt: '2026-01-19T09:30:00.000Z', // Monday 16:30: 0.5 h on Friday, 7.5 h on Monday
      isOverdue: false,
      allowedMoves: ['follow_up', 'resolve'],
    });
    expect(d.messages).toEqual([expect.objectContaining({ seq: 1, kind: 'question', authorRole: 'counter_clerk' })]);

    t.clock.set(new Date('2026-01-19T09:29:00Z'));
    expect((await detail(id)).isOverdue).toBe(false);
    const notYet = (await call('daumoi', 'GET', '/api/escalations?overdue=true&pageSize=100')).json();
    expect(notYet.items.map((e: { id: string }) => e.id)).not.toContain(id);

    t.clock.set(new Date('2026-01-19T09:31:00Z'));
    expect((await detail(id)).isOverdue).toBe(true);
    const overdue = (await call('daumoi', 'GET', '/api/escalations?overdue=true&pageSize=100')).json();
    expect(overdue.items.map((e: { id: string }) => e.id)).toContain(id);
    expect(overdue.items.every((e: { isOverdue: boolean }) => e.isOverdue)).toBe(true);
    expect(overdue.overdue).toBe(overdue.total);
  });

  it('takes the SLA from the agency setting, set by the administrator, over the environment default', async () => {
    expect((await call('buudien', 'GET', '/api/escalations/settings')).json()).toEqual({
      slaHours: 8,
      source: 'default',
    });
    expect((await call('buudien', 'PUT', '/api/escalations/settings', { slaHours: 2 })).statusCode).toBe(403);
    const set = await call('quantri', 'PUT', '/api/escalations/settings', { slaHours: 2 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ slaHours: 2, source: 'agency' });
    t.clock.set(new Date('2026-01-12T00:00:00Z')); // Monday 07:00
    const d = await detail((await open()).id);
    expect(d).toMatchObject({ slaHours: 2, dueAt: '2026-01-12T02:00:00.000Z' });
    expect((await call('quantri', 'PUT', '/api/escalations/settings', { slaHours: 8 })).json().slaHours).toBe(8);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'escalation.settings.update')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('links a dossier by its code and refuses an unknown code, naming the field', async () => {
    t.clock.set(new Date('2026-01-12T01:00:00Z'));
    const dossier = await t.db
      .selectFrom('dossier')
      .select(['id', 'code'])
      .where('code', 'is not', null)
      .executeTakeFirstOrThrow();
    const { id } = await open({
      subject: 'dossier',
      dossierCode: dossier.code,
      procedureCode: null,
      category: 'documents',
    });
    expect(await detail(id)).toMatchObject({ subject: 'dossier', dossierId: dossier.id, dossierCode: dossier.code });
    const bad = await call('buudien', 'POST', '/api/escalations', {
      subject: 'dossier',
      dossierCode: '000.00.31.H36-991231-9999',
      category: 'documents',
      title: 'Không có hồ sơ',
      body: 'Thử',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: 'body.dossierCode', message: 'Không có hồ sơ mang mã này.' }]);
    const missing = await call('buudien', 'POST', '/api/escalations', {
      subject: 'dossier',
      category: 'documents',
      title: 'Thiếu mã',
      body: 'Thử',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].field).toBe('body.dossierCode');
  });

  it('keeps attachments sniffed from the bytes, refuses other types and oversized files', async () => {
    const { id } = await open({
      attachments: [{ filename: 'bien-lai.png', contentBase64: TINY_PNG.toString('base64') }],
    });
    const d = await detail(id);
    expect(d.attachments).toEqual([
      expect.objectContaining({
        messageSeq: 1,
        filename: 'bien-lai.png',
        mediaType: 'image/png',
        sizeBytes: TINY_PNG.length,
      }),
    ]);
    const file = await call('daumoi', 'GET', `/api/escalations/${id}/attachments/${d.attachments[0].id}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(TINY_PNG)).toBe(true);

    const text = await call('buudien', 'POST', '/api/escalations', {
      subject: 'procedure',
      procedureCode: '1.002952',
      category: 'other',
      title: 'Tệp văn bản',
      body: 'Thử',
      attachments: [{ filename: 'a.txt', contentBase64: Buffer.from('hello world').toString('base64') }],
    });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.details[0]).toEqual({
      field: 'body.attachments.0',
      message: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.',
    });
    const huge = Buffer.alloc(4 * 1024 * 1024 + 1);
    TINY_PNG.copy(huge);
    const big = await call('buudien', 'POST', '/api/escalations', {
      subject: 'procedure',
      procedureCode: '1.002952',
      category: 'other',
      title: 'Tệp lớn',
      body: 'Thử',
      attachments: [{ filename: 'big.png', contentBase64: huge.toString('base64') }],
    });
    expect(big.statusCode).toBe(400);
    expect(big.json().error.details[0].field).toBe('body.attachments.0');
  });
});

describe('the thread', () => {
  it('runs open → answered → open (follow-up) → answered → resolved → reopened, each side in its turn', async () => {
    t.clock.set(new Date('2026-01-13T01:00:00Z')); // Tuesday 08:00
    const { id } = await open({ title: 'Bản sao chứng thực hộ khẩu', category: 'documents' });
    // The counter cannot answer, the focal officer cannot resolve, the specialist cannot even read.
    expect((await call('buudien', 'POST', `/api/escalations/${id}/answers`, { body: 'x' })).statusCode).toBe(403);
    expect((await call('daumoi', 'POST', `/api/escalations/${id}/resolve`, { body: 'x' })).statusCode).toBe(403);
    expect((await call('daumoi', 'POST', `/api/escalations/${id}/messages`, { body: 'x' })).statusCode).toBe(403);
    expect((await call('chuyenvien', 'GET', `/api/escalations/${id}`)).statusCode).toBe(403);
    // The inspector reads and writes nothing.
    expect((await call('thanhtra.test', 'GET', `/api/escalations/${id}`)).statusCode).toBe(200);
    expect((await call('thanhtra.test', 'POST', `/api/escalations/${id}/answers`, { body: 'x' })).statusCode).toBe(403);

    t.clock.set(new Date('2026-01-13T02:00:00Z'));
    const answered = (
      await call('daumoi', 'POST', `/api/escalations/${id}/answers`, { body: 'Không yêu cầu bản sao hộ khẩu.' })
    ).json();
    expect(answered).toMatchObject({
      status: 'answered',
      answeredAt: '2026-01-13T02:00:00.000Z',
      allowedMoves: ['answer'],
    });
    expect((await detail(id)).allowedMoves).toEqual(['follow_up', 'resolve']);

    t.clock.set(new Date('2026-01-13T09:00:00Z')); // Tuesday 16:00: a new answer time starts now
    const followUp = (
      await call('buudien', 'POST', `/api/escalations/${id}/messages`, { body: 'Còn giấy xác nhận cư trú?' })
    ).json();
    expect(followUp).toMatchObject({ status: 'open', dueAt: '2026-01-14T09:00:00.000Z' }); // 1 h + 7 h Wednesday

    await call('daumoi', 'POST', `/api/escalations/${id}/answers`, { body: 'Cũng không cần, tra cứu CSDL dân cư.' });
    const resolved = (
      await call('buudien', 'POST', `/api/escalations/${id}/resolve`, { body: 'Đã rõ, cảm ơn.' })
    ).json();
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedAt: '2026-01-13T09:00:00.000Z',
      allowedMoves: ['reopen'],
    });
    const late = await call('daumoi', 'POST', `/api/escalations/${id}/answers`, { body: 'Bổ sung' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CONFLICT');

    const reopened = (
      await call('buudien', 'POST', `/api/escalations/${id}/reopen`, { body: 'Công dân hỏi lại' })
    ).json();
    expect(reopened).toMatchObject({ status: 'open', resolvedAt: null });
    expect(reopened.messages.map((m: { kind: string }) => m.kind)).toEqual([
      'question',
      'answer',
      'follow_up',
      'answer',
      'resolve',
      'reopen',
    ]);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'escalation.open',
      'escalation.answer',
      'escalation.follow_up',
      'escalation.answer',
      'escalation.resolve',
      'escalation.reopen',
    ]);
  });

  it("never shows or touches another agency's escalations", async () => {
    const { id } = await open({ title: 'Chỉ Lâm Đồng thấy' });
    const other = 'buudien.khanhhoa';
    expect((await call(other, 'GET', `/api/escalations/${id}`)).statusCode).toBe(404);
    expect((await call(other, 'POST', `/api/escalations/${id}/messages`, { body: 'x' })).statusCode).toBe(404);
    expect((await call(other, 'POST', `/api/escalations/${id}/resolve`, { body: 'x' })).statusCode).toBe(404);
    const list = (await call(other, 'GET', '/api/escalations?pageSize=100')).json();
    expect(list.total).toBe(0);
    const answers = (await call(other, 'GET', '/api/escalations/answers?q=')).json();
    expect(answers.items).toEqual([]);
    expect((await detail(id)).messages).toHaveLength(1);
  });
});

describe('the answer search', () => {
  it('finds resolved escalations without diacritics, and only resolved ones', async () => {
    t.clock.set(new Date('2026-01-14T01:00:00Z'));
    const resolvedOne = await open({
      title: 'Giấy xác nhận đủ điều kiện kinh doanh dược',
      body: 'Nhà thuốc đổi địa điểm có phải làm lại giấy chứng nhận không?',
    });
    await call('daumoi', 'POST', `/api/escalations/${resolvedOne.id}/answers`, {
      body: 'Phải đề nghị điều chỉnh Giấy chứng nhận đủ điều kiện kinh doanh dược.',
    });
    await call('buudien', 'POST', `/api/escalations/${resolvedOne.id}/resolve`, { body: 'Đã hướng dẫn công dân.' });
    const stillOpen = await open({ title: 'Đổi địa điểm nhà thuốc chưa trả lời' });

    const found = (await call('buudien', 'GET', '/api/escalations/answers?q=doi%20dia%20diem%20nha%20thuoc')).json();
    const ids = found.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(resolvedOne.id);
    expect(ids).not.toContain(stillOpen.id);
    expect(found.items.find((a: { id: string }) => a.id === resolvedOne.id)).toMatchObject({
      question: 'Nhà thuốc đổi địa điểm có phải làm lại giấy chứng nhận không?',
      answer: 'Phải đề nghị điều chỉnh Giấy chứng nhận đủ điều kiện kinh doanh dược.',
    });
    // A word of the answer, in capitals and without accents, finds it too; a missing word does not.
    const byAnswer = (await call('buudien', 'GET', '/api/escalations/answers?q=DIEU%20CHINH')).json();
    expect(byAnswer.items.map((a: { id: string }) => a.id)).toContain(resolvedOne.id);
    const none = (await call('buudien', 'GET', '/api/escalations/answers?q=nha%20thuoc%20xyzzy')).json();
    expect(none.items).toEqual([]);
  });
});

describe('the counter dashboard', () => {
  it("counts today's receptions, the online queue, results to return and escalations", async () => {
    t.clock.set(new Date('2026-01-15T03:00:00Z')); // Thursday 10:00
    const before = (await call('buudien', 'GET', '/api/dashboard/counter')).json().counts;
    expect(Object.keys(before)).toEqual([
      'receivedToday',
      'onlineQueue',
      'toTransfer',
      'resultsToReturn',
      'pickupsToCollect',
      'handoversToConfirm',
      'failedDeliveries',
      'escalationsOpen',
      'escalationsOverdue',
      'escalationsAnswered',
    ]);
    await open({ title: 'Một vướng mắc mới' });
    const received = await call('buudien', 'POST', '/api/dossiers', {
      procedureCode: '1.002952',
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Phạm Văn Cường',
        citizenId: '068095399001',
        dateOfBirth: '1979-09-09',
        phone: '0912345678',
        email: null,
        address: '9 Phan Đình Phùng, Đà Lạt, Lâm Đồng',
      },
      documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
      returnMethod: 'counter',
    });
    expect(received.statusCode, received.body).toBe(201);
    const agency = await t.db
      .selectFrom('agency')
      .select('id')
      .where('code', '=', '000.00.31.H36')
      .executeTakeFirstOrThrow();
    const count = async (where: (q: ReturnType<typeof base>) => ReturnType<typeof base>) =>
      Number(
        (
          await where(base())
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const base = () => t.db.selectFrom('escalation').where('agency_id', '=', agency.id);
    const after = (await call('buudien', 'GET', '/api/dashboard/counter')).json().counts;
    expect(after.escalationsOpen).toBe(before.escalationsOpen + 1);
    expect(after.escalationsOpen).toBe(await count((q) => q.where('status', '=', 'open')));
    expect(after.escalationsOverdue).toBe(
      await count((q) => q.where('status', '=', 'open').where('due_at', '<', new Date('2026-01-15T03:00:00Z'))),
    );
    const dossiers = await t.db.selectFrom('dossier').select(['state']).where('agency_id', '=', agency.id).execute();
    expect(after.resultsToReturn).toBe(dossiers.filter((d) => d.state === 'result_at_counter').length);
    expect(after.onlineQueue).toBe(dossiers.filter((d) => d.state === 'submitted_online').length);
    const receivedToday = await t.db
      .selectFrom('dossier')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('agency_id', '=', agency.id)
      .where('received_at', '>=', new Date('2026-01-14T17:00:00Z')) // 15 January 00:00 in Việt Nam
      .where('received_at', '<', new Date('2026-01-15T17:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(after.receivedToday).toBe(Number(receivedToday.n));
    expect(after.receivedToday).toBe(before.receivedToday + 1);
    expect(after.toTransfer).toBe(before.toTransfer + 1);
    const pickups = await t.db.selectFrom('pickup_order').select('status').where('agency_id', '=', agency.id).execute();
    expect(after.pickupsToCollect).toBe(pickups.filter((p) => ['requested', 'assigned'].includes(p.status)).length);
    const records = await t.db
      .selectFrom('handover_record')
      .select(['direction', 'status'])
      .where('agency_id', '=', agency.id)
      .execute();
    expect(after.handoversToConfirm).toBe(
      records.filter((r) => ['post_to_counter', 'unit_to_counter'].includes(r.direction) && r.status !== 'confirmed')
        .length,
    );
    expect(after.failedDeliveries).toBe((await call('buudien', 'GET', '/api/shipments/failed')).json().items.length);
    expect((await call('daumoi', 'GET', '/api/dashboard/counter')).statusCode).toBe(403);
  });
});

describe('the demo escalations', () => {
  it('hold open, overdue, answered and resolved threads, the resolved ones found by the answer search', async () => {
    t.clock.set(null);
    const list = (await call('daumoi', 'GET', '/api/escalations?pageSize=100')).json();
    const demo = list.items.filter((e: { openedAt: string }) => e.openedAt > '2026-02-01');
    const statuses = demo.map((e: { status: string }) => e.status);
    expect(statuses).toEqual(expect.arrayContaining(['open', 'answered', 'resolved']));
    expect(demo.some((e: { isOverdue: boolean }) => e.isOverdue)).toBe(true);
    const found = (
      await call('buudien', 'GET', '/api/escalations/answers?q=le%20phi%20chung%20chi%20hanh%20nghe')
    ).json();
    expect(found.items[0]).toMatchObject({ answer: expect.stringContaining('600.000 đồng') });
  });
});
