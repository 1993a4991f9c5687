import type { FormWriter } from '../../../pdf/form-writer.js';
import { formatDateTimeVi } from '../../../pdf/vn-format.js';
import { lastEvent, text, type FormDefinition, type ModelHeading } from '../form-definition.js';
import type { DossierFacts, ReceptionSlipFacts } from '../form-definition.js';
import { REFUSAL_REASON_VI } from '../labels.js';

type RefusalModel = ModelHeading & {
  code: string | null;
  applicantName: string;
  applicantIdNumber: string;
  procedure: string;
  reason: string;
  note: string;
  issuerName: string | null;
};

const TITLE = 'PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ';

function render(w: FormWriter, m: RefusalModel): void {
  w.fields([
    ['Gửi Ông/Bà/Tổ chức', m.applicantName],
    ['Số định danh cá nhân / Mã số thuế', m.applicantIdNumber],
    ...(m.code ? ([['Mã hồ sơ', m.code]] as [string, string][]) : []),
    ['Nội dung yêu cầu giải quyết', m.procedure],
  ]);
  w.paragraph('Qua xem xét, cơ quan không tiếp nhận, giải quyết hồ sơ này với lý do:');
  w.field('Lý do', REFUSAL_REASON_VI[m.reason] ?? (m.reason || 'Theo ghi chú'));
  w.field('Cụ thể', m.note);
  w.paragraph(`Thời điểm lập phiếu: ${formatDateTimeVi(m.issuedAt)}.`, { italic: true, size: 10 });
  w.paragraph('Xin thông báo để Ông/Bà/Tổ chức được biết và thực hiện.', { size: 10 });
  w.signatures([{ role: 'NGƯỜI NỘP HỒ SƠ' }, { role: 'NGƯỜI LẬP PHIẾU', name: m.issuerName }]);
}

/** Mẫu 03 for a dossier: refused online at the counter, or refused after review. */
export const refusalForm: FormDefinition<RefusalModel, DossierFacts> = {
  kind: 'refusal',
  formNumber: '03',
  title: TITLE,
  layoutVersion: 1,
  model: (f) => {
    const e = lastEvent(f, 'refuse_online', 'propose_refusal');
    if (!e) return null;
    return {
      agency: f.agency,
      issuedAt: e.at,
      ...(f.dossier.code ? { number: f.dossier.code } : {}),
      code: f.dossier.code,
      applicantName: f.dossier.applicant.name,
      applicantIdNumber: f.dossier.applicant.idNumber,
      procedure: `${f.dossier.procedureCode} — ${f.dossier.procedureName}`,
      reason: text(e.data.reason),
      note: text(e.data.note),
      issuerName: e.actorName,
    };
  },
  fileName: (m) => `phieu-tu-choi-${m.code ?? 'ho-so'}.pdf`,
  render,
};

/** Mẫu 03 handed back at the counter. */
export const receptionRefusalForm: FormDefinition<RefusalModel, ReceptionSlipFacts> = {
  ...refusalForm,
  kind: 'reception-refusal',
  model: (f) => {
    if (f.slip.kind !== 'refusal') return null;
    const item = f.slip.items[0] ?? {};
    return {
      agency: f.agency,
      issuedAt: f.slip.createdAt,
      code: null,
      applicantName: f.slip.applicantName,
      applicantIdNumber: f.slip.applicantIdNumber,
      procedure: f.slip.procedure,
      reason: text(item.reason),
      note: text(item.note),
      issuerName: f.issuerName,
    };
  },
  fileName: () => 'phieu-tu-choi.pdf',
};
