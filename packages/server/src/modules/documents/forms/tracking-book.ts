import type { IssuingAgency } from '../../../pdf/form-writer.js';
import { formatDateVi, formatShortDateTimeVi } from '../../../pdf/vn-format.js';
import type { FormDefinition, ModelHeading } from '../form-definition.js';

export type TrackingBookFacts = {
  agency: IssuingAgency;
  from: string;
  to: string;
  /** The instant the book is printed (its date line). */
  printedAt: string;
  items: {
    no: number;
    code: string | null;
    procedureName: string;
    sets: number;
    applicantName: string;
    addressAndPhone: string;
    competentUnit: string | null;
    receivedAt: string | null;
    dueAt: string | null;
    transferredAt: string | null;
    resultAt: string | null;
    returnedAt: string | null;
  }[];
};

type TrackingBookModel = ModelHeading & Omit<TrackingBookFacts, 'agency' | 'printedAt'>;

const at = (v: string | null) => (v ? formatShortDateTimeVi(v) : '');

/** Mẫu 07: the dossier tracking book (sổ theo dõi hồ sơ) for a date range, DOMAIN.md §6. */
export const trackingBookForm: FormDefinition<TrackingBookModel, TrackingBookFacts> = {
  kind: 'tracking-book',
  formNumber: '07',
  title: 'SỔ THEO DÕI HỒ SƠ',
  landscape: true,
  layoutVersion: 1,
  model: (f) => ({ agency: f.agency, issuedAt: f.printedAt, from: f.from, to: f.to, items: f.items }),
  fileName: (m) => `so-theo-doi-ho-so-${m.from}-${m.to}.pdf`,
  render: (w, m) => {
    const day = (iso: string) => formatDateVi(`${iso}T00:00:00+07:00`);
    w.paragraph(`Từ ngày ${day(m.from)} đến ngày ${day(m.to)} — ${m.items.length} hồ sơ`, {
      italic: true,
      align: 'center',
    });
    w.table(
      [
        { header: 'STT', width: 3.5, align: 'center' },
        { header: 'Mã hồ sơ', width: 16.5 },
        { header: 'Tên thủ tục hành chính', width: 11 },
        { header: 'Số lượng hồ sơ (bộ)', width: 4.5, align: 'center' },
        { header: 'Tên cá nhân, tổ chức', width: 10 },
        { header: 'Địa chỉ, số điện thoại', width: 9.5 },
        { header: 'Cơ quan chủ trì giải quyết', width: 7.5 },
        { header: 'Ngày, giờ nhận hồ sơ', width: 6.5 },
        { header: 'Ngày, giờ hẹn trả kết quả', width: 6.5 },
        { header: 'Ngày, giờ chuyển hồ sơ đến cơ quan giải quyết', width: 6.5 },
        { header: 'Ngày, giờ nhận kết quả từ cơ quan giải quyết', width: 6.5 },
        { header: 'Ngày, giờ trả kết quả', width: 6.5 },
        { header: 'Ký nhận', width: 3.5 },
        { header: 'Ghi chú', width: 3.5 },
      ],
      m.items.map((r) => [
        r.no,
        r.code ?? '',
        r.procedureName,
        r.sets,
        r.applicantName,
        r.addressAndPhone,
        r.competentUnit ?? '',
        at(r.receivedAt),
        at(r.dueAt),
        at(r.transferredAt),
        at(r.resultAt),
        at(r.returnedAt),
        '',
        '',
      ]),
      { size: 7 },
    );
  },
};
