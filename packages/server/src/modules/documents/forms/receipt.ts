import { formatDateTimeVi, formatNumberVi } from '../../../pdf/vn-format.js';
import { applicantLine, type DossierFacts, type FormDefinition, type ModelHeading } from '../form-definition.js';
import { processingTimeVi, RECEIVED_FORM_VI, RETURN_METHOD_VI } from '../labels.js';

type ReceiptModel = ModelHeading & {
  code: string;
  applicant: DossierFacts['dossier']['applicant'];
  procedure: string;
  documents: { name: string; form: string | null; copies: number }[];
  sets: number;
  processingTime: string;
  receivedAt: string;
  dueAt: string | null;
  returnMethod: string;
  returnAddress: string | null;
  trackingEntry: DossierFacts['trackingEntry'];
  lookupUrl: string;
  receiverName: string | null;
};

const QR_SIZE = 92;

/** Mẫu 01: receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả), DOMAIN.md §6. */
export const receiptForm: FormDefinition<ReceiptModel> = {
  kind: 'receipt',
  formNumber: '01',
  title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
  layoutVersion: 1,
  model: (f) => {
    const d = f.dossier;
    if (!d.code || !d.receivedAt || !f.lookupUrl) return null;
    const received = f.events.find((e) => e.action === 'receive' || e.action === 'accept_online');
    return {
      agency: f.agency,
      issuedAt: d.receivedAt,
      number: d.code,
      code: d.code,
      applicant: d.applicant,
      procedure: `${d.procedureCode} — ${d.procedureName}`,
      documents: f.documents.filter((x) => x.received).map((x) => ({ name: x.name, form: x.form, copies: x.copies })),
      sets: f.procedure.dossierSets,
      processingTime: processingTimeVi(f.procedure.processingTime),
      receivedAt: d.receivedAt,
      dueAt: d.dueAt,
      returnMethod: d.returnMethod,
      returnAddress: d.returnAddress,
      trackingEntry: f.trackingEntry,
      lookupUrl: f.lookupUrl,
      receiverName: received?.actorName ?? null,
    };
  },
  fileName: (m) => `giay-tiep-nhan-${m.code}.pdf`,
  render: (w, m) => {
    const top = w.doc.y;
    w.qrCodeRight(m.lookupUrl, QR_SIZE, 'Quét để tra cứu');
    w.paragraph(`${m.agency.name} đã tiếp nhận hồ sơ của:`, { size: 11 });
    w.fieldBeside('Mã hồ sơ', m.code, QR_SIZE + 16);
    w.fieldBeside('Ông/Bà/Tổ chức', applicantLine(m.applicant), QR_SIZE + 16);
    w.fieldBeside(
      m.applicant.kind === 'person' ? 'Số định danh cá nhân' : 'Mã số thuế',
      m.applicant.idNumber,
      QR_SIZE + 16,
    );
    w.fieldBeside('Địa chỉ', m.applicant.address, QR_SIZE + 16);
    w.below(top + QR_SIZE + 16);
    w.fields([
      ['Số điện thoại', m.applicant.phone],
      ['Thư điện tử', m.applicant.email ?? 'Không có'],
      ['Nội dung yêu cầu giải quyết', m.procedure],
    ]);
    w.section('1. Thành phần hồ sơ đã nhận');
    w.table(
      [
        { header: 'STT', width: 6, align: 'center' },
        { header: 'Tên giấy tờ', width: 60 },
        { header: 'Hình thức', width: 20 },
        { header: 'Số lượng', width: 12, align: 'center' },
      ],
      m.documents.map((d, i) => [
        i + 1,
        d.name,
        d.form ? (RECEIVED_FORM_VI[d.form] ?? d.form) : '',
        formatNumberVi(d.copies),
      ]),
    );
    w.fields([
      ['2. Số lượng hồ sơ', `${formatNumberVi(m.sets)} bộ`],
      ['3. Thời gian giải quyết hồ sơ theo quy định', m.processingTime],
      ['4. Thời gian nhận hồ sơ', formatDateTimeVi(m.receivedAt)],
      ['5. Thời gian trả kết quả giải quyết hồ sơ', m.dueAt ? formatDateTimeVi(m.dueAt) : null],
      [
        '6. Đăng ký nhận kết quả',
        `${RETURN_METHOD_VI[m.returnMethod] ?? m.returnMethod}${m.returnAddress ? `: ${m.returnAddress}` : ''}`,
      ],
      [
        '7. Vào Sổ theo dõi hồ sơ',
        m.trackingEntry
          ? `Quyển số ${m.trackingEntry.volume}, Số thứ tự ${formatNumberVi(m.trackingEntry.entry)}`
          : null,
      ],
    ]);
    w.paragraph(`Tra cứu tình trạng hồ sơ: quét mã QR hoặc truy cập ${m.lookupUrl} (nhập mã hồ sơ ${m.code}).`, {
      italic: true,
      size: 10,
    });
    w.signatures([{ role: 'NGƯỜI NỘP HỒ SƠ' }, { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: m.receiverName }]);
  },
};
