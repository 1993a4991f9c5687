import type { Role } from '@motcua/core';
import type { App } from '../src/http/app-types.js';
import { createDemoPkcs12, DEMO_PASSPHRASE } from '../src/modules/signing/demo-certificate.js';

/**
 * A signed result for tests that need one (the access SAMPLES): installs the demo certificate as
 * the administrator, takes a new dossier of 1.002952 from reception to `issue` through the API,
 * and returns the result's id. Memoised per app.
 */
const made = new WeakMap<App, Promise<string>>();
let p12: Promise<Uint8Array> | undefined;

export function demoPkcs12(): Promise<Uint8Array> {
  return (p12 ??= createDemoPkcs12());
}

export async function demoCertificateUpload(): Promise<{ pkcs12Base64: string; passphrase: string }> {
  return { pkcs12Base64: Buffer.from(await demoPkcs12()).toString('base64'), passphrase: DEMO_PASSPHRASE };
}

export function sampleResultId(app: App, cookieOf: (role: Role) => string, specialistId: string): Promise<string> {
  let id = made.get(app);
  if (!id) {
    id = issueOne(app, cookieOf, specialistId);
    made.set(app, id);
  }
  return id;
}

async function issueOne(app: App, cookieOf: (role: Role) => string, specialistId: string): Promise<string> {
  const send = async (role: Role, url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: { cookie: cookieOf(role) }, payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  await send('administrator', '/api/signing/certificate', await demoCertificateUpload());
  const dossier = await send('counter_clerk', '/api/dossiers', {
    procedureCode: '1.002952',
    // Online: no paper, so no hand-over records are needed to move it (docs/POSTAL.md).
    channel: 'online',
    applicant: {
      kind: 'person',
      name: 'Phạm Thị Mẫu',
      citizenId: '068095099999',
      dateOfBirth: '1990-05-17',
      phone: '0912345678',
      email: null,
      address: '1 Trần Phú, Đà Lạt, Lâm Đồng',
    },
    documents: [],
    returnMethod: 'counter',
  });
  let version: number = dossier.version;
  const steps: [Role, string, object?][] = [
    ['counter_clerk', 'accept_online'],
    ['counter_clerk', 'transfer_to_unit'],
    ['unit_head', 'assign', { specialistId }],
    ['specialist', 'propose_result', { note: 'Đủ điều kiện' }],
    ['unit_head', 'check'],
    ['leader', 'approve'],
    ['records_officer', 'issue'],
  ];
  for (const [role, action, extra] of steps) {
    version = (await send(role, `/api/dossiers/${dossier.id}/actions`, { action, expectedVersion: version, ...extra }))
      .version;
  }
  const list = await app.inject({
    method: 'GET',
    url: `/api/dossiers/${dossier.id}/results`,
    headers: { cookie: cookieOf('records_officer') },
  });
  const first = list.json().items[0];
  if (!first) throw new Error('no result was issued');
  return first.id as string;
}
