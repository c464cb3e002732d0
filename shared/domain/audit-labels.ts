import type { AuditOutcome } from '../contract/audit';
import { INCOMING_FIELD_LABELS } from './incoming-fields';

/**
 * Vietnamese names of what the audit trail records: API methods (writes, refused calls, opening a
 * secret document) and account events. A method missing here is shown by its name.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.setupAdmin': 'Tạo tài khoản quản trị đầu tiên',
  'auth.login': 'Đăng nhập',
  'auth.loginFailed': 'Đăng nhập không thành công',
  'auth.unlockFailed': 'Mở khóa màn hình không thành công',
  'auth.logout': 'Đăng xuất',
  'auth.changePassword': 'Đổi mật khẩu',
  'users.create': 'Thêm tài khoản',
  'users.update': 'Sửa tài khoản',
  'users.setActive': 'Ngừng/dùng lại tài khoản',
  'users.resetPassword': 'Đặt lại mật khẩu',
  'users.unlock': 'Mở khóa tài khoản',
  'agency.save': 'Lưu thông tin cơ quan',
  'units.create': 'Thêm đơn vị',
  'units.update': 'Sửa đơn vị',
  'units.setActive': 'Ngừng/dùng lại đơn vị',
  'units.addAlias': 'Thêm tên gọi khác của đơn vị',
  'people.create': 'Thêm cán bộ',
  'people.update': 'Sửa cán bộ',
  'people.setActive': 'Ngừng/dùng lại cán bộ',
  'bodies.create': 'Thêm cơ quan gửi',
  'bodies.update': 'Sửa cơ quan gửi',
  'bodies.setActive': 'Ngừng/dùng lại cơ quan gửi',
  'bodies.addAlias': 'Thêm tên gọi khác của cơ quan gửi',
  'settings.update': 'Đổi cài đặt',
  'series.create': 'Thêm sổ văn bản',
  'incoming.register': 'Đăng ký văn bản đến',
  'incoming.update': 'Sửa văn bản đến',
  'incoming.cancel': 'Hủy văn bản đến',
  'incoming.get': 'Mở văn bản mật',
  'attachments.stage': 'Tải tệp lên',
  'attachments.attach': 'Thêm tệp đính kèm',
  'attachments.detach': 'Gỡ tệp đính kèm',
  'attachments.open': 'Mở tệp của văn bản mật',
  'files.download': 'Xem tệp của văn bản mật',
  'backup.configure': 'Đổi cài đặt sao lưu',
  'backup.create': 'Sao lưu',
  'backup.auto': 'Tự động sao lưu',
  'backup.restore': 'Khôi phục từ bản sao lưu',
  'recovery.restore': 'Khôi phục khi cơ sở dữ liệu hỏng',
};

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  ok: 'Thành công',
  refused: 'Bị từ chối',
  failed: 'Không thành công',
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** What kind of record a row concerns. */
export const AUDIT_SUBJECT_LABELS: Readonly<Record<string, string>> = {
  incoming: 'Văn bản đến',
  unit: 'Đơn vị',
  person: 'Cán bộ',
  body: 'Cơ quan gửi',
  agency: 'Thông tin cơ quan',
  settings: 'Cài đặt',
  series: 'Sổ',
  user: 'Tài khoản',
  backup: 'Sao lưu',
  attachments: 'Tệp đính kèm',
  auth: 'Đăng nhập',
  users: 'Tài khoản',
};

/** Field names in before/after, as the screens call them (the register's own labels first). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  ...INCOMING_FIELD_LABELS,
  name: 'Tên',
  abbreviation: 'Viết tắt',
  aliases: 'Tên gọi khác',
  isActive: 'Đang dùng',
  fullName: 'Họ và tên',
  userName: 'Tên đăng nhập',
  role: 'Vai trò',
  title: 'Chức vụ',
  unitId: 'Đơn vị',
  shortName: 'Tên viết tắt',
  organId: 'Mã định danh',
  parentName: 'Cơ quan chủ quản',
  place: 'Địa danh',
  lockedUntil: 'Tạm khóa đến',
  failedAttempts: 'Số lần nhập sai',
  mustChangePassword: 'Phải đổi mật khẩu',
  lastLoginAt: 'Đăng nhập gần nhất',
  attachments: 'Tệp đính kèm',
  cancelReason: 'Lý do hủy',
  cancelledAt: 'Thời điểm hủy',
};

export function auditFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

export function auditSubjectLabel(type: string | null, id: string | null): string {
  if (!type) return '';
  const label = AUDIT_SUBJECT_LABELS[type] ?? type;
  return id ? `${label} #${id}` : label;
}
