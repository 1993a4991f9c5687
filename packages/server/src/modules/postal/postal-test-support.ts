import type { TestApp } from '../../../test/test-app.js';
import { signCarrierPayload } from './carrier-signature.js';

/** Test helpers: a dossier returned by post, walked to result_at_counter through the real API. */
let citizen = 0;
export async function dossierAtCounter(
  t: TestApp,
  cookie: Record<string, string>,
  returnMethod: 'post' | 'counter' = 'post',
): Promise<{ id: string; code: string }> {
  citizen += 1;
  const received = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookie.buudien! },
    payload: {
      procedureCode: '1.002952',
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Trần Thị Bưu',
        citizenId: `0680977${String(citizen).padStart(5, '0')}`,
        dateOfBirth: '1988-03-04',
        phone: '0912345678',
        email: null,
        address: '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng',
      },
      documents: Array.from({ length: 6 }, (_, ord) => ({
        ord,
        received: true,
        form: ord === 2 ? 'certified_copy' : ord === 5 ? 'copy' : 'original',
        copies: 2,
      })),
      returnMethod,
      returnAddress: returnMethod === 'post' ? '5 Hùng Vương, Phường 10, Đà Lạt, Lâm Đồng' : null,
    },
  });
  if (received.statusCode !== 201) throw new Error(`reception failed: ${received.body}`);
  const { id, code } = received.json() as { id: string; code: string };
  const specialist = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'chuyenvien')
    .executeTakeFirstOrThrow();
  const steps: [string, string, Record<string, unknown>][] = [
    ['buudien', 'transfer_to_unit', {}],
    ['truongphong', 'assign', { specialistId: specialist.id }],
    ['chuyenvien', 'propose_result', { note: 'Đủ điều kiện' }],
    ['truongphong', 'check', {}],
    ['lanhdao', 'approve', {}],
    ['vanthu', 'issue', { resultNumber: '77/CCHN-SYT' }],
  ];
  let version = 1;
  for (const [user, action, extra] of steps) {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/dossiers/${id}/actions`,
      headers: { cookie: cookie[user]! },
      payload: { action, expectedVersion: version, ...extra },
    });
    if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.body}`);
    version += 1;
  }
  return { id, code };
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
