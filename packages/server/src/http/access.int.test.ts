import { hasPermission, ROLES, type Role } from '@motcua/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp, addUser } from '../../test/test-app.js';
import { procedureFixture } from '../../test/fixtures/procedure.js';
import { writeWorkbook, XLSX_TYPE } from '../modules/catalog/xlsx/export-catalog.js';
import { demoCertificateUpload, sampleResultId } from '../../test/results-fixture.js';

/**
 * Least privilege, route by route. Each /api route needs an entry here (a test below fails for
 * a route without one), so a new route cannot ship without its 401/403/agency checks.
 */
type Sample = {
  url: (ids: Ids) => string | Promise<string>;
  payload?: (ids: Ids) => unknown;
  headers?: Record<string, string>;
};
type Ids = {
  ownUserId: string;
  otherAgencyUserId: string;
  dossierId: string;
  fileId: string;
  escalationId: string;
  attachmentId: string;
};

const SAMPLES: Record<string, Sample> = {
  'POST /api/auth/logout': { url: () => '/api/auth/logout' },
  'GET /api/signing/certificate': { url: () => '/api/signing/certificate' },
  'POST /api/signing/certificate': {
    url: async () => ((uploadBody = await demoCertificateUpload()), '/api/signing/certificate'),
    payload: () => uploadBody,
  },
  'GET /api/results/templates': { url: () => '/api/results/templates' },
  'PUT /api/results/templates/:procedureCode': {
    url: () => '/api/results/templates/1.002952',
    payload: () => TEMPLATE,
  },
  'POST /api/results/templates/:procedureCode/preview': {
    url: () => '/api/results/templates/1.002952/preview',
    payload: () => TEMPLATE,
  },
  'GET /api/dossiers/:id/results': { url: (ids) => `/api/dossiers/${ids.dossierId}/results` },
  'GET /api/results': { url: () => '/api/results' },
  'GET /api/results/:id': { url: async () => `/api/results/${await resultId()}` },
  'GET /api/results/:id/pdf': { url: async () => `/api/results/${await resultId()}/pdf` },
  'POST /api/results/:id/reissue': { url: async () => `/api/results/${await resultId()}/reissue` },
  'POST /api/results/:id/revoke': {
    url: async () => `/api/results/${await resultId()}/revoke`,
    payload: () => ({ reason: 'Kiểm tra phân quyền' }),
  },
  'GET /api/auth/me': { url: () => '/api/auth/me' },
  'GET /api/agency': { url: () => '/api/agency' },
  'GET /api/users': { url: () => '/api/users' },
  'GET /api/users/:id': { url: (ids) => `/api/users/${ids.ownUserId}` },
  'POST /api/users': {
    url: () => '/api/users',
    payload: () => ({
      username: `u${Math.random().toString(36).slice(2, 10)}`,
      fullName: 'Người Thử',
      role: 'specialist',
      password: 'mat-khau-dai-du',
    }),
  },
  'PATCH /api/users/:id': { url: (ids) => `/api/users/${ids.ownUserId}`, payload: () => ({ fullName: 'Tên Mới' }) },
  'GET /api/catalog/decisions': { url: () => '/api/catalog/decisions' },
  'POST /api/catalog/decisions': { url: () => '/api/catalog/decisions', payload: () => decisionHeader() },
  'GET /api/catalog/decisions/:id': { url: async () => `/api/catalog/decisions/${(await freshDraft()).id}` },
  'PUT /api/catalog/decisions/:id': {
    url: async () => `/api/catalog/decisions/${(await freshDraft()).id}`,
    payload: () => decisionHeader(),
  },
  'DELETE /api/catalog/decisions/:id': { url: async () => `/api/catalog/decisions/${(await freshDraft()).id}` },
  'POST /api/catalog/decisions/:id/changes': {
    url: async () => `/api/catalog/decisions/${(await freshDraft()).id}/changes`,
    payload: () => ({ kind: 'new', content: procedureFixture({ code: uniqueCode() }) }),
  },
  'DELETE /api/catalog/decisions/:id/changes/:changeId': {
    url: async () => {
      const d = await freshDraft(true);
      return `/api/catalog/decisions/${d.id}/changes/${d.changeId}`;
    },
  },
  'POST /api/catalog/decisions/:id/publish': {
    url: async () => `/api/catalog/decisions/${(await freshDraft(true)).id}/publish`,
  },
  'GET /api/catalog/procedures': { url: () => '/api/catalog/procedures?q=duoc' },
  'GET /api/catalog/procedures/:code': { url: () => '/api/catalog/procedures/1.002952' },
  'GET /api/catalog/fidelity': { url: () => '/api/catalog/fidelity' },
  'GET /api/catalog/export.xlsx': { url: () => '/api/catalog/export.xlsx' },
  // A dry run of an empty workbook: allowed callers get 200 and nothing is written.
  'POST /api/catalog/decisions/:id/import': {
    url: async () => `/api/catalog/decisions/${(await freshDraft()).id}/import?dryRun=true`,
    payload: () => EMPTY_WORKBOOK,
    headers: { 'content-type': XLSX_TYPE },
  },
  'POST /api/dossiers': { url: () => '/api/dossiers', payload: () => receptionBody() },
  'POST /api/reception-slips': {
    url: () => '/api/reception-slips',
    payload: () => ({
      kind: 'refusal',
      procedureCode: '1.002952',
      applicant: receptionBody().applicant,
      reason: 'other',
      note: 'Thử',
    }),
  },
  'GET /api/dossiers': { url: () => '/api/dossiers?queue=all' },
  'GET /api/dossiers/tracking-book': { url: () => '/api/dossiers/tracking-book?from=2026-01-01&to=2026-12-31' },
  'GET /api/dossiers/:id': { url: (ids) => `/api/dossiers/${ids.dossierId}` },
  'POST /api/dossiers/:id/documents/:ord/files': {
    url: (ids) => `/api/dossiers/${ids.dossierId}/documents/0/files?filename=a.png`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: () => TINY_PNG,
  },
  'GET /api/dossiers/:id/files/:fileId': { url: (ids) => `/api/dossiers/${ids.dossierId}/files/${ids.fileId}` },
  'POST /api/dossiers/:id/actions': {
    url: (ids) => `/api/dossiers/${ids.dossierId}/actions`,
    payload: () => ({ action: 'transfer_to_unit', expectedVersion: 1 }),
  },
  // Postal shipments (issue #5 part A). The sample dossier is not at the counter: a 409 for the
  // one role allowed through, which still proves access let it in (< 300 is asked of GETs only).
  'GET /api/dossiers/:id/shipments': { url: (ids) => `/api/dossiers/${ids.dossierId}/shipments` },
  'POST /api/dossiers/:id/shipments': {
    url: (ids) => `/api/dossiers/${ids.dossierId}/shipments`,
    payload: () => ({
      trackingNumber: 'EL123456785VN',
      recipientName: 'Lê Văn Thử',
      recipientAddress: '1 Lê Lợi, Đà Lạt, Lâm Đồng',
      recipientPhone: '0912000111',
    }),
  },
  'GET /api/shipments/failed': { url: () => '/api/shipments/failed' },
  'GET /api/dossiers/:id/forms/:file': { url: (ids) => `/api/dossiers/${ids.dossierId}/forms/receipt.pdf` },
  'GET /api/dossiers/tracking-book.pdf': { url: () => '/api/dossiers/tracking-book.pdf?from=2026-01-01&to=2026-01-31' },
  'GET /api/reception-slips/:id/slip.pdf': { url: async () => `/api/reception-slips/${await freshSlip()}/slip.pdf` },
  'GET /api/handovers': { url: () => '/api/handovers' },
  'GET /api/handovers/candidates': { url: () => '/api/handovers/candidates?direction=counter_to_unit' },
  'POST /api/handovers': {
    url: () => '/api/handovers',
    payload: (ids) => ({ direction: 'counter_to_unit', items: [{ id: ids.dossierId }] }),
  },
  'GET /api/handovers/:id': { url: async () => `/api/handovers/${(await postalSample()).recordId}` },
  'GET /api/handovers/:id/record.pdf': {
    url: async () => `/api/handovers/${(await postalSample()).recordId}/record.pdf`,
  },
  'POST /api/handovers/:id/confirm': { url: async () => `/api/handovers/${(await postalSample()).recordId}/confirm` },
  'POST /api/handovers/:id/items/:ord/discrepancy': {
    url: async () => `/api/handovers/${(await postalSample()).recordId}/items/0/discrepancy`,
    payload: () => ({ kind: 'missing', note: 'Thử' }),
  },
  'POST /api/handovers/:id/items/:ord/resolution': {
    url: async () => `/api/handovers/${(await postalSample()).recordId}/items/0/resolution`,
    payload: () => ({ note: 'Thử' }),
  },
  'GET /api/pickups': { url: () => '/api/pickups' },
  'GET /api/pickups/couriers': { url: () => '/api/pickups/couriers' },
  'POST /api/pickups': { url: () => '/api/pickups', payload: () => PICKUP_REQUEST },
  'GET /api/pickups/:id': { url: async () => `/api/pickups/${(await postalSample()).pickupId}` },
  'POST /api/pickups/:id/assign': {
    url: async () => `/api/pickups/${(await postalSample()).pickupId}/assign`,
    payload: (ids) => ({ courierId: ids.ownUserId }),
  },
  'POST /api/pickups/:id/cancel': {
    url: async () => `/api/pickups/${(await postalSample()).pickupId}/cancel`,
    payload: () => ({ reason: 'Thử' }),
  },
  'POST /api/pickups/:id/collect': {
    url: async () => `/api/pickups/${(await postalSample()).pickupId}/collect`,
    payload: () => ({ documents: [], sealNumber: 'NB-1', payments: [] }),
  },
  'GET /api/postal/remittance': { url: () => '/api/postal/remittance?from=2026-01-01&to=2026-12-31' },
  'GET /api/audit': { url: () => '/api/audit' },
  'GET /api/audit/verify': { url: () => '/api/audit/verify' },
  'GET /api/calendar/days': { url: () => '/api/calendar/days?year=2026' },
  'PUT /api/calendar/days/:date': {
    url: () => '/api/calendar/days/2030-01-02',
    payload: () => ({ kind: 'day_off', name: 'Ngày nghỉ thử', confirmed: false }),
  },
  // A seeded day, so the one caller allowed through (the administrator) finds it to delete.
  'DELETE /api/calendar/days/:date': { url: () => '/api/calendar/days/2025-01-01' },
  'GET /api/calendar/windows': { url: () => '/api/calendar/windows' },
  'PUT /api/calendar/windows': {
    url: () => '/api/calendar/windows',
    payload: () => ({
      windows: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
    }),
  },
  'GET /api/escalations': { url: () => '/api/escalations?status=open' },
  'POST /api/escalations': { url: () => '/api/escalations', payload: () => escalationBody() },
  'GET /api/escalations/answers': { url: () => '/api/escalations/answers?q=le%20phi' },
  'GET /api/escalations/:id': { url: (ids) => `/api/escalations/${ids.escalationId}` },
  'POST /api/escalations/:id/answers': {
    url: (ids) => `/api/escalations/${ids.escalationId}/answers`,
    payload: () => ({ body: 'Trả lời thử' }),
  },
  'POST /api/escalations/:id/messages': {
    url: (ids) => `/api/escalations/${ids.escalationId}/messages`,
    payload: () => ({ body: 'Hỏi thêm' }),
  },
  'POST /api/escalations/:id/resolve': {
    url: (ids) => `/api/escalations/${ids.escalationId}/resolve`,
    payload: () => ({ body: 'Đã rõ' }),
  },
  'POST /api/escalations/:id/reopen': {
    url: (ids) => `/api/escalations/${ids.escalationId}/reopen`,
    payload: () => ({ body: 'Mở lại' }),
  },
  'GET /api/escalations/:id/attachments/:attachmentId': {
    url: (ids) => `/api/escalations/${ids.escalationId}/attachments/${ids.attachmentId}`,
  },
  'GET /api/escalations/settings': { url: () => '/api/escalations/settings' },
  'PUT /api/escalations/settings': { url: () => '/api/escalations/settings', payload: () => ({ slaHours: 8 }) },
  'GET /api/reports/channel-figures': { url: () => '/api/reports/channel-figures?from=2026-01-01&to=2026-12-31' },
  'GET /api/reports/channel-figures.xlsx': {
    url: () => '/api/reports/channel-figures.xlsx?from=2026-01-01&to=2026-12-31',
  },
  'GET /api/dashboard/counter': { url: () => '/api/dashboard/counter' },
};

const EMPTY_WORKBOOK = await writeWorkbook([], { creator: 'test', created: new Date('2026-01-05T00:00:00Z') });
let t: TestApp;
let citizenSeq = 0;
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** A complete reception of 1.002952 (six documents) for a new citizen each time. */
const receptionBody = () => ({
  procedureCode: '1.002952',
  channel: 'counter',
  applicant: {
    kind: 'person',
    name: 'Lê Văn Thử',
    citizenId: `0680951${String(++citizenSeq).padStart(5, '0')}`,
    dateOfBirth: '1985-01-01',
    phone: '0912000111',
    email: null,
    address: '1 Lê Lợi, Đà Lạt, Lâm Đồng',
  },
  documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
  returnMethod: 'counter',
});
const escalationBody = () => ({
  subject: 'procedure',
  procedureCode: '1.002952',
  category: 'fees',
  title: 'Lệ phí cấp chứng chỉ',
  body: 'Mức lệ phí áp dụng là bao nhiêu?',
  attachments: [{ filename: 'a.png', contentBase64: TINY_PNG.toString('base64') }],
});
let codeSeq = 0;
const uniqueCode = () => `9.8${String(++codeSeq).padStart(5, '0')}`;
const decisionHeader = () => ({
  number: `${uniqueCode()}/QĐ-UBND`,
  title: 'Quyết định thử',
  signedOn: '2026-01-05',
  signer: 'Chủ tịch UBND tỉnh',
  effectiveFrom: '2026-01-05',
});

/** A draft decision of Lâm Đồng made by its administrator, optionally with one 'new' change. */
async function freshDraft(withChange = false): Promise<{ id: string; changeId?: string }> {
  const cookie = cookies.get('administrator') ?? '';
  const draft = await t.app.inject({
    method: 'POST',
    url: '/api/catalog/decisions',
    headers: { cookie },
    payload: decisionHeader(),
  });
  const id = draft.json().id as string;
  if (!withChange) return { id };
  const added = await t.app.inject({
    method: 'POST',
    url: `/api/catalog/decisions/${id}/changes`,
    headers: { cookie },
    payload: { kind: 'new', content: procedureFixture({ code: uniqueCode() }) },
  });
  if (added.statusCode !== 201) throw new Error(`cannot add a change: ${added.body}`);
  return { id, changeId: added.json().changes[0].id as string };
}
const PICKUP_REQUEST = {
  procedureCode: '1.002952',
  applicantName: 'Lê Văn Thử',
  phone: '0912000111',
  address: '1 Lê Lợi, Đà Lạt',
  preferredTime: 'Sáng mai',
};
let postal: Promise<{ pickupId: string; recordId: string }> | undefined;
/** A pickup collected by the courier and on their post → counter record: visible to every role that reads either. */
function postalSample() {
  postal ??= (async () => {
    const as = (role: Role) => ({ cookie: cookies.get(role) ?? '' });
    const pickup = await t.app.inject({
      method: 'POST',
      url: '/api/pickups',
      headers: as('counter_clerk'),
      payload: PICKUP_REQUEST,
    });
    const pickupId = pickup.json().id as string;
    const courier = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'demo.courier')
      .executeTakeFirstOrThrow();
    await t.app.inject({
      method: 'POST',
      url: `/api/pickups/${pickupId}/assign`,
      headers: as('counter_clerk'),
      payload: { courierId: courier.id },
    });
    const documents = Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 }));
    await t.app.inject({
      method: 'POST',
      url: `/api/pickups/${pickupId}/collect`,
      headers: as('courier'),
      payload: { documents, sealNumber: 'NB-0001', payments: [] },
    });
    const record = await t.app.inject({
      method: 'POST',
      url: '/api/handovers',
      headers: as('courier'),
      payload: { direction: 'post_to_counter', items: [{ id: pickupId }] },
    });
    if (record.statusCode !== 201) throw new Error(`postal sample: ${record.body}`);
    return { pickupId, recordId: record.json().id as string };
  })();
  return postal;
}
/** A refusal handed back at the counter of Lâm Đồng, for its printed slip. */
async function freshSlip(): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/reception-slips',
    headers: { cookie: cookies.get('counter_clerk') ?? '' },
    payload: {
      kind: 'refusal',
      procedureCode: '1.002952',
      applicant: receptionBody().applicant,
      reason: 'other',
      note: 'Thử',
    },
  });
  return res.json().id as string;
}
const cookies = new Map<Role | 'other-agency', string>();
let uploadBody: unknown;
const TEMPLATE = { title: 'CHỨNG CHỈ HÀNH NGHỀ DƯỢC', body: 'Cấp cho {{applicant.name}}', registerSymbol: 'CCHND-SYT' };
async function resultId(): Promise<string> {
  const specialist = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'chuyenvien')
    .executeTakeFirstOrThrow();
  return sampleResultId(t.app, (role) => cookies.get(role) ?? '', specialist.id);
}
let ids: Ids;

beforeAll(async () => {
  t = await createTestApp();
  // The demo covers seven roles; add the two it lacks so every role is tried.
  for (const role of ['courier', 'inspector'] as const)
    await addUser(t, { username: `demo.${role}`, fullName: role, role });
  const usernames: Record<Role, string> = {
    administrator: 'quantri',
    counter_clerk: 'buudien',
    courier: 'demo.courier',
    specialist: 'chuyenvien',
    unit_head: 'truongphong',
    leader: 'lanhdao',
    records_officer: 'vanthu',
    focal_officer: 'daumoi',
    inspector: 'demo.inspector',
  };
  for (const role of ROLES) cookies.set(role, await signIn(t.app, usernames[role]));
  cookies.set('other-agency', await signIn(t.app, 'quantri.khanhhoa'));
  const own = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'chuyenvien')
    .executeTakeFirstOrThrow();
  const other = await t.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'quantri.khanhhoa')
    .executeTakeFirstOrThrow();
  const dossier = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: cookies.get('counter_clerk') ?? '' },
    payload: receptionBody(),
  });
  const file = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${dossier.json().id}/documents/0/files?filename=a.png`,
    headers: { cookie: cookies.get('counter_clerk') ?? '', 'content-type': 'application/octet-stream' },
    payload: TINY_PNG,
  });
  const escalation = await t.app.inject({
    method: 'POST',
    url: '/api/escalations',
    headers: { cookie: cookies.get('counter_clerk') ?? '' },
    payload: escalationBody(),
  });
  const escalationId = escalation.json().id as string;
  const detail = await t.app.inject({
    url: `/api/escalations/${escalationId}`,
    headers: { cookie: cookies.get('counter_clerk') ?? '' },
  });
  ids = {
    ownUserId: own.id,
    otherAgencyUserId: other.id,
    dossierId: dossier.json().id,
    fileId: file.json().id,
    escalationId,
    attachmentId: detail.json().attachments[0].id,
  };
});
afterAll(() => t.close());

function protectedRoutes() {
  return t.app.accessRules.filter((r) => !('public' in r.access));
}

async function call(key: string, cookie: string | undefined, override?: Partial<Ids>) {
  const sample = SAMPLES[key];
  if (!sample) throw new Error(`no sample for ${key}`);
  const [method] = key.split(' ');
  const useIds = { ...ids, ...override };
  return t.app.inject({
    method: method as 'GET',
    url: await sample.url(useIds),
    headers: { ...sample.headers, ...(cookie ? { cookie } : {}) },
    ...(sample.payload ? { payload: sample.payload(useIds) as object } : {}),
  });
}

describe('every route declares its access', () => {
  it('has a sample here for every protected route', () => {
    const missing = protectedRoutes()
      .map((r) => `${r.method} ${r.url}`)
      .filter((k) => !SAMPLES[k]);
    expect(missing).toEqual([]);
  });

  it('answers 401 to a caller without a session, on every protected route', async () => {
    for (const r of protectedRoutes()) {
      const res = await call(`${r.method} ${r.url}`, undefined);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 403 to every role without the permission, and lets every role with it through', async () => {
    let checked403 = 0;
    for (const r of protectedRoutes()) {
      if (!('permission' in r.access)) continue;
      const permission = r.access.permission;
      for (const role of ROLES) {
        if (r.method !== 'GET' && hasPermission(role, permission) && role !== 'administrator') continue;
        const res = await call(`${r.method} ${r.url}`, cookies.get(role));
        if (hasPermission(role, permission)) {
          expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBeLessThan(300);
        } else {
          expect(res.statusCode, `${role} ${r.method} ${r.url}`).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
          checked403++;
        }
      }
    }
    expect(checked403).toBeGreaterThan(20);
  });
});

describe("a user never sees another agency's data", () => {
  it("answers 404 for another agency's user, read or write", async () => {
    const other = cookies.get('other-agency');
    const nameOf = () =>
      t.db.selectFrom('app_user').select('full_name').where('id', '=', ids.ownUserId).executeTakeFirstOrThrow();
    await t.db.updateTable('app_user').set({ full_name: 'Lê Thị Chuyên' }).where('id', '=', ids.ownUserId).execute();
    for (const key of ['GET /api/users/:id', 'PATCH /api/users/:id']) {
      const res = await call(key, other, { ownUserId: ids.ownUserId });
      expect(res.statusCode, key).toBe(404);
    }
    expect((await nameOf()).full_name).toBe('Lê Thị Chuyên');
  });

  it('lists only its own agency in users, agency and audit', async () => {
    const other = cookies.get('other-agency');
    const users = (await call('GET /api/users', other)).json();
    expect(users.items.map((u: { username: string }) => u.username)).toEqual(['quantri.khanhhoa']);
    const agency = (await call('GET /api/agency', other)).json();
    expect(agency.name).toBe('Sở Y tế tỉnh Khánh Hòa');
    const audit = (await call('GET /api/audit', other)).json();
    const lamDongLogins = audit.items.filter((e: { actorName: string }) => e.actorName === 'quantri');
    expect(audit.total).toBeGreaterThan(0);
    expect(lamDongLogins).toEqual([]);
  });
});
