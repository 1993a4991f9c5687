import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handOver } from '../../../test/handover.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['quantri', 'buudien', 'truongphong', 'chuyenvien']) cookie[u] = await signIn(t.app, u);
});
afterAll(() => t.close());

const CODE = '1.002952'; // Cấp Chứng chỉ hành nghề dược: 20 working days

async function receive() {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien! },
    payload: {
      procedureCode: CODE,
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Trần Thị Lịch',
        citizenId: '068095077001',
        dateOfBirth: '1988-03-09',
        phone: '0912345678',
        email: null,
        address: '3 Hùng Vương, Đà Lạt, Lâm Đồng',
      },
      documents: Array.from({ length: 6 }, (_, ord) => ({
        ord,
        received: true,
        form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
        copies: 2,
      })),
      returnMethod: 'counter',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; dueAt: string };
}

async function act(user: string, id: string, action: string, version: number, extra: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${id}/actions`,
    headers: { cookie: cookie[user]! },
    payload: { action, expectedVersion: version, ...extra },
  });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as { version: number; dueAt: string };
}

async function admin(method: 'PUT' | 'DELETE', url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: { cookie: cookie.quantri! }, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

describe('the working calendar kept in process for dossier actions', () => {
  it("is forgotten on every calendar change: the next action's appointment follows it", async () => {
    t.clock.set(new Date('2026-01-12T00:00:00Z')); // Monday 07:00 in Việt Nam
    const d = await receive();
    expect(d.dueAt).toBe('2026-02-06T10:00:00.000Z'); // Friday 17:00, 20 working days later
    // The first action recomputes the appointment on the calendar, which is now kept in process.
    // Paper moves with a hand-over record; the unit's confirmation is the transfer action.
    await handOver(t.app, cookie.buudien!, cookie.truongphong!, 'counter_to_unit', [{ id: d.id }]);
    const transferred = (
      await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: { cookie: cookie.buudien! } })
    ).json();
    expect(transferred.dueAt).toBe('2026-02-06T10:00:00.000Z');

    // A day off inside the period: the next action's appointment moves one working day later.
    await admin('PUT', '/api/calendar/days/2026-01-21', { kind: 'day_off', name: 'Nghỉ đột xuất', confirmed: true });
    const specialist = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'chuyenvien')
      .executeTakeFirstOrThrow();
    const assigned = await act('truongphong', d.id, 'assign', transferred.version, { specialistId: specialist.id });
    expect(assigned.dueAt).toBe('2026-02-09T10:00:00.000Z'); // Monday 17:00

    // Removing it brings the appointment back.
    await admin('DELETE', '/api/calendar/days/2026-01-21');
    const reassigned = await act('truongphong', d.id, 'assign', assigned.version, { specialistId: specialist.id });
    expect(reassigned.dueAt).toBe('2026-02-06T10:00:00.000Z');

    // New working windows: the 20th working day now closes at 11:00.
    await admin('PUT', '/api/calendar/windows', { windows: [{ start: '07:00', end: '11:00' }] });
    const morning = await act('truongphong', d.id, 'assign', reassigned.version, { specialistId: specialist.id });
    expect(morning.dueAt).toBe('2026-02-06T04:00:00.000Z');
  });
});
