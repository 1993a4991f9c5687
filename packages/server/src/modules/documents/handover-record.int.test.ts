import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp, addUser, KHANH_HOA_CODE } from '../../../test/test-app.js';
import { chainPendingAudit } from '../audit/audit.repository.js';

/** The hand-over record (biên bản bàn giao hồ sơ) as PDF, read back with pdftotext. */
let t: TestApp;
let tmp: string;
const cookie: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-handover-'));
  const clerk = { username: 'buudien.kh', fullName: 'Bưu Điện KH', role: 'counter_clerk' } as const;
  cookie['buudien.kh'] = await addUser(t, clerk, KHANH_HOA_CODE);
  for (const u of ['buudien', 'truongphong', 'buuta']) cookie[u] = await signIn(t.app, u);
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

async function call(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: { cookie: cookie[user]! }, ...(payload ? { payload } : {}) });
}

function textOf(pdf: Buffer, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function receive(): Promise<{ id: string; code: string }> {
  const res = await call('buudien', 'POST', '/api/dossiers', {
    procedureCode: '1.002952',
    channel: 'counter',
    applicant: {
      kind: 'person',
      name: 'Trần Thị Bích Ngọc',
      citizenId: '068096012345',
      dateOfBirth: '1992-03-05',
      phone: '0912345678',
      email: 'ngoc@example.vn',
      address: '12 Trần Phú, Phường Xuân Hương, Đà Lạt, Lâm Đồng',
    },
    documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
    returnMethod: 'counter',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('hand-over record PDF', () => {
  it('prints the record with its parties, items and discrepancy, and reprints it when confirmed', async () => {
    t.clock.set(new Date('2026-03-05T01:30:00Z')); // 08:30 in Việt Nam
    const dossier = await receive();
    const created = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_unit',
      items: [{ id: dossier.id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json() as { id: string; number: string };
    const url = `/api/handovers/${record.id}/record.pdf`;

    const sent = await call('buudien', 'GET', url);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.headers['content-type']).toBe('application/pdf');
    expect(sent.headers['content-disposition']).toBe(`inline; filename="bien-ban-ban-giao-${record.number}.pdf"`);
    const before = textOf(sent.rawPayload, 'sent');
    for (const s of [
      'BIÊN BẢN BÀN GIAO HỒ SƠ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Sở Y tế tỉnh Lâm Đồng',
      `Số: ${record.number}`,
      'Bộ phận một cửa → Phòng Nghiệp vụ Dược',
      'Trần Thị Bưu',
      dossier.code,
      'Trần Thị Bích Ngọc',
      'Bản chính, 2 bản',
      '08 giờ 30 phút, ngày 05/03/2026',
      'Chờ bên nhận xác nhận',
      'Không có sai lệch.',
      'BÊN GIAO',
      'BÊN NHẬN',
    ])
      expect(before, s).toContain(s);
    expect(before).not.toContain('Mẫu số');
    // Same data: the stored bytes again, whoever prints.
    const again = await call('truongphong', 'GET', url);
    expect(again.rawPayload.equals(sent.rawPayload)).toBe(true);

    t.clock.set(new Date('2026-03-05T03:00:00Z'));
    expect(
      (
        await call('truongphong', 'POST', `/api/handovers/${record.id}/items/0/discrepancy`, {
          kind: 'missing',
          note: 'Thiếu bản sao văn bằng',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await call('buudien', 'POST', `/api/handovers/${record.id}/items/0/resolution`, {
          note: 'Đã bổ sung bản sao văn bằng',
        })
      ).statusCode,
    ).toBe(200);
    t.clock.set(new Date('2026-03-05T04:15:00Z'));
    expect((await call('truongphong', 'POST', `/api/handovers/${record.id}/confirm`)).statusCode).toBe(200);

    const confirmed = await call('truongphong', 'GET', url);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.headers['x-document-sha256']).not.toBe(sent.headers['x-document-sha256']);
    const after = textOf(confirmed.rawPayload, 'confirmed');
    for (const s of [
      'BIÊN BẢN BÀN GIAO HỒ SƠ',
      'Sở Y tế tỉnh Lâm Đồng',
      record.number,
      'Trần Thị Bưu',
      'Phạm Văn Trưởng',
      dossier.code,
      'Thiếu bản sao văn bằng',
      'Đã bổ sung bản sao văn bằng',
      '11 giờ 15 phút, ngày 05/03/2026',
      'Bên nhận đã xác nhận',
      'Lâm Đồng, ngày 05 tháng 03 năm 2026',
      'BÊN GIAO',
      'BÊN NHẬN',
    ])
      expect(after, s).toContain(s);

    const rows = await t.db
      .selectFrom('generated_document')
      .select(['kind', 'sha256'])
      .where('subject_key', '=', `handover:${record.id}`)
      .orderBy('generated_at')
      .execute();
    expect(rows).toEqual([
      { kind: 'handover-record', sha256: sent.headers['x-document-sha256'] },
      { kind: 'handover-record', sha256: confirmed.headers['x-document-sha256'] },
    ]);
    await chainPendingAudit(t.db); // chained after commit (appendAudit)
    const audits = await t.db
      .selectFrom('audit_log')
      .select(['target_type', 'details'])
      .where('action', '=', 'document.print')
      .where('target_id', '=', record.id)
      .execute();
    expect(audits.map((a) => [a.target_type, (a.details as { reused: boolean }).reused])).toEqual([
      ['handover', false],
      ['handover', true],
      ['handover', false],
    ]);
  });

  it("answers 404 for another agency's record and for a courier outside the exchanges with the post", async () => {
    const dossier = await receive();
    const created = await call('buudien', 'POST', '/api/handovers', {
      direction: 'counter_to_unit',
      items: [{ id: dossier.id }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const url = `/api/handovers/${created.json().id}/record.pdf`;
    const foreign = await call('buudien.kh', 'GET', url);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('NOT_FOUND');
    expect((await call('buuta', 'GET', url)).statusCode).toBe(404);
    expect((await call('buudien', 'GET', '/api/handovers/not-a-uuid/record.pdf')).statusCode).toBe(400);
  });
});
