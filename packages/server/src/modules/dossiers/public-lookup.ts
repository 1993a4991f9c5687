import { AppError, maskPersonName, type DossierState } from '@motcua/core';
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
const PUBLIC_STEPS: Partial<Record<string, string>> = {
  receive: 'Tiếp nhận hồ sơ',
  submit_online: 'Nộp hồ sơ trực tuyến',
  accept_online: 'Tiếp nhận hồ sơ trực tuyến',
  refuse_online: 'Không tiếp nhận hồ sơ',
  transfer_to_unit: 'Chuyển phòng chuyên môn',
  assign: 'Phân công xử lý',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  record_supplement: 'Đã nhận hồ sơ bổ sung',
  request_payment: 'Yêu cầu nộp phí, lệ phí',
  confirm_payment: 'Đã nộp phí, lệ phí',
  approve: 'Lãnh đạo đã phê duyệt',
  issue: 'Đã có kết quả',
  return_result: 'Đã trả kết quả',
  withdraw: 'Rút hồ sơ',
  stop: 'Dừng xử lý',
  extend_deadline: 'Xin lỗi và hẹn lại ngày trả kết quả',
};

/**
 * The public lookup (no sign-in): procedure, status, received, appointment, timeline. Personal
 * data is masked: the name shortened, no ID number, address or phone.
 */
export async function lookupDossier(db: Queryable, agencyId: string, code: string) {
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
    statusText: status.vi,
    receivedAt: row.received_at?.toISOString() ?? null,
    dueAt: row.due_at?.toISOString() ?? null,
    isPaused: row.is_paused,
    finishedAt: row.finished_at?.toISOString() ?? null,
    timeline: events.flatMap((e) => {
      const label = PUBLIC_STEPS[e.action];
      return label ? [{ at: e.at, step: label }] : [];
    }),
    parcel: row.return_method === 'post' ? await publicParcel(db, agencyId, row.id) : null,
  };
}
