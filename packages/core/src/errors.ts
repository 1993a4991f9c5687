/**
 * Transport-neutral error codes. The domain throws `AppError(code)`; the server's one
 * error handler maps each code to an HTTP status and a message in the client's language.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: {
    status: 400,
    vi: 'Dữ liệu gửi lên không hợp lệ.',
    en: 'The request data is invalid.',
  },
  MALFORMED_JSON: {
    status: 400,
    vi: 'Nội dung yêu cầu không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    vi: 'Kiểu nội dung của yêu cầu không được hỗ trợ.',
    en: 'The request content type is not supported.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    vi: 'Nội dung yêu cầu quá lớn.',
    en: 'The request body is too large.',
  },
  UNAUTHENTICATED: {
    status: 401,
    vi: 'Bạn cần đăng nhập để thực hiện thao tác này.',
    en: 'You must sign in to do this.',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau.',
    en: 'The account is temporarily locked after repeated failed sign-ins. Try again later.',
  },
  ACCOUNT_DISABLED: {
    status: 403,
    vi: 'Tài khoản đã bị vô hiệu hóa.',
    en: 'The account is disabled.',
  },
  FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy dữ liệu yêu cầu.',
    en: 'The requested item was not found.',
  },
  ROUTE_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đường dẫn yêu cầu.',
    en: 'No such route.',
  },
  ACTION_NOT_ALLOWED: {
    status: 409,
    vi: 'Thao tác không được phép ở trạng thái hiện tại của hồ sơ.',
    en: "This action is not allowed in the dossier's current state.",
  },
  INCOMPLETE_DOSSIER: {
    status: 422,
    vi: 'Hồ sơ chưa đầy đủ: lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.',
    en: 'The dossier is incomplete: issue a supplement request.',
  },
  INELIGIBLE_DOSSIER: {
    status: 422,
    vi: 'Hồ sơ không đủ điều kiện tiếp nhận: lập phiếu từ chối tiếp nhận.',
    en: 'The dossier cannot be received: issue a refusal slip.',
  },
  STALE_VERSION: {
    status: 409,
    vi: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.',
    en: 'Someone else has just updated the dossier. Reload and try again.',
  },
  CONFLICT: {
    status: 409,
    vi: 'Dữ liệu xung đột với dữ liệu đã có.',
    en: 'The data conflicts with existing data.',
  },
  SIGNATURE_INVALID: {
    status: 401,
    vi: 'Chữ ký của yêu cầu không hợp lệ hoặc đã hết hạn.',
    en: 'The request signature is invalid or has expired.',
  },
  FORM_NOT_APPLICABLE: {
    status: 409,
    vi: 'Hồ sơ chưa có bước tương ứng nên chưa thể in mẫu này (ví dụ: chưa có yêu cầu bổ sung, chưa có thư xin lỗi).',
    en: 'This form does not apply to the dossier yet (e.g. no supplement request or apology was issued).',
  },
  HANDOVER_REQUIRED: {
    status: 409,
    vi: 'Hồ sơ giấy chỉ được chuyển cho bên nhận kèm biên bản bàn giao đã được xác nhận.',
    en: 'Paper moves to the next holder only with a confirmed hand-over record.',
  },
  HANDOVER_DISCREPANCY_OPEN: {
    status: 409,
    vi: 'Biên bản bàn giao còn sai lệch chưa được bên giao giải quyết.',
    en: 'The hand-over record has a discrepancy the sender has not resolved yet.',
  },
  PICKUP_NOT_ALLOWED: {
    status: 409,
    vi: 'Thao tác không được phép ở trạng thái hiện tại của yêu cầu thu gom.',
    en: "This action is not allowed in the pickup order's current status.",
  },
  RATE_LIMITED: {
    status: 429,
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
    en: 'Too many requests. Try again later.',
  },
  INTERNAL: {
    status: 500,
    vi: 'Hệ thống gặp lỗi. Vui lòng thử lại sau hoặc liên hệ quản trị.',
    en: 'Something went wrong. Try again later or contact the administrator.',
  },
} as const satisfies Record<string, { status: number; vi: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type Language = 'vi' | 'en';

export function errorMessage(code: ErrorCode, language: Language): string {
  return ERROR_CODES[code][language];
}

export type LocalisedText = { vi: string; en: string };
/** A problem with one field; `message` is plain when already rendered in the client's language. */
/** `reason` is a machine-readable code for clients that act on it (e.g. a refusal slip's reason). */
export type AppErrorDetail = { field: string; message: string | LocalisedText; reason?: string };

/**
 * The one error type the domain throws. It carries a code, never an HTTP status: the server's
 * error handler owns the mapping, so use cases stay transport-neutral.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: AppErrorDetail[],
    /** Extra facts for the log only; never sent to the client. */
    readonly internal?: string,
  ) {
    super(internal ? `${code}: ${internal}` : code);
    this.name = 'AppError';
  }
}

/** A 400 about one field, with the reason in both languages. */
export function invalidField(field: string, message: LocalisedText): AppError {
  return new AppError('VALIDATION_FAILED', [{ field, message }]);
}

/** A 409 about one field: the request is well formed but the state of things refuses it. */
export function conflictField(field: string, message: LocalisedText): AppError {
  return new AppError('CONFLICT', [{ field, message }]);
}
