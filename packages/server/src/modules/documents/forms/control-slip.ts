import { formatShortDateTimeVi } from '../../../pdf/vn-format.js';
import { applicantLine, text, type DossierFacts, type FormDefinition, type ModelHeading } from '../form-definition.js';
import { ACTION_VI, ROLE_VI, SUPPLEMENT_REASON_VI, TIMING_VI } from '../labels.js';

type ControlSlipModel = ModelHeading & {
  code: string;
  applicant: string;
  procedure: string;
  unitName: string | null;
  receivedAt: string | null;
  dueAt: string | null;
  rows: { from: string; to: string; step: string; at: string; verdict: string; note: string }[];
};

const localDay = (iso: string) => new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * A step's verdict against the dossier's appointment (after pauses and extensions): before its
 * day early, on its day on time, after it late. Per-step budgets of the catalog are not applied.
 */
function verdictOf(at: string, dueAt: string | null): string {
  if (!dueAt) return '';
  if (new Date(at) > new Date(dueAt)) return TIMING_VI.late ?? '';
  return (localDay(at) === localDay(dueAt) ? TIMING_VI.on_time : TIMING_VI.early) ?? '';
}

/** What a step carried, in words (the web's process control slip says the same). */
function noteOf(e: DossierFacts['events'][number]): string {
  const d = e.data;
  const lines: string[] = [];
  if (Array.isArray(d.items))
    for (const x of d.items as Record<string, unknown>[])
      lines.push(`• ${text(x.name)} (${SUPPLEMENT_REASON_VI[text(x.reason)] ?? text(x.reason)})`);
  if (text(d.resultNumber)) lines.push(`Số kết quả: ${text(d.resultNumber)}`);
  if (text(d.newDueAt)) lines.push(`Hẹn lại: ${formatShortDateTimeVi(text(d.newDueAt))}`);
  if (text(d.recipientName)) lines.push(`Người nhận: ${text(d.recipientName)}`);
  if (text(d.note)) lines.push(text(d.note));
  return lines.join('\n');
}

/**
 * Mẫu 06: process control slip (phiếu kiểm soát quá trình giải quyết hồ sơ): one row per
 * hand-over of the event log; the system's trail replaces the signatures (DOMAIN.md §6).
 */
export const controlSlipForm: FormDefinition<ControlSlipModel, DossierFacts> = {
  kind: 'control-slip',
  formNumber: '06',
  title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
  landscape: true,
  layoutVersion: 2,
  model: (f) => {
    if (!f.dossier.code) return null;
    const rows = f.events.map((e, i) => {
      const next = f.events[i + 1];
      const who = (x: typeof e) => `${x.actorName ?? ROLE_VI.system}\n(${ROLE_VI[x.actorRole] ?? x.actorRole})`;
      return {
        from: who(e),
        to: next ? who(next) : '',
        step: ACTION_VI[e.action] ?? e.action,
        at: e.at,
        verdict: verdictOf(e.at, f.dossier.dueAt),
        note: noteOf(e),
      };
    });
    const last = f.events[f.events.length - 1];
    return {
      agency: f.agency,
      issuedAt: last?.at ?? f.dossier.submittedAt,
      number: f.dossier.code,
      code: f.dossier.code,
      applicant: applicantLine(f.dossier.applicant),
      procedure: `${f.dossier.procedureCode} — ${f.dossier.procedureName}`,
      unitName: f.dossier.unitName,
      receivedAt: f.dossier.receivedAt,
      dueAt: f.dossier.dueAt,
      rows,
    };
  },
  fileName: (m) => `phieu-kiem-soat-${m.code}.pdf`,
  render: (w, m) => {
    w.fields([
      ['Mã hồ sơ', m.code],
      ['Người nộp hồ sơ', m.applicant],
      ['Nội dung yêu cầu giải quyết', m.procedure],
      ['Cơ quan, đơn vị giải quyết', m.unitName],
      ['Thời gian nhận hồ sơ', m.receivedAt ? formatShortDateTimeVi(m.receivedAt) : null],
      ['Thời gian hẹn trả kết quả', m.dueAt ? formatShortDateTimeVi(m.dueAt) : null],
    ]);
    w.table(
      [
        { header: 'STT', width: 4, align: 'center' },
        { header: 'Bên giao', width: 17 },
        { header: 'Bên nhận', width: 17 },
        { header: 'Nội dung bước', width: 18 },
        { header: 'Thời gian', width: 11 },
        { header: 'Kết quả (trước, đúng, quá hạn)', width: 10 },
        { header: 'Ghi chú', width: 23 },
      ],
      m.rows.map((r, i) => [i + 1, r.from, r.to, r.step, formatShortDateTimeVi(r.at), r.verdict, r.note]),
      { size: 9 },
    );
    w.paragraph('Hệ thống ghi nhận từng bước giao, nhận; bản ghi điện tử thay cho chữ ký của các bên.', {
      italic: true,
      size: 9,
    });
  },
};
