import { AppError, maskPersonName, type DossierState, type Language } from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { loadEvents } from './dossier.repository.js';
import { publicParcel } from '../postal/list-shipments.js';

/** Plain-Vietnamese status for citizens (DOMAIN.md §5 national statuses). */
const STATUS_TEXT: Record<number, { vi: string; en: string }> = {
  1: { vi: 'Mới đăng ký, chờ tiếp nhận', en: 'Submitted, awaiting reception' },
  2: { vi: 'Đã tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not received' },
  4: { vi: 'Đang xử lý', en: 'Being processed' },
  5: { vi: 'Chờ bổ sung giấy tờ', en: 'Waiting for additional documents' },
  6: { vi: 'Chờ thực hiện nghĩa vụ tài chính', en: 'Waiting for payment' },
  7: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready for collection' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** Public steps of the timeline: what a citizen may know, never who did it or why. */
const PUBLIC_STEPS: Partial<Record<string, { vi: string; en: string }>> = {
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Dossier received' },
  submit_online: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submitted online' },
  accept_online: { vi: 'Tiếp nhận hồ sơ trực tuyến', en: 'Online dossier received' },
  refuse_online: { vi: 'Không tiếp nhận hồ sơ', en: 'Dossier not received' },
  transfer_to_unit: { vi: 'Chuyển phòng chuyên môn', en: 'Sent to the competent unit' },
  assign: { vi: 'Phân công xử lý', en: 'Assigned for processing' },
  request_supplement: { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Additional documents requested' },
  record_supplement: { vi: 'Đã nhận hồ sơ bổ sung', en: 'Additional documents received' },
  request_payment: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Fees requested' },
  confirm_payment: { vi: 'Đã nộp phí, lệ phí', en: 'Fees paid' },
  send_to_agency: { vi: 'Chuyển cơ quan phối hợp giải quyết (liên thông)', en: 'Sent to a partner agency' },
  receive_from_agency: { vi: 'Cơ quan phối hợp đã trả kết quả', en: 'Partner agency replied' },
  approve: { vi: 'Lãnh đạo đã phê duyệt', en: 'Approved by the leadership' },
  issue: { vi: 'Đã có kết quả', en: 'Result issued' },
  return_result: { vi: 'Đã trả kết quả', en: 'Result returned' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  stop: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  extend_deadline: { vi: 'Xin lỗi và hẹn lại ngày trả kết quả', en: 'Apology and new appointment' },
};

/**
 * The public lookup (no sign-in): procedure, status, received, appointment, timeline. Personal
 * data is masked: the name shortened, no ID number, address or phone.
 */
export async function lookupDossier(db: Queryable, agencyId: string, code: string, language: Language = 'vi') {
  const row = await db
    .selectFrom('dossier')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND');
  const events = await loadEvents(db, agencyId, row.id);
  const status = STATUS_TEXT[row.national_status] ?? STATUS_TEXT[4]!;
  return {
    code,
    procedure: { code: row.procedure_code, name: row.procedure_name },
    applicantName: row.applicant_kind === 'person' ? maskPersonName(row.applicant_name) : row.applicant_name,
    nationalStatus: row.national_status,
    state: row.state as DossierState,
    statusText: status[language],
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    isPaused: row.is_paused,
    finishedAt: row.finished_at?.toISOString() ?? null,
    timeline: events.flatMap((e) => {
      const label = PUBLIC_STEPS[e.action];
      if (!label) return [];
      // The approved apology is addressed to the applicant: the letter and the new date are theirs.
      if (e.action === 'extend_deadline' && typeof e.data.newDueAt === 'string')
        return [{ at: e.at, step: label[language], note: str(e.data.note), newDueAt: e.data.newDueAt }];
      return [{ at: e.at, step: label[language] }];
    }),
    parcel: row.return_method === 'post' ? await publicParcel(db, agencyId, row.id) : null,
  };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}
