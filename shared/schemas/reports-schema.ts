import { z } from 'zod';
import { EXPORT_FORMATS, PAPER_SIZES, REGISTER_KINDS } from '../reports/register-book';
import { id, isoDate, optionalIsoDate, optionalText } from './common';

const year = z
  .number({ error: 'Năm: phải là số.' })
  .int('Năm: phải là số nguyên.')
  .min(1900, 'Năm: không hợp lệ.')
  .max(2200, 'Năm: không hợp lệ.');

function optionalNumber(label: string) {
  return z
    .number({ error: `${label}: phải là số.` })
    .int(`${label}: phải là số nguyên.`)
    .positive(`${label}: phải lớn hơn 0.`)
    .nullable()
    .optional()
    .transform((n) => n ?? null);
}

/** Which register to print, for which year and range. */
export const registerSpecInput = z
  .object({
    kind: z.enum(REGISTER_KINDS, { error: 'Loại sổ: không hợp lệ.' }),
    year,
    seriesId: id('Sổ')
      .nullable()
      .optional()
      .transform((n) => n ?? null),
    dateFrom: optionalIsoDate('Từ ngày'),
    dateTo: optionalIsoDate('Đến ngày'),
    numberFrom: optionalNumber('Từ số'),
    numberTo: optionalNumber('Đến số'),
    volume: optionalText('Quyển số', 20),
    paper: z.enum(PAPER_SIZES, { error: 'Khổ giấy: chọn A4 hoặc A3.' }).default('A4'),
  })
  .refine((v) => !v.dateFrom || !v.dateTo || v.dateFrom <= v.dateTo, {
    message: 'Từ ngày phải trước hoặc bằng đến ngày.',
    path: ['dateTo'],
  })
  .refine((v) => v.numberFrom === null || v.numberTo === null || v.numberFrom <= v.numberTo, {
    message: 'Từ số phải nhỏ hơn hoặc bằng đến số.',
    path: ['numberTo'],
  });

export const HANDLING_REPORT_KINDS = ['incoming-handling', 'outgoing-handling'] as const;

/** A period: both ends inclusive. */
export const periodInput = z
  .object({ from: isoDate('Từ ngày'), to: isoDate('Đến ngày') })
  .refine((p) => p.from <= p.to, { message: 'Từ ngày phải trước hoặc bằng đến ngày.', path: ['to'] });

const format = z.enum(EXPORT_FORMATS, { error: 'Định dạng: chọn docx, pdf hoặc xlsx.' });

export const exportInput = z.discriminatedUnion('target', [
  z.object({ target: z.literal('register'), format, register: registerSpecInput }),
  z.object({ target: z.literal('report'), format, kind: z.enum(HANDLING_REPORT_KINDS), period: periodInput }),
]);

export const handlingInput = z.object({ kind: z.enum(HANDLING_REPORT_KINDS), period: periodInput });

export const statisticsInput = z.object({ period: periodInput });
