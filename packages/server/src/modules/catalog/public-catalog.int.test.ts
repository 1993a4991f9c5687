import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/public/procedures?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { code: string; name: string; field: string }[]; total: number };
};

describe('public procedure search (demo catalog)', () => {
  it.each([
    'cap chung chi hanh nghe duoc',
    'chứng chỉ hành nghê dược',
    'CẤP CHỨNG CHỈ HÀNH NGHỀ DƯỢC',
    'chung chi hanh nge duoc', // a letter missing
  ])('finds "Cấp Chứng chỉ hành nghề dược…" first for %j', async (q) => {
    const { items } = await search(`q=${encodeURIComponent(q)}`);
    expect(items[0]?.name).toMatch(/^Cấp Chứng chỉ hành nghề dược/);
  });

  it('finds by national code and filters by field and channel', async () => {
    expect((await search('q=1.002952')).items[0]?.code).toBe('1.002952');
    const pharmacy = await search(`field=${encodeURIComponent('Dược phẩm')}&pageSize=100`);
    expect(pharmacy.total).toBeGreaterThan(0);
    expect(pharmacy.items.every((i) => i.field === 'Dược phẩm')).toBe(true);
    const all = await search('pageSize=100');
    const full = await search('channel=online_full&pageSize=100');
    expect(full.total).toBeGreaterThan(0);
    expect(full.total).toBeLessThan(all.total);
  });

  it('pages the results with a stable total', async () => {
    const first = await search('pageSize=5&page=1');
    const second = await search('pageSize=5&page=2');
    expect(first.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    expect(second.items.map((i) => i.code)).not.toContain(first.items[0]?.code);
    expect(first.total).toBeGreaterThanOrEqual(20);
  });

  it('leaves out the abolished procedure but keeps its page with history', async () => {
    const { items } = await search(`q=${encodeURIComponent('quảng cáo mỹ phẩm')}`);
    expect(items.map((i) => i.code)).not.toContain('T-LDG-000123-TT');
    const page = (await t.app.inject({ method: 'GET', url: '/api/public/procedures/T-LDG-000123-TT' })).json();
    expect(page.status).toBe('abolished');
    expect(page.expectedAppointment).toBeNull();
    expect(page.versions.map((v: { changeKind: string }) => v.changeKind)).toEqual(['new', 'abolish']);
  });

  it('answers 404 for an unknown agency, naming the parameter, and 400 for a bad channel', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/procedures?agency=nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.details[0].field).toBe('querystring.agency');
    const bad = await t.app.inject({ method: 'GET', url: '/api/public/procedures?channel=fax' });
    expect(bad.json().error.details[0].field).toBe('querystring.channel');
  });

  it("keeps agencies apart: Khánh Hòa's catalog does not list Lâm Đồng's procedures", async () => {
    expect((await search('agency=000.00.31.H34')).total).toBe(0);
  });
});

describe('public procedure page', () => {
  it('shows every field, the fee in force, the history and the expected appointment', async () => {
    t.clock.set(new Date('2026-01-12T00:00:00Z')); // Monday 07:00 in Việt Nam
    const page = (await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.002952' })).json();
    expect(page.status).toBe('in_force');
    expect(page.agency.name).toBe('Sở Y tế tỉnh Lâm Đồng');
    expect(page.content.recourse).toBeTruthy();
    expect(page.content.documents.length).toBeGreaterThan(0);
    expect(page.content.fees.items[0].amountVnd).toBe(500000); // before the amendment of 15/3/2026
    expect(page.versions.map((v: { changeKind: string }) => v.changeKind)).toEqual(['new', 'amend']);
    // 20 working days of 8 h from Monday 07:00: four full weeks, no holiday in between.
    expect(page.expectedAppointment).toEqual({
      receivedAt: '2026-01-12T07:00:00+07:00',
      countsFrom: '2026-01-12T07:00:00+07:00',
      dueAt: '2026-02-06T17:00:00+07:00',
    });
    t.clock.set(new Date('2026-03-15T00:00:00Z'));
    const later = (await t.app.inject({ method: 'GET', url: '/api/public/procedures/1.002952' })).json();
    expect(later.content.fees.items[0].amountVnd).toBe(600000);
    t.clock.set(null);
  });

  it('answers 404 for an unknown code', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/public/procedures/9.999999' })).statusCode).toBe(404);
  });
});
