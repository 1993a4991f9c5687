import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureFixture } from '../../../test/fixtures/procedure.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

let t: TestApp;
let focal: string;
beforeAll(async () => {
  t = await createTestApp();
  focal = await signIn(t.app, 'daumoi');
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, cookie = focal) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

let counter = 0;
async function draft(effectiveFrom: string, signedOn = '2025-07-01') {
  counter += 1;
  const res = await api('POST', '/api/catalog/decisions', {
    number: `${100 + counter}/QĐ-UBND`,
    title: 'Công bố thủ tục hành chính',
    signedOn,
    signer: 'Chủ tịch UBND tỉnh',
    effectiveFrom,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function publishWith(effectiveFrom: string, change: object) {
  const id = await draft(effectiveFrom);
  const added = await api('POST', `/api/catalog/decisions/${id}/changes`, change);
  expect(added.statusCode, added.body).toBe(201);
  const published = await api('POST', `/api/catalog/decisions/${id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

const at = (iso: string) => t.clock.set(new Date(iso));
const view = async (code: string) => (await api('GET', `/api/catalog/procedures/${code}`)).json();

describe('announcement decisions carry every change of the catalog', () => {
  it('publishes a new procedure, in force from 00:00 local of the effective date', async () => {
    const id = await draft('2025-08-01');
    const added = await api('POST', `/api/catalog/decisions/${id}/changes`, {
      kind: 'new',
      content: procedureFixture(),
    });
    expect(added.statusCode).toBe(201);
    const detail = added.json();
    expect(detail.changes[0]).toMatchObject({
      kind: 'new',
      procedureCode: '9.900001',
      name: 'Cấp giấy phép thử nghiệm',
    });
    expect(detail.changes[0].diff).toContainEqual({ path: 'fees.items.0.amountVnd', after: 500000 });
    expect((await api('POST', `/api/catalog/decisions/${id}/publish`)).json().status).toBe('published');

    at('2025-07-31T16:59:59Z'); // 23:59:59 on 31 July in Việt Nam
    expect((await view('9.900001')).status).toBe('not_yet_in_force');
    at('2025-07-31T17:00:00Z'); // 00:00 on 1 August
    expect((await view('9.900001')).status).toBe('in_force');
  });

  it('amends a fee with a future effective date: old fee until then, both in history', async () => {
    const amended = procedureFixture({
      fees: {
        items: [{ kind: 'fee', name: 'Phí thẩm định', amountVnd: 600000, note: null }],
        noFee: false,
        exemptions: null,
      },
    });
    const id = await draft('2026-03-15', '2026-03-02');
    await api('POST', `/api/catalog/decisions/${id}/changes`, { kind: 'amend', content: amended });
    const detail = (await api('GET', `/api/catalog/decisions/${id}`)).json();
    expect(detail.changes[0].diff).toEqual([{ path: 'fees.items.0.amountVnd', before: 500000, after: 600000 }]);
    at('2026-03-10T03:00:00Z');
    await api('POST', `/api/catalog/decisions/${id}/publish`);

    const before = await view('9.900001');
    expect(before.content.fees.items[0].amountVnd).toBe(500000);
    expect(before.versions.map((v: { changeKind: string }) => v.changeKind)).toEqual(['new', 'amend']);
    at('2026-03-14T17:00:00Z');
    expect((await view('9.900001')).content.fees.items[0].amountVnd).toBe(600000);
  });

  it('abolishes a procedure: out of search, kept in history, no further amendment', async () => {
    at('2026-05-01T03:00:00Z');
    await publishWith('2026-05-01', {
      kind: 'new',
      content: procedureFixture({ code: '1.000001', name: 'Thủ tục sắp bãi bỏ' }),
    });
    await publishWith('2026-07-01', { kind: 'abolish', procedureCode: '1.000001' });
    at('2026-07-02T03:00:00Z');
    const v = await view('1.000001');
    expect(v.status).toBe('abolished');
    expect(v.versions.map((x: { changeKind: string }) => x.changeKind)).toEqual(['new', 'abolish']);
    const list = (await api('GET', '/api/catalog/procedures?q=sap bai bo')).json();
    expect(list.items).toEqual([]);
    const again = await draft('2026-08-01', '2026-07-15');
    const res = await api('POST', `/api/catalog/decisions/${again}/changes`, {
      kind: 'amend',
      content: procedureFixture({ code: '1.000001' }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].field).toBe('body.content.code');
  });

  it('replaces a procedure by a new code', async () => {
    at('2026-05-01T03:00:00Z');
    await publishWith('2026-05-01', {
      kind: 'new',
      content: procedureFixture({ code: '1.000002', name: 'Thủ tục cũ' }),
    });
    await publishWith('2026-06-01', {
      kind: 'replace',
      procedureCode: '1.000002',
      content: procedureFixture({ code: '1.000003', name: 'Thủ tục thay thế' }),
    });
    at('2026-06-02T03:00:00Z');
    expect((await view('1.000002')).status).toBe('abolished');
    expect((await view('1.000003')).status).toBe('in_force');
  });
});

describe('refusals', () => {
  it('freezes a published decision', async () => {
    const id = await publishWith('2026-09-01', { kind: 'new', content: procedureFixture({ code: '1.000004' }) });
    const header = { number: 'x/QĐ', title: 't', signedOn: '2026-09-01', signer: 's', effectiveFrom: '2026-09-01' };
    for (const res of [
      await api('PUT', `/api/catalog/decisions/${id}`, header),
      await api('DELETE', `/api/catalog/decisions/${id}`),
      await api('POST', `/api/catalog/decisions/${id}/changes`, {
        kind: 'new',
        content: procedureFixture({ code: '1.000005' }),
      }),
      await api('POST', `/api/catalog/decisions/${id}/publish`),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.details[0].message).toBe('Quyết định đã được công bố nên không thể sửa đổi.');
    }
  });

  it('refuses a new procedure whose code exists, and an empty publication', async () => {
    const id = await draft('2026-10-01');
    const dup = await api('POST', `/api/catalog/decisions/${id}/changes`, { kind: 'new', content: procedureFixture() });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details[0]).toMatchObject({ field: 'body.content.code' });
    expect((await api('POST', `/api/catalog/decisions/${id}/publish`)).statusCode).toBe(409);
  });

  it('names each invalid field of the content and stores nothing', async () => {
    const id = await draft('2026-10-02');
    const bad = {
      ...procedureFixture({ code: 'ABC' }),
      documents: [{ name: '', form: 'photo', copies: 0, formTemplate: null, reusableFromNationalData: false }],
    };
    const res = await api('POST', `/api/catalog/decisions/${id}/changes`, { kind: 'new', content: bad });
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'body.content.code',
        'body.content.documents.0.name',
        'body.content.documents.0.form',
        'body.content.documents.0.copies',
      ]),
    );
    expect((await api('GET', `/api/catalog/decisions/${id}`)).json().changes).toEqual([]);
  });

  it('refuses an effective date before the signing date', async () => {
    const res = await api('POST', '/api/catalog/decisions', {
      number: 'z/QĐ',
      title: 't',
      signedOn: '2026-05-02',
      signer: 's',
      effectiveFrom: '2026-05-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('body.effectiveFrom');
  });

  it('keeps every write in the audit trail', async () => {
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const actions = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'decision.%').execute();
    const kinds = new Set(actions.map((a) => a.action));
    expect([...kinds].sort()).toEqual(['decision.change.add', 'decision.create', 'decision.publish']);
  });
});
