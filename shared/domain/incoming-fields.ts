import { RECEIVE_METHOD_LABELS, SECRECY_LABELS, URGENCY_LABELS } from './document-levels';

/** Vietnamese names of the incoming register's fields, for the history and validation messages. */
export const INCOMING_FIELD_LABELS = {
  receivedDate: 'Ngày đến',
  issuerName: 'Tác giả',
  issuerId: 'Cơ quan ban hành (danh mục)',
  numberAndSymbol: 'Số, ký hiệu',
  docDate: 'Ngày văn bản',
  kind: 'Tên loại',
  subject: 'Trích yếu',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Người ký',
  secrecy: 'Độ mật',
  urgency: 'Mức độ khẩn',
  pageCount: 'Số trang',
  receiveMethod: 'Phương thức nhận',
  dueDate: 'Hạn giải quyết',
  recipientUnitId: 'Đơn vị nhận',
  recipientPersonId: 'Người nhận',
  recipientNote: 'Đơn vị hoặc người nhận (ghi thêm)',
  transferredDate: 'Ngày chuyển',
  note: 'Ghi chú',
} as const;

export type IncomingField = keyof typeof INCOMING_FIELD_LABELS;

export const INCOMING_STATE_LABELS = {
  cho_phan_phoi: 'Chờ phân phối',
  da_chuyen: 'Đã chuyển',
  da_huy: 'Đã hủy',
} as const;

/** How a stored value reads in the history ("Khẩn", not "khan"). */
export function displayFieldValue(field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (field === 'secrecy') return SECRECY_LABELS[value as keyof typeof SECRECY_LABELS] ?? String(value);
  if (field === 'urgency') return URGENCY_LABELS[value as keyof typeof URGENCY_LABELS] ?? String(value);
  if (field === 'receiveMethod') return RECEIVE_METHOD_LABELS[value as keyof typeof RECEIVE_METHOD_LABELS] ?? String(value);
  return String(value);
}
