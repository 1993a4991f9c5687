import { HANDOVER_RULES, type HandoverDirection, type HandoverView } from '@motcua/core';
import type { IssuingAgency } from '../../../pdf/form-writer.js';
import { formatDateTimeVi, formatNumberVi, formatShortDateTimeVi } from '../../../pdf/vn-format.js';
import type { FormDefinition, ModelHeading } from '../form-definition.js';
import { RECEIVED_FORM_VI } from '../labels.js';

/** A hand-over record as loaded for printing: the record (as `GET /api/handovers/:id` shows it) and the agency block. */
export type HandoverFacts = { agency: IssuingAgency; record: HandoverView };

type HandoverRecordModel = ModelHeading & {
  number: string;
  direction: string;
  status: string;
  sender: { name: string | null; unit: string };
  receiver: { name: string | null; unit: string };
  createdAt: string;
  confirmedAt: string | null;
  note: string;
  items: {
    no: number;
    subject: string;
    procedure: string;
    documents: string;
    feeVnd: number;
    postalChargeVnd: number;
  }[];
  totals: { feeVnd: number; postalChargeVnd: number };
  discrepancies: { subject: string; kind: string; note: string; by: string; resolution: string | null }[];
};

/** The side of each party, as printed ("Bộ phận một cửa → Phòng Nghiệp vụ Dược"). */
const PARTY_VI: Record<string, string> = {
  courier: 'Bưu điện (dịch vụ bưu chính công ích)',
  counter_clerk: 'Bộ phận một cửa',
  records_officer: 'Văn thư',
  unit_head: 'Phòng chuyên môn',
};

const STATUS_VI: Record<string, string> = {
  sent: 'Chờ bên nhận xác nhận',
  disputed: 'Có sai lệch chưa giải quyết',
  confirmed: 'Bên nhận đã xác nhận',
};

const DISCREPANCY_VI: Record<string, string> = {
  missing: 'Thiếu',
  damaged: 'Hư hỏng',
  fee_mismatch: 'Sai lệch tiền thu',
};

function partyUnit(direction: HandoverDirection, side: 'sender' | 'receiver', unitName: string | null): string {
  const role = HANDOVER_RULES[direction][side];
  if (role === 'unit_head' && unitName) return unitName;
  return PARTY_VI[role] ?? role;
}

const money = (vnd: number) => `${formatNumberVi(vnd)} đ`;

type Item = HandoverView['items'][number];
const subjectOf = (i: Item) => i.dossierCode ?? (i.pickupNumber ? `Phiếu thu gom ${i.pickupNumber}` : '');
const at = (name: string | null, when: string) => `${name ?? 'Hệ thống'}, ${formatShortDateTimeVi(when)}`;

/**
 * Biên bản bàn giao hồ sơ (DOMAIN.md §8): every exchange of paper between the post, the counter,
 * the units and the records office, with its items, documents, money, discrepancies and the two
 * signatures. Printed from the hand-over page; it changes (and is regenerated) when the record is
 * confirmed or an item is flagged or resolved.
 */
export const handoverRecordForm: FormDefinition<HandoverRecordModel, HandoverFacts> = {
  kind: 'handover-record',
  // Not one of the numbered forms of Decree 118: no "Mẫu số" line.
  formNumber: '',
  title: 'BIÊN BẢN BÀN GIAO HỒ SƠ',
  // Landscape, like the control slip: a dossier code (25 characters) fits its column on one line.
  landscape: true,
  layoutVersion: 1,
  model: ({ agency, record: r }) => {
    const sender = partyUnit(r.direction, 'sender', r.unitName);
    const receiver = partyUnit(r.direction, 'receiver', r.unitName);
    const kept = r.items.filter((i) => !i.removed);
    return {
      agency,
      issuedAt: r.confirmedAt ?? r.createdAt,
      number: r.number,
      direction: `${sender} → ${receiver}`,
      status: STATUS_VI[r.status] ?? r.status,
      sender: { name: r.senderName, unit: sender },
      receiver: { name: r.receiverName, unit: receiver },
      createdAt: r.createdAt,
      confirmedAt: r.confirmedAt,
      note: r.note,
      items: kept.map((i, n) => ({
        no: n + 1,
        subject: [subjectOf(i), i.sealNumber ? `Số niêm phong: ${i.sealNumber}` : ''].filter(Boolean).join('\n'),
        procedure: [i.procedureName, i.applicantName, i.resultNumber ? `Số kết quả: ${i.resultNumber}` : '']
          .filter(Boolean)
          .join('\n'),
        documents: i.documents
          .map((d) => {
            const form = d.form ? (RECEIVED_FORM_VI[d.form] ?? d.form) : '';
            return `• ${d.name}${form ? ` (${form}, ${d.copies} bản)` : ` (${d.copies} bản)`}`;
          })
          .join('\n'),
        feeVnd: i.feeVnd,
        postalChargeVnd: i.postalChargeVnd,
      })),
      totals: r.totals,
      discrepancies: r.items
        .filter((i) => i.discrepancy)
        .map((i) => ({
          subject: subjectOf(i),
          kind: DISCREPANCY_VI[i.discrepancy!.kind] ?? i.discrepancy!.kind,
          note: i.discrepancy!.note,
          by: at(i.discrepancy!.byName, i.discrepancy!.at),
          resolution: i.resolution
            ? `${i.resolution.note} (${at(i.resolution.byName, i.resolution.at)})${i.removed ? '; đã rút khỏi biên bản' : ''}`
            : null,
        })),
    };
  },
  fileName: (m) => `bien-ban-ban-giao-${m.number}.pdf`,
  render: (w, m) => {
    w.fields([
      ['Số biên bản', m.number],
      ['Hướng bàn giao', m.direction],
      ['Bên giao', m.sender.name ? `${m.sender.name} — ${m.sender.unit}` : m.sender.unit],
      ['Bên nhận', m.receiver.name ? `${m.receiver.name} — ${m.receiver.unit}` : m.receiver.unit],
      ['Thời gian lập biên bản', formatDateTimeVi(m.createdAt)],
      ['Thời gian bên nhận xác nhận', m.confirmedAt ? formatDateTimeVi(m.confirmedAt) : null],
      ['Tình trạng', m.status],
    ]);
    if (m.note) w.field('Ghi chú', m.note);
    w.section(`Danh mục hồ sơ bàn giao (${m.items.length} mục)`);
    w.table(
      [
        { header: 'STT', width: 5, align: 'center' },
        { header: 'Mã hồ sơ / phiếu thu gom', width: 22 },
        { header: 'Thủ tục, người nộp', width: 23 },
        { header: 'Giấy tờ (bản chính, bản sao, số bản)', width: 30 },
        { header: 'Phí, lệ phí', width: 10, align: 'right' },
        { header: 'Cước bưu chính', width: 10, align: 'right' },
      ],
      [
        ...m.items.map((i) => [i.no, i.subject, i.procedure, i.documents, money(i.feeVnd), money(i.postalChargeVnd)]),
        ['', 'Tổng cộng', '', '', money(m.totals.feeVnd), money(m.totals.postalChargeVnd)],
      ],
      { size: 9 },
    );
    w.section('Sai lệch và cách giải quyết');
    if (m.discrepancies.length === 0) w.paragraph('Không có sai lệch.');
    for (const d of m.discrepancies) {
      w.paragraph(`• ${d.subject}: ${d.kind} — ${d.note} (${d.by}).`);
      w.paragraph(`   Giải quyết: ${d.resolution ?? 'chưa giải quyết'}.`, { italic: d.resolution === null });
    }
    w.paragraph('Biên bản được lập thành hai bản, mỗi bên giữ một bản.', { italic: true, size: 9 });
    w.signatures([
      { role: 'BÊN GIAO', name: m.sender.name },
      { role: 'BÊN NHẬN', name: m.receiver.name },
    ]);
  },
};
