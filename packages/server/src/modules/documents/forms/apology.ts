import { formatDateTimeVi } from '../../../pdf/vn-format.js';
import {
  applicantLine,
  lastEvent,
  text,
  type DossierFacts,
  type FormDefinition,
  type ModelHeading,
} from '../form-definition.js';

type ApologyModel = ModelHeading & {
  code: string;
  applicant: string;
  procedure: string;
  receivedAt: string | null;
  previousDueAt: string | null;
  newDueAt: string;
  reason: string;
  signerName: string | null;
};

/**
 * Mẫu 04: apology and request to extend (phiếu xin lỗi và hẹn lại ngày trả kết quả), issued
 * before the deadline by the agency at fault (Decree 118). Prints the latest extension.
 */
export const apologyForm: FormDefinition<ApologyModel, DossierFacts> = {
  kind: 'apology',
  formNumber: '04',
  title: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
  layoutVersion: 1,
  model: (f) => {
    const e = lastEvent(f, 'extend_deadline');
    if (!e || !f.dossier.code) return null;
    // The appointment the apology replaces: the one before this extension.
    const earlier = f.events.filter((x) => x.action === 'extend_deadline' && x.seq < e.seq).pop();
    return {
      agency: f.agency,
      issuedAt: e.at,
      number: f.dossier.code,
      code: f.dossier.code,
      applicant: applicantLine(f.dossier.applicant),
      procedure: `${f.dossier.procedureCode} — ${f.dossier.procedureName}`,
      receivedAt: f.dossier.receivedAt,
      previousDueAt: earlier ? text(earlier.data.newDueAt) : text(e.data.previousDueAt) || null,
      newDueAt: text(e.data.newDueAt),
      reason: text(e.data.note),
      signerName: e.actorName,
    };
  },
  fileName: (m) => `phieu-xin-loi-${m.code}.pdf`,
  render: (w, m) => {
    w.fields([
      ['Kính gửi Ông/Bà/Tổ chức', m.applicant],
      ['Mã hồ sơ', m.code],
      ['Nội dung yêu cầu giải quyết', m.procedure],
      ['Thời gian nhận hồ sơ', m.receivedAt ? formatDateTimeVi(m.receivedAt) : null],
    ]);
    if (m.previousDueAt) w.field('Thời gian hẹn trả kết quả trước đây', formatDateTimeVi(m.previousDueAt));
    w.field('Lý do chậm trễ', m.reason);
    w.paragraph(
      `Cơ quan chân thành xin lỗi Ông/Bà/Tổ chức vì sự chậm trễ này và hẹn lại thời gian trả kết quả vào: ${formatDateTimeVi(m.newDueAt)}.`,
    );
    w.paragraph('Rất mong nhận được sự thông cảm của Ông/Bà/Tổ chức.', { italic: true });
    w.signatures([{ role: 'THỦ TRƯỞNG CƠ QUAN', note: '(Ký, ghi rõ họ tên, đóng dấu)', name: m.signerName }]);
  },
};
