import type { FormWriter } from '../../../pdf/form-writer.js';
import { formatDateTimeVi } from '../../../pdf/vn-format.js';
import { lastEvent, text, type FormDefinition, type ModelHeading } from '../form-definition.js';
import type { DossierFacts, ReceptionSlipFacts } from '../form-definition.js';
import { SUPPLEMENT_REASON_VI } from '../labels.js';

type SupplementModel = ModelHeading & {
  code: string | null;
  applicantName: string;
  applicantIdNumber: string;
  procedure: string;
  items: { name: string; reason: string; note: string }[];
  note: string;
  issuerName: string | null;
};

const TITLE = 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ';

function render(w: FormWriter, m: SupplementModel): void {
  w.fields([
    ['Gửi Ông/Bà/Tổ chức', m.applicantName],
    ['Số định danh cá nhân / Mã số thuế', m.applicantIdNumber],
    ...(m.code ? ([['Mã hồ sơ', m.code]] as [string, string][]) : []),
    ['Nội dung yêu cầu giải quyết', m.procedure],
  ]);
  w.paragraph(
    'Sau khi xem xét thành phần hồ sơ, đề nghị Ông/Bà/Tổ chức bổ sung, hoàn thiện hồ sơ gồm những nội dung sau (yêu cầu một lần, đầy đủ):',
  );
  w.table(
    [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Giấy tờ cần bổ sung, hoàn thiện', width: 46 },
      { header: 'Lý do', width: 24 },
      { header: 'Ghi chú', width: 24 },
    ],
    m.items.map((x, i) => [i + 1, x.name, SUPPLEMENT_REASON_VI[x.reason] ?? x.reason, x.note]),
  );
  if (m.note) w.field('Ghi chú', m.note);
  w.paragraph(`Thời điểm lập phiếu: ${formatDateTimeVi(m.issuedAt)}.`, { italic: true, size: 10 });
  w.paragraph(
    'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà/Tổ chức liên hệ Bộ phận Một cửa để được hướng dẫn.',
    {
      size: 10,
    },
  );
  w.signatures([{ role: 'NGƯỜI NỘP HỒ SƠ' }, { role: 'NGƯỜI LẬP PHIẾU', name: m.issuerName }]);
}

/** Mẫu 02 for a dossier in processing: the specialist's one supplement request (DOMAIN.md §5.3). */
export const supplementRequestForm: FormDefinition<SupplementModel, DossierFacts> = {
  kind: 'supplement-request',
  formNumber: '02',
  title: TITLE,
  layoutVersion: 1,
  model: (f) => {
    const e = lastEvent(f, 'request_supplement');
    if (!e) return null;
    const items = Array.isArray(e.data.items) ? (e.data.items as Record<string, unknown>[]) : [];
    return {
      agency: f.agency,
      issuedAt: e.at,
      ...(f.dossier.code ? { number: f.dossier.code } : {}),
      code: f.dossier.code,
      applicantName: f.dossier.applicant.name,
      applicantIdNumber: f.dossier.applicant.idNumber,
      procedure: `${f.dossier.procedureCode} — ${f.dossier.procedureName}`,
      items: items.map((x) => ({ name: text(x.name), reason: text(x.reason), note: text(x.note) })),
      note: text(e.data.note),
      issuerName: e.actorName,
    };
  },
  fileName: (m) => `phieu-yeu-cau-bo-sung-${m.code ?? 'ho-so'}.pdf`,
  render,
};

/** Mẫu 02 handed back at the counter: nothing was received, so there is no dossier code. */
export const receptionSupplementForm: FormDefinition<SupplementModel, ReceptionSlipFacts> = {
  ...supplementRequestForm,
  kind: 'reception-supplement',
  model: (f) =>
    f.slip.kind !== 'supplement'
      ? null
      : {
          agency: f.agency,
          issuedAt: f.slip.createdAt,
          code: null,
          applicantName: f.slip.applicantName,
          applicantIdNumber: f.slip.applicantIdNumber,
          procedure: f.slip.procedure,
          items: f.slip.items.map((x) => ({ name: text(x.name), reason: text(x.reason), note: text(x.note) })),
          note: '',
          issuerName: f.issuerName,
        },
  fileName: () => 'phieu-yeu-cau-bo-sung.pdf',
};
