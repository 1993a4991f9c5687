import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { procedureFixture } from '../../../test/fixtures/procedure.js';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let focal: string;
beforeAll(async () => {
  t = await createTestApp();
  focal = await signIn(t.app, 'daumoi');
});
afterAll(() => t.close());

const report = async (lang = 'vi') =>
  (
    await t.app.inject({
      method: 'GET',
      url: '/api/catalog/fidelity',
      headers: { cookie: focal, 'accept-language': lang },
    })
  ).json();

describe('catalog fidelity check', () => {
  it('finds the demo catalog complete', async () => {
    const r = await report();
    expect(r.checked).toBeGreaterThanOrEqual(20);
    expect(r.items).toEqual([]);
  });

  it('lists a published procedure without recourse or original/copy, in the reader language', async () => {
    const gappy = procedureFixture({
      code: '9.700001',
      name: 'Thủ tục thiếu thông tin',
      recourse: null,
      documents: [{ name: 'Đơn', form: null, copies: 1, formTemplate: null, reusableFromNationalData: false }],
    });
    const draft = await t.app.inject({
      method: 'POST',
      url: '/api/catalog/decisions',
      headers: { cookie: focal },
      payload: {
        number: '77/QĐ-UBND',
        title: 'Bổ sung',
        signedOn: '2025-08-01',
        signer: 'Chủ tịch',
        effectiveFrom: '2025-08-01',
      },
    });
    const id = draft.json().id;
    await t.app.inject({
      method: 'POST',
      url: `/api/catalog/decisions/${id}/changes`,
      headers: { cookie: focal },
      payload: { kind: 'new', content: gappy },
    });
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/catalog/decisions/${id}/publish`, headers: { cookie: focal } }))
        .statusCode,
    ).toBe(200);

    const vi = await report();
    expect(vi.items).toEqual([
      {
        code: '9.700001',
        name: 'Thủ tục thiếu thông tin',
        problems: [
          { problem: 'no_recourse', path: 'recourse', message: 'Thiếu nơi tiếp nhận khiếu nại, phản ánh' },
          {
            problem: 'document_form_missing',
            path: 'documents.0.form',
            message: 'Thành phần hồ sơ chưa ghi bản chính hay bản sao',
          },
        ],
      },
    ]);
    expect((await report('en')).items[0].problems[0].message).toBe('No recourse (where to complain)');
  });
});
