import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

/*
 * Due dates through the API on the seeded 2025–2026 holidays (packages/server/seed/holidays.json):
 * Tết 14–22 February 2026, Saturday 10 January 2026 worked, 1–4 January 2026 off.
 */
let t: TestApp;
let admin: string;
let khanhHoaAdmin: string;
let specialist: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, 'quantri');
  khanhHoaAdmin = await signIn(t.app, 'quantri.khanhhoa');
  specialist = await signIn(t.app, 'chuyenvien');
});
afterAll(() => t.close());

type Query = Record<string, string>;

async function dueDateResponse(query: Query, cookie?: string, language?: string) {
  return t.app.inject({
    method: 'GET',
    url: '/api/calendar/due-date',
    query,
    headers: { ...(cookie ? { cookie } : {}), ...(language ? { 'accept-language': language } : {}) },
  });
}

async function dueDate(query: Query, cookie?: string) {
  const res = await dueDateResponse(query, cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { from: string; countsFrom: string; dueAt: string };
}

function putDay(date: string, payload: object, cookie = admin) {
  return t.app.inject({ method: 'PUT', url: `/api/calendar/days/${date}`, payload, headers: { cookie } });
}

function deleteDay(date: string, cookie = admin) {
  return t.app.inject({ method: 'DELETE', url: `/api/calendar/days/${date}`, headers: { cookie } });
}

function fieldsOf(res: { json: () => unknown }): string[] {
  const body = res.json() as { error: { details?: { field: string }[] } };
  return (body.error.details ?? []).map((d) => d.field);
}

async function auditRows(action: string, agencyCode = '000.00.31.H36') {
  await chainPendingAudit(t.db); // chained after commit (appendAudit)
  return t.db
    .selectFrom('audit_log')
    .innerJoin('agency', 'agency.id', 'audit_log.agency_id')
    .select(['audit_log.action', 'audit_log.actor_name', 'audit_log.target_id', 'audit_log.details'])
    .where('agency.code', '=', agencyCode)
    .where('audit_log.action', '=', action)
    .orderBy('audit_log.seq')
    .execute();
}

describe('GET /api/calendar/due-date (public)', () => {
  it('skips Tết: Friday 13 February 2026 16:00 + 1 working day is Monday 23 February 16:00', async () => {
    expect(await dueDate({ from: '2026-02-13T16:00:00+07:00', workingDays: '1' })).toEqual({
      from: '2026-02-13T16:00:00+07:00',
      countsFrom: '2026-02-13T16:00:00+07:00',
      dueAt: '2026-02-23T16:00:00+07:00',
    });
  });

  it('counts the swapped working Saturday 10 January 2026', async () => {
    const result = await dueDate({ from: '2026-01-09T16:00+07:00', workingDays: '1' });
    expect(result.dueAt).toBe('2026-01-10T16:00:00+07:00');
  });

  it('starts the clock at 13:30 for a dossier received at lunch, and at 07:00 next day after 17:00', async () => {
    const lunch = await dueDate({ from: '2026-01-12T12:15:00+07:00', workingDays: '1' });
    expect(lunch).toMatchObject({ countsFrom: '2026-01-12T13:30:00+07:00', dueAt: '2026-01-13T11:30:00+07:00' });
    const evening = await dueDate({ from: '2026-01-12T17:30:00+07:00', workingDays: '0.5' });
    expect(evening).toMatchObject({ countsFrom: '2026-01-13T07:00:00+07:00', dueAt: '2026-01-13T11:00:00+07:00' });
  });

  it('reads an instant given in UTC and answers in the agency offset', async () => {
    expect(await dueDate({ from: '2026-01-12T00:00:00Z', workingDays: '0' })).toEqual({
      from: '2026-01-12T07:00:00+07:00',
      countsFrom: '2026-01-12T07:00:00+07:00',
      dueAt: '2026-01-12T07:00:00+07:00',
    });
  });

  it('counts calendar days to the end of a working day, past a holiday', async () => {
    // 13 February + 3 = Monday 16 February, in Tết: the period ends with Monday 23 February.
    const result = await dueDate({ from: '2026-02-13T10:00:00+07:00', calendarDays: '3' });
    expect(result.dueAt).toBe('2026-02-23T17:00:00+07:00');
  });

  it.each([
    ['a bare date', { from: '2026-01-12', workingDays: '1' }, 'querystring.from'],
    ['a missing from', { workingDays: '1' }, 'querystring.from'],
    ['garbage', { from: 'hôm qua', workingDays: '1' }, 'querystring.from'],
    ['a local time without offset', { from: '2026-01-12T08:00:00', workingDays: '1' }, 'querystring.from'],
    ['a negative count', { from: '2026-01-12T08:00:00Z', workingDays: '-1' }, 'querystring.workingDays'],
    ['a word for a count', { from: '2026-01-12T08:00:00Z', workingDays: 'abc' }, 'querystring.workingDays'],
    ['three decimals', { from: '2026-01-12T08:00:00Z', workingDays: '1.125' }, 'querystring.workingDays'],
    ['over a year', { from: '2026-01-12T08:00:00Z', workingDays: '366' }, 'querystring.workingDays'],
    ['an empty count', { from: '2026-01-12T08:00:00Z', workingDays: '' }, 'querystring.workingDays'],
    ['no count at all', { from: '2026-01-12T08:00:00Z' }, 'querystring.workingDays'],
    ['both counts', { from: '2026-01-12T08:00:00Z', workingDays: '1', calendarDays: '1' }, 'querystring.workingDays'],
    ['fractional calendar days', { from: '2026-01-12T08:00:00Z', calendarDays: '1.5' }, 'querystring.calendarDays'],
  ])('answers 400 naming the parameter for %s', async (_what, query, field) => {
    const res = await dueDateResponse(query);
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('explains the count rule in the client language', async () => {
    const res = await dueDateResponse({ from: '2026-01-12T08:00:00Z' }, undefined, 'en');
    expect(res.json().error.details).toEqual([
      { field: 'querystring.workingDays', message: 'Give exactly one of workingDays and calendarDays.' },
    ]);
  });
});

describe('the administrator maintains the days off', () => {
  // Friday 27 February 2026 16:00 + 1 working day: 1 h on Friday, 7 h on Monday 2 March.
  const from = { from: '2026-02-27T16:00:00+07:00', workingDays: '1' };

  it('lists the days of one year in date order', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/days?year=2026',
      headers: { cookie: specialist },
    });
    expect(res.statusCode).toBe(200);
    const dates = res.json().items.map((d: { date: string }) => d.date);
    expect(dates.every((d: string) => d.startsWith('2026-'))).toBe(true);
    expect(dates).toEqual([...dates].sort());
    expect(res.json().items).toContainEqual({
      date: '2026-01-10',
      kind: 'working_day',
      name: expect.any(String),
      confirmed: true,
    });
  });

  it('adds a day off, and the due date moves past it; the change is audited', async () => {
    expect((await dueDate(from)).dueAt).toBe('2026-03-02T16:00:00+07:00');
    const res = await putDay('2026-03-02', { kind: 'day_off', name: 'Nghỉ bù thử nghiệm', confirmed: false });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ date: '2026-03-02', kind: 'day_off', name: 'Nghỉ bù thử nghiệm', confirmed: false });
    expect((await dueDate(from)).dueAt).toBe('2026-03-03T16:00:00+07:00');

    const corrected = await putDay('2026-03-02', { kind: 'day_off', name: 'Nghỉ bù', confirmed: true });
    expect(corrected.statusCode).toBe(200);
    const audit = await auditRows('calendar.day.set');
    expect(audit.map((r) => [r.actor_name, r.target_id])).toEqual([
      ['quantri', '2026-03-02'],
      ['quantri', '2026-03-02'],
    ]);
    expect(audit[0]?.details).toEqual({
      before: null,
      after: { date: '2026-03-02', kind: 'day_off', name: 'Nghỉ bù thử nghiệm', confirmed: false },
    });
    expect(audit[1]?.details).toEqual({
      before: { date: '2026-03-02', kind: 'day_off', name: 'Nghỉ bù thử nghiệm', confirmed: false },
      after: { date: '2026-03-02', kind: 'day_off', name: 'Nghỉ bù', confirmed: true },
    });
  });

  it('deletes the day, audited, and the due date comes back; a second delete is 404', async () => {
    const res = await deleteDay('2026-03-02');
    expect(res.statusCode).toBe(204);
    expect((await dueDate(from)).dueAt).toBe('2026-03-02T16:00:00+07:00');
    const audit = await auditRows('calendar.day.delete');
    expect(audit).toMatchObject([
      { target_id: '2026-03-02', details: { before: { date: '2026-03-02', name: 'Nghỉ bù', confirmed: true } } },
    ]);
    expect((await deleteDay('2026-03-02')).statusCode).toBe(404);
  });

  it('refuses a working day on a weekday and a day off at a weekend, by the kind, in both languages', async () => {
    const weekday = await putDay('2027-01-05', { kind: 'working_day', name: 'Làm bù', confirmed: true });
    expect(weekday.statusCode).toBe(400);
    expect(weekday.json().error.details).toEqual([
      { field: 'body.kind', message: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật; ngày 05/01/2027 là thứ Ba.' },
    ]);
    const weekend = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar/days/2027-01-09',
      payload: { kind: 'day_off', name: 'Nghỉ', confirmed: true },
      headers: { cookie: admin, 'accept-language': 'en' },
    });
    expect(weekend.statusCode).toBe(400);
    expect(weekend.json().error.details).toEqual([
      {
        field: 'body.kind',
        message: '09/01/2027 is a Saturday, already a day off; record days off only for Monday to Friday.',
      },
    ]);
    expect((await putDay('2027-01-09', { kind: 'working_day', name: 'Làm bù', confirmed: false })).statusCode).toBe(
      201,
    );
  });

  it('names an impossible date or a missing name', async () => {
    const impossible = await putDay('2026-02-30', { kind: 'day_off', name: 'Ngày không có', confirmed: true });
    expect(impossible.statusCode).toBe(400);
    expect(fieldsOf(impossible)).toEqual(['params.date']);
    const unnamed = await putDay('2026-03-04', { kind: 'day_off', name: '  ', confirmed: true });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.details).toEqual([{ field: 'body.name', message: 'Bắt buộc phải nhập.' }]);
  });

  it('does not let other roles change the calendar', async () => {
    expect((await putDay('2026-03-04', { kind: 'day_off', name: 'X', confirmed: true }, specialist)).statusCode).toBe(
      403,
    );
    expect((await deleteDay('2026-01-01', specialist)).statusCode).toBe(403);
    expect((await dueDate({ from: '2026-01-01T08:00:00+07:00', workingDays: '0' })).countsFrom).toBe(
      '2026-01-05T07:00:00+07:00',
    );
  });
});

describe('each agency has its own calendar', () => {
  it("Khánh Hòa's administrator changes only Khánh Hòa's due dates and days", async () => {
    const from = { from: '2026-03-05T16:00:00+07:00', workingDays: '1' }; // Thursday
    const res = await putDay(
      '2026-03-06',
      { kind: 'day_off', name: 'Ngày nghỉ riêng', confirmed: true },
      khanhHoaAdmin,
    );
    expect(res.statusCode).toBe(201);
    // The public tool (no session) and Lâm Đồng's staff still get Friday 6 March.
    expect((await dueDate(from)).dueAt).toBe('2026-03-06T16:00:00+07:00');
    expect((await dueDate(from, specialist)).dueAt).toBe('2026-03-06T16:00:00+07:00');
    // Khánh Hòa's own staff get Monday 9 March.
    expect((await dueDate(from, khanhHoaAdmin)).dueAt).toBe('2026-03-09T16:00:00+07:00');

    const lamDongDays = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/days?year=2026',
      headers: { cookie: admin },
    });
    expect(lamDongDays.json().items.map((d: { date: string }) => d.date)).not.toContain('2026-03-06');
    // Lâm Đồng's day is not Khánh Hòa's to delete: it does not exist there.
    expect((await putDay('2026-03-10', { kind: 'day_off', name: 'LĐ', confirmed: true })).statusCode).toBe(201);
    expect((await deleteDay('2026-03-10', khanhHoaAdmin)).statusCode).toBe(404);
    expect(await auditRows('calendar.day.set', '000.00.31.H34')).toHaveLength(1);
  });

  it('gives anonymous callers the default agency, even with a stale session cookie', async () => {
    const from = { from: '2026-03-05T16:00:00+07:00', workingDays: '1' };
    expect((await dueDate(from, 'motcua_session=expired-or-forged')).dueAt).toBe('2026-03-06T16:00:00+07:00');
    // Without 000.00.31.H36 the first agency in force by code is Khánh Hòa (H10 and H17 were
    // merged away in 2025), so its day off on 6 March now applies.
    const rename = (fromCode: string, toCode: string) =>
      t.db.updateTable('agency').set({ code: toCode }).where('code', '=', fromCode).execute();
    await rename('000.00.31.H36', '000.00.31.H99');
    try {
      expect((await dueDate(from)).dueAt).toBe('2026-03-09T16:00:00+07:00');
    } finally {
      await rename('000.00.31.H99', '000.00.31.H36');
    }
  });
});

describe('working windows', () => {
  const windows = (cookie = admin) =>
    t.app.inject({ method: 'GET', url: '/api/calendar/windows', headers: { cookie } });
  const putWindows = (payload: object, cookie = admin) =>
    t.app.inject({ method: 'PUT', url: '/api/calendar/windows', payload, headers: { cookie } });

  it('starts with 07:00–11:30 and 13:30–17:00', async () => {
    expect((await windows(specialist)).json()).toEqual({
      windows: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    });
  });

  it.each([
    [
      'overlapping windows',
      [
        { start: '07:00', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
      'body.windows[1]',
    ],
    ['a window ending before it starts', [{ start: '11:00', end: '07:00' }], 'body.windows[0]'],
    ['a malformed time', [{ start: '7:00', end: '11:30' }], 'body.windows[0].start'],
    ['no window', [], 'body.windows'],
  ])('refuses %s, naming it', async (_what, list, field) => {
    const res = await putWindows({ windows: list });
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  it('applies new windows to due dates at once, audited, for its own agency only', async () => {
    const next = [
      { start: '07:30', end: '11:30' },
      { start: '13:00', end: '17:00' },
    ];
    const res = await putWindows({ windows: next });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ windows: next });
    const lunch = { from: '2026-01-12T12:15:00+07:00', workingDays: '1' };
    expect((await dueDate(lunch)).countsFrom).toBe('2026-01-12T13:00:00+07:00');
    expect((await dueDate(lunch, khanhHoaAdmin)).countsFrom).toBe('2026-01-12T13:30:00+07:00');
    expect((await windows(khanhHoaAdmin)).json().windows[0]).toEqual({ start: '07:00', end: '11:30' });
    const audit = await auditRows('calendar.windows.set');
    expect(audit.at(-1)?.details).toEqual({
      before: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      after: next,
    });
    expect((await putWindows({ windows: next }, specialist)).statusCode).toBe(403);
  });
});
