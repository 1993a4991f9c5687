import { handOver } from './handover.js';
import type { TestApp } from './test-app.js';

/**
 * Drives dossiers through the real HTTP API as the demo staff would, for tests that need a
 * dossier at some point of its life. `reception()` is a complete dossier for procedure 1.002952
 * (Cấp Chứng chỉ hành nghề dược: 20 working days, Phòng Nghiệp vụ Dược).
 */
export const CCHN_DUOC = '1.002952';

let citizen = 0;
export function reception(overrides: Record<string, unknown> = {}) {
  citizen += 1;
  return {
    procedureCode: CCHN_DUOC,
    channel: 'counter',
    applicant: {
      kind: 'person',
      name: 'Trần Thị Bích Ngọc',
      citizenId: `0681950${String(citizen).padStart(5, '0')}`,
      dateOfBirth: '1991-04-11',
      phone: '0912345679',
      email: null as string | null,
      address: '7 Lê Hồng Phong, Phường 4, Đà Lạt, Lâm Đồng',
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({
      ord,
      received: true,
      form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
      copies: 2,
    })),
    returnMethod: 'counter',
    ...overrides,
  };
}

export function dossierDriver({ app, db }: TestApp, cookies: Record<string, string>) {
  const cookieOf = (user: string) => {
    const cookie = cookies[user];
    if (!cookie) throw new Error(`${user} is not signed in`);
    return cookie;
  };
  const driver = {
    receive: (body: unknown = reception()) =>
      app.inject({
        method: 'POST',
        url: '/api/dossiers',
        headers: { cookie: cookieOf('buudien') },
        payload: body as object,
      }),
    act: (user: string, id: string, action: string, version: number, extra: Record<string, unknown> = {}) =>
      app.inject({
        method: 'POST',
        url: `/api/dossiers/${id}/actions`,
        headers: { cookie: cookieOf(user) },
        payload: { action, expectedVersion: version, ...extra },
      }),
    get: (user: string, id: string) =>
      app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: { cookie: cookieOf(user) } }),
    /** A dossier received, transferred and assigned to `chuyenvien`: version 3, under review. */
    async underReview(body: unknown = reception()) {
      const received = await driver.receive(body);
      if (received.statusCode !== 201) throw new Error(received.body);
      const d = received.json() as { id: string };
      // Paper moves with a confirmed hand-over record; confirming it transfers the dossier.
      await handOver(app, cookieOf('buudien'), cookieOf('truongphong'), 'counter_to_unit', [{ id: d.id }]);
      const assigned = await driver.act('truongphong', d.id, 'assign', 2, { specialistId: await specialistId() });
      if (assigned.statusCode !== 200) throw new Error(`assign: ${assigned.body}`);
      return d.id;
    },
  };
  async function specialistId(): Promise<string> {
    const row = await db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'chuyenvien')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  return driver;
}
