import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let clerk: string;
let dossierId: string;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await signIn(t.app, 'buudien');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers',
    headers: { cookie: clerk },
    payload: {
      procedureCode: '1.002952',
      channel: 'counter',
      applicant: {
        kind: 'person',
        name: 'Phạm Thị Mai',
        citizenId: '068190000123',
        dateOfBirth: '1992-02-02',
        phone: '0987654321',
        email: null,
        address: '5 Hùng Vương, Đà Lạt',
      },
      documents: Array.from({ length: 6 }, (_, ord) => ({ ord, received: true, form: 'original', copies: 2 })),
      returnMethod: 'counter',
    },
  });
  dossierId = res.json().id;
});
afterAll(() => t.close());

const upload = (bytes: Buffer, ord = 0, contentType = 'application/octet-stream') =>
  t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${dossierId}/documents/${ord}/files?filename=${encodeURIComponent('đơn đề nghị.pdf')}`,
    headers: { cookie: clerk, 'content-type': contentType },
    payload: bytes,
  });

async function pdfOf(pages: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) pdf.addPage([595, 842]);
  return Buffer.from(await pdf.save());
}

describe('digitised documents', () => {
  it('stores a real PDF with its SHA-256 and page count, sniffed whatever the declared type', async () => {
    const bytes = await pdfOf(3);
    const res = await upload(bytes, 0, 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'application/pdf', pages: 3, sizeBytes: bytes.length });
    expect(res.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/dossiers/${dossierId}`, headers: { cookie: clerk } })
    ).json();
    expect(detail.documents[0]).toMatchObject({ digitisation: 'digitised' });
    const back = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossierId}/files/${res.json().id}`,
      headers: { cookie: clerk },
    });
    expect(back.rawPayload.equals(bytes)).toBe(true);
  });

  it('accepts a PNG and refuses empty, truncated and foreign files with a clear message', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    expect((await upload(png, 1)).json()).toMatchObject({ mediaType: 'image/png', pages: 1 });
    const empty = await upload(Buffer.alloc(0), 1);
    expect(empty.statusCode).toBe(400);
    const truncated = await upload((await pdfOf(1)).subarray(0, 200), 1);
    expect(truncated.statusCode).toBe(400);
    expect(truncated.json().error.details[0].message).toBe('Không đọc được tệp (hỏng hoặc không hoàn chỉnh).');
    const exe = await upload(Buffer.from('MZ\x90\x00 this is not a scan'), 1);
    expect(exe.json().error.details[0].message).toBe('Chỉ nhận tệp PDF, JPEG hoặc PNG.');
  });

  it('keeps the bytes in the file store, not the database, and still serves files stored before the move', async () => {
    const bytes = await pdfOf(2);
    const res = await upload(bytes, 2);
    expect(res.statusCode, res.body).toBe(201);
    const row = await t.db
      .selectFrom('dossier_file')
      .select(['content', 'sha256'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.content).toBeNull();
    expect((await t.files.get(row.sha256)).equals(bytes)).toBe(true);
    // A row written before migration 20261123071000 still has its bytes in content.
    const old = Buffer.from('%PDF-1.4 old scan kept in bytea');
    const legacy = await t.db
      .insertInto('dossier_file')
      .values({
        agency_id: (
          await t.db.selectFrom('dossier').select('agency_id').where('id', '=', dossierId).executeTakeFirstOrThrow()
        ).agency_id,
        dossier_id: dossierId,
        document_ord: 2,
        filename: 'cu.pdf',
        media_type: 'application/pdf',
        size_bytes: old.length,
        sha256: 'a'.repeat(64),
        pages: 1,
        content: old,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const back = await t.app.inject({
      method: 'GET',
      url: `/api/dossiers/${dossierId}/files/${legacy.id}`,
      headers: { cookie: clerk },
    });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(old)).toBe(true);
  });
});
