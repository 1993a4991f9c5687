import type { ProcessingTime } from '@motcua/core';
import { formatNumberVi } from '../../pdf/vn-format.js';

/**
 * The Vietnamese wording printed on forms. Forms are legal papers in Vietnamese whatever the
 * screen language; these mirror the web dictionary (packages/web/src/i18n/dossiers-vi.ts).
 */
export const SUPPLEMENT_REASON_VI: Record<string, string> = {
  missing: 'Thiếu giấy tờ',
  wrong_form: 'Sai loại bản (bản chính, bản sao)',
  expired: 'Hết hiệu lực',
  illegible: 'Không rõ, không đọc được',
  not_certified: 'Chưa chứng thực',
  incorrect_content: 'Nội dung chưa chính xác',
  other: 'Lý do khác',
};

export const REFUSAL_REASON_VI: Record<string, string> = {
  wrong_agency: 'Không thuộc thẩm quyền giải quyết của cơ quan',
  procedure_abolished: 'Thủ tục đã bị bãi bỏ',
  not_eligible: 'Không đủ điều kiện',
  outside_scope: 'Ngoài phạm vi giải quyết',
  other: 'Lý do khác',
};

export const RECEIVED_FORM_VI: Record<string, string> = {
  original: 'Bản chính',
  copy: 'Bản sao',
  certified_copy: 'Bản sao chứng thực',
};

export const RETURN_METHOD_VI: Record<string, string> = {
  counter: 'Nhận tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
  electronic: 'Trực tuyến (kho dữ liệu điện tử)',
};

export const ACTION_VI: Record<string, string> = {
  receive: 'Tiếp nhận hồ sơ',
  submit_online: 'Nộp hồ sơ trực tuyến',
  accept_online: 'Tiếp nhận hồ sơ trực tuyến',
  refuse_online: 'Từ chối tiếp nhận',
  transfer_to_unit: 'Chuyển phòng chuyên môn',
  assign: 'Phân công xử lý',
  request_supplement: 'Yêu cầu bổ sung hồ sơ',
  record_supplement: 'Nhận hồ sơ bổ sung',
  request_payment: 'Yêu cầu nộp phí, lệ phí',
  confirm_payment: 'Xác nhận đã nộp phí, lệ phí',
  propose_result: 'Trình dự thảo kết quả',
  propose_refusal: 'Trình dự thảo văn bản từ chối',
  check: 'Kiểm tra, trình lãnh đạo',
  send_back: 'Trả lại chuyên viên',
  approve: 'Phê duyệt',
  return_to_unit: 'Trả lại phòng chuyên môn',
  issue: 'Vào số, ban hành kết quả',
  return_result: 'Trả kết quả',
  withdraw: 'Rút hồ sơ',
  stop: 'Dừng xử lý',
  extend_deadline: 'Xin lỗi, gia hạn thời gian giải quyết',
};

export const ROLE_VI: Record<string, string> = {
  administrator: 'Quản trị hệ thống',
  counter_clerk: 'Bộ phận Một cửa',
  courier: 'Nhân viên bưu chính',
  specialist: 'Chuyên viên',
  unit_head: 'Lãnh đạo phòng',
  leader: 'Lãnh đạo Sở',
  records_officer: 'Văn thư',
  focal_officer: 'Đầu mối kiểm soát TTHC',
  inspector: 'Thanh tra',
  applicant: 'Người nộp hồ sơ',
  portal: 'Cổng dịch vụ công',
  system: 'Hệ thống',
};

export const TIMING_VI: Record<string, string> = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' };

/** "20 ngày làm việc", "Trong ngày". */
export function processingTimeVi(time: ProcessingTime | null): string {
  if (!time) return 'Theo quy định';
  if (time.total === 0) return 'Trong ngày';
  return `${formatNumberVi(time.total)} ${time.unit === 'working_days' ? 'ngày làm việc' : 'ngày'}`;
}
