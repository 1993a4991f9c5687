import { performance } from 'node:perf_hooks';
import type { Benchmark, Measurement } from '../lib/harness.js';
import { createPdfDocument, pdfToBuffer } from '../../packages/server/src/pdf/fonts.js';
import { renderForm, type DossierFacts } from '../../packages/server/src/modules/documents/form-definition.js';
import { receiptForm } from '../../packages/server/src/modules/documents/forms/receipt.js';

/** The goal of issue #6: a receipt in under 20 ms. */
const GOAL_MS = 20;

/** A receipt as the counter prints it: six documents, a QR code, every field filled. */
export const FACTS: DossierFacts = {
  agency: {
    governingBody: 'UBND TỈNH LÂM ĐỒNG',
    name: 'Sở Y tế tỉnh Lâm Đồng',
    unit: 'BỘ PHẬN MỘT CỬA',
    place: 'Lâm Đồng',
  },
  dossier: {
    id: '00000000-0000-4000-8000-000000000001',
    code: '000.00.31.H36-260305-0001',
    channel: 'counter',
    procedureCode: '1.002952',
    procedureName: 'Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ',
    applicant: {
      kind: 'person',
      name: 'Nguyễn Văn An',
      idNumber: '068095000001',
      representative: null,
      address: '12 Trần Phú, Phường Xuân Hương, Đà Lạt, Lâm Đồng',
      phone: '0912345678',
      email: 'an@example.vn',
    },
    returnMethod: 'counter',
    returnAddress: null,
    state: 'received',
    submittedAt: '2026-03-05T01:30:00.000Z',
    receivedAt: '2026-03-05T01:30:00.000Z',
    dueAt: '2026-04-02T10:00:00.000Z',
    finishedAt: null,
    unitName: null,
    assigneeName: null,
  },
  documents: [
    'Đơn đề nghị cấp Chứng chỉ hành nghề dược',
    '02 ảnh chân dung cỡ 4cm x 6cm, chụp trên nền trắng trong thời gian không quá 06 tháng',
    'Bản sao có chứng thực văn bằng chuyên môn',
    'Giấy chứng nhận đủ sức khỏe để hành nghề dược',
    'Giấy xác nhận thời gian thực hành chuyên môn',
    'Bản sao có chứng thực căn cước',
  ].map((name) => ({ name, received: true, form: 'original', copies: 1 })),
  procedure: { dossierSets: 1, processingTime: { unit: 'working_days', total: 20, steps: null, note: null } },
  events: [
    {
      seq: 1,
      action: 'receive',
      at: '2026-03-05T01:30:00.000Z',
      actorName: 'Trần Thị Bưu',
      actorRole: 'counter_clerk',
      data: {},
    },
  ],
  trackingEntry: { volume: '2026', entry: 128 },
  lookupUrl: 'https://motcua.soyte.lamdong.gov.vn/tra-cuu-ho-so/000.00.31.H36-260305-0001',
};

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hằng', 'Khoa', 'Lộc', 'Mai', 'Nhung', 'Phúc', 'Quyên', 'Sơn'];
const STREET = ['Trần Phú', 'Phan Đình Phùng', 'Bùi Thị Xuân', 'Hai Bà Trưng', 'Nguyễn Chí Thanh', '3 Tháng 2'];

/**
 * The fixture as the i-th dossier of the day: its own code, applicant, identity number, phone,
 * address, instants and lookup URL (so its own QR code). Words already printed in earlier
 * receipts (names, streets, labels) are common ones, as at a real counter; the code, numbers and
 * URL are new in every document, so no cache of the renderer sees the same receipt twice.
 */
export function factsOf(i: number): DossierFacts {
  const code = `000.00.31.H36-2603${String(5 + (i % 20)).padStart(2, '0')}-${String(1 + i).padStart(4, '0')}`;
  const at = (base: string) => new Date(Date.parse(base) + (i % 480) * 60_000).toISOString();
  const pick = <T>(list: T[], k: number) => list[k % list.length]!;
  return {
    ...FACTS,
    dossier: {
      ...FACTS.dossier,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      code,
      applicant: {
        ...FACTS.dossier.applicant,
        name: `${pick(FAMILY, i)} ${pick(MIDDLE, i * 7)} ${pick(GIVEN, i * 11)}`,
        idNumber: `0680${String(95_000_000 + i).padStart(8, '0')}`,
        address: `${1 + (i % 300)} ${pick(STREET, i)}, Phường Xuân Hương, Đà Lạt, Lâm Đồng`,
        phone: `09${String(12_345_678 + i * 37).padStart(8, '0')}`,
      },
      submittedAt: at(FACTS.dossier.submittedAt),
      receivedAt: at(FACTS.dossier.receivedAt!),
      dueAt: at(FACTS.dossier.dueAt!),
    },
    trackingEntry: { volume: '2026', entry: 128 + i },
    lookupUrl: `https://motcua.soyte.lamdong.gov.vn/tra-cuu-ho-so/${code}`,
  };
}

/** Renders documents one after another for `seconds`; per-document times give rate and p99. */
async function time(
  label: string,
  seconds: number,
  render: (i: number) => Promise<Buffer>,
): Promise<Measurement & { meanMs: number }> {
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || times.length < 20) {
    const start = performance.now();
    await render(times.length);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const total = times.reduce((s, t) => s + t, 0);
  return {
    label,
    requestsPerSec: times.length / (total / 1000),
    p99Ms: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))] ?? 0,
    failures: 0,
    meanMs: total / times.length,
  };
}

/**
 * Receipt PDF generation (form 01 with its QR code) in process, against a baseline of the same
 * run: a one-line pdfkit document with the same parsed fonts. The ratio shows what the form
 * itself costs over pdfkit's fixed cost of a document. Every receipt is of another dossier
 * (`factsOf`), as at the counter.
 */
export const receiptPdf: Benchmark = async (ctx) => {
  // What the print route does for the bytes (print-form.ts): the form's model of the dossier, rendered.
  const receiptOf = (i: number) => {
    const model = receiptForm.model(factsOf(i));
    if (!model) throw new Error('the receipt fixture does not apply');
    return renderForm(receiptForm, model);
  };
  // Each phase numbers its dossiers apart, so the measured receipts are new to the process.
  const warm = Math.max(ctx.settings.warmupSec, 1);
  await time('warm-up', warm, (i) => receiptOf(1_000_000 + i));
  const baseline = await time('pdfkit one-line document', ctx.settings.durationSec, async () => {
    const doc = createPdfDocument();
    doc.text('Sở Y tế tỉnh Lâm Đồng');
    return pdfToBuffer(doc);
  });
  const receipt = await time('receipt (mẫu 01) with QR', ctx.settings.durationSec, receiptOf);
  const ratio = receipt.meanMs / baseline.meanMs;
  return {
    title: 'Receipt PDF generation, per document (in process)',
    measurements: [baseline, receipt].map(({ meanMs: _meanMs, ...m }) => m),
    goals: [
      {
        description: `receipt < ${GOAL_MS} ms per document (mean)`,
        observed: `receipt ${receipt.meanMs.toFixed(1)} ms, p99 ${receipt.p99Ms.toFixed(1)} ms; baseline ${baseline.meanMs.toFixed(1)} ms; receipt/baseline = ${ratio.toFixed(1)}`,
        isMet: receipt.meanMs < GOAL_MS,
      },
    ],
  };
};
