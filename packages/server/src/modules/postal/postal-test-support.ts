import { signIn, type TestApp } from '../../../test/test-app.js';
import { signCarrierPayload } from './carrier-signature.js';

/**
 * Test helpers: a dossier returned by post, walked to result_at_counter through the real API.
 * A result returned by post is then handed to the post (counter → post record made by `buudien`,
 * confirmed by the courier `buuta`), as the dispatch requires, unless `handToPost` is false.
 */
let citizen = 0;
export async function dossierAtCounter(
  t: TestApp,
  cookie: Record<string, string>,
  returnMethod: 'post' | 'counter' = 'post',
  options: { handToPost?: boolean } = {},
): Promise<{ id: string; code: string }> {
  citizen += 1;
  const received = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien! },
    payload: {
      procedureCode: '1.002952',
      // Online: no paper, so no hand-over records are needed to move it (docs/POSTAL.md).
      channel: 'online',
      applicant: {
        kind: 'person',
        name: 'Trần Thị Bưu',
        citizenId: `0680977${String(citizen).padStart(5, '0')}`,
        dateOfBirth: '1988-03-04',
        phone: '0912345678',
        email: null,
        address: '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng',
      },
      documents: [],
      returnMethod,
      returnAddress: returnMethod === 'post' ? '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng' : null,
    },
  });
  if (received.statusCode !== 201) throw new Error(`reception failed: ${received.body}`);
  const { id } = received.json() as { id: string };
  const specialist = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'chuyenvien')
    .executeTakeFirstOrThrow();
  const steps: [string, string, Record<string, unknown>][] = [
    ['buudien', 'accept_online', {}],
    ['buudien', 'transfer_to_unit', {}],
    ['truongphong', 'assign', { specialistId: specialist.id }],
    ['chuyenvien', 'propose_result', { note: 'Đủ điều kiện' }],
    ['truongphong', 'check', {}],
    ['lanhdao', 'approve', {}],
    ['vanthu', 'issue', { resultNumber: '77/CCHN-SYT' }],
  ];
  let version = 1;
  let code: string | null = null;
  for (const [user, action, extra] of steps) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${id}/actions`,
      headers: { cookie: cookie[user]! },
      payload: { action, expectedVersion: version, ...extra },
    });
    if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.body}`);
    code = (res.json() as { code: string }).code; // given when the counter accepts it
    version += 1;
  }
  if (!code) throw new Error('no dossier code');
  if (returnMethod === 'post' && options.handToPost !== false) await handToPost(t, cookie, [id]);
  return { id, code };
}

/** The counter hands results to the post: `buudien` makes a counter → post record, `buuta` confirms it. */
export async function handToPost(t: TestApp, cookie: Record<string, string>, dossierIds: string[]): Promise<string> {
  cookie.buuta ??= await signIn(t.app, 'buuta');
  const made = await t.app.inject({
    method: 'POST',
    url: '/api/handovers',
    headers: { cookie: cookie.buudien! },
    payload: { direction: 'counter_to_post', items: dossierIds.map((id) => ({ id })) },
  });
  if (made.statusCode !== 201) throw new Error(`counter → post record failed: ${made.body}`);
  const { id } = made.json() as { id: string };
  const confirmed = await t.app.inject({
    method: 'POST',
    url: `/api/handovers/${id}/confirm`,
    headers: { cookie: cookie.buuta },
  });
  if (confirmed.statusCode !== 200) throw new Error(`courier confirmation failed: ${confirmed.body}`);
  return id;
}

/** Headers a carrier sends: carrier id, timestamp, HMAC over `${timestamp}.${raw}`. */
export function signedHeaders(carrierId: string, secret: string, raw: string, timestamp: number) {
  return {
    'content-type': 'application/json',
    'x-carrier-id': carrierId,
    'x-timestamp': String(timestamp),
    'x-signature': signCarrierPayload(secret, timestamp, raw),
  };
}
