import { z } from 'zod';
import { id, optionalIsoDate, optionalText } from './common';

export const AUDIT_OUTCOMES = ['ok', 'refused', 'failed'] as const;

/** Filters of the audit viewer and its export. Dates are calendar days on this computer's clock. */
export const auditFilterInput = z.object({
  from: optionalIsoDate('Từ ngày'),
  to: optionalIsoDate('Đến ngày'),
  userName: optionalText('Người thực hiện', 100),
  action: optionalText('Thao tác', 100),
  outcome: z
    .enum(AUDIT_OUTCOMES, { error: 'Kết quả không hợp lệ.' })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  text: optionalText('Nội dung cần tìm', 200),
});

export const listAuditInput = auditFilterInput.extend({
  /** The id of the last row of the previous page (rows come newest first). */
  cursor: id('Vị trí trang')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  limit: z.number({ error: 'Số dòng phải là số.' }).int().min(1).max(500).optional().default(100),
});

export const exportAuditInput = auditFilterInput.extend({
  format: z.enum(['xlsx', 'csv'], { error: 'Định dạng xuất không hợp lệ.' }).optional().default('xlsx'),
});
