import { formatDateTimeVi } from '../../../pdf/vn-format.js';
import {
  applicantLine,
  lastEvent,
  text,
  type DossierFacts,
  type FormDefinition,
  type ModelHeading,
} from '../form-definition.js';

type StopModel = ModelHeading & {
  code: string;
  applicant: string;
  procedure: string;
  receivedAt: string | null;
  cause: 'withdraw' | 'stop';
  reason: string;
  signerName: string | null;
};

/** Mẫu 05: stop-processing notice (thông báo dừng xử lý), after a stop or a withdrawal. */
export const stopNoticeForm: FormDefinition<StopModel, DossierFacts> = {
  kind: 'stop-notice',
  formNumber: '05',
  title: 'THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ',
  layoutVersion: 1,
  model: (f) => {
    const e = lastEvent(f, 'stop', 'withdraw');
    if (!e || !f.dossier.code) return null;
    return {
      agency: f.agency,
      issuedAt: e.at,
      number: f.dossier.code,
      code: f.dossier.code,
      applicant: applicantLine(f.dossier.applicant),
      procedure: `${f.dossier.procedureCode} — ${f.dossier.procedureName}`,
      receivedAt: f.dossier.receivedAt,
      cause: e.action === 'withdraw' ? 'withdraw' : 'stop',
      reason: text(e.data.note),
      signerName: e.actorName,
    };
  },
  fileName: (m) => `thong-bao-dung-xu-ly-${m.code}.pdf`,
  render: (w, m) => {
    w.fields([
      ['Kính gửi Ông/Bà/Tổ chức', m.applicant],
      ['Mã hồ sơ', m.code],
      ['Nội dung yêu cầu giải quyết', m.procedure],
      ['Thời gian nhận hồ sơ', m.receivedAt ? formatDateTimeVi(m.receivedAt) : null],
      [
        'Căn cứ',
        m.cause === 'withdraw' ? 'Đề nghị rút hồ sơ của Ông/Bà/Tổ chức' : 'Quyết định dừng xử lý của lãnh đạo cơ quan',
      ],
      ['Lý do', m.reason],
    ]);
    w.paragraph(`Cơ quan thông báo dừng xử lý hồ sơ nêu trên kể từ ${formatDateTimeVi(m.issuedAt)}.`);
    w.paragraph('Hồ sơ đã nộp được trả lại theo yêu cầu của Ông/Bà/Tổ chức tại Bộ phận Một cửa.', { size: 10 });
    w.signatures([{ role: 'NGƯỜI NHẬN THÔNG BÁO' }, { role: 'NGƯỜI KÝ THÔNG BÁO', name: m.signerName }]);
  },
};
