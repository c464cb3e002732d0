/**
 * Error codes that cross the API boundary, each with the Vietnamese message a clerk sees when the
 * service gives no more specific one. Services throw AppError; the router maps anything else to INTERNAL.
 */
export const ERROR_MESSAGES = {
  VALIDATION: 'Dữ liệu nhập chưa hợp lệ.',
  UNKNOWN_METHOD: 'Chức năng không tồn tại.',
  UNAUTHENTICATED: 'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
  SESSION_LOCKED: 'Màn hình đã khóa. Nhập mật khẩu để làm việc tiếp.',
  FORBIDDEN: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Thao tác không thực hiện được vì dữ liệu đã thay đổi hoặc bị trùng.',
  DUPLICATE: 'Dữ liệu này đã có trong hệ thống.',
  LOCKED: 'Dữ liệu đã bị khóa, không sửa được.',
  TOO_LARGE: 'Tệp hoặc dữ liệu vượt quá dung lượng cho phép.',
  BAD_FILE: 'Tệp không đọc được hoặc không đúng định dạng.',
  NOT_SUPPORTED: 'Chức năng này không dùng được trong chế độ đang chạy.',
  CANCELLED: 'Thao tác đã bị hủy.',
  DATABASE_TOO_NEW: 'Cơ sở dữ liệu được tạo bởi phiên bản VănThư mới hơn. Hãy cập nhật phần mềm.',
  DATABASE_DAMAGED: 'Cơ sở dữ liệu bị hỏng.',
  INTERNAL: 'Đã có lỗi không mong muốn. Dữ liệu chưa bị thay đổi; vui lòng thử lại.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The error shape every transport returns. `fields` maps an input path to its message. */
export interface ApiErrorPayload {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  details?: unknown;
}

/** A failure with a known code and a Vietnamese message, safe to show to the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, extra?: { fields?: Record<string, string>; details?: unknown }) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra?.fields;
    this.details = extra?.details;
  }

  toPayload(): ApiErrorPayload {
    const payload: ApiErrorPayload = { code: this.code, message: this.message };
    if (this.fields) payload.fields = this.fields;
    if (this.details !== undefined) payload.details = this.details;
    return payload;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}
