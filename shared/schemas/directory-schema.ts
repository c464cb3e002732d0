import { z } from 'zod';
import { id, optionalText, stringList, text } from './common';

/** An abbreviation used inside a ký hiệu: letters (Đ and lower case allowed, as in GDTrH), digits, & and '.'. */
const abbreviation = (label: string) =>
  text(label, 30).refine((s) => /^[\p{L}\p{N}&.]+$/u.test(s), `${label}: chỉ gồm chữ, số, "&" hoặc "." và không có dấu cách.`);

const optionalAbbreviation = (label: string) =>
  optionalText(label, 30).refine(
    (s) => s === null || /^[\p{L}\p{N}&.]+$/u.test(s),
    `${label}: chỉ gồm chữ, số, "&" hoặc "." và không có dấu cách.`,
  );

export const agencyProfileInput = z.object({
  parentName: optionalText('Cơ quan chủ quản', 200),
  name: text('Tên cơ quan', 200),
  abbreviation: abbreviation('Chữ viết tắt của cơ quan'),
  place: text('Địa danh', 100),
  organId: optionalText('Mã định danh', 35).refine(
    (s) => s === null || /^[0-9A-Z.]+$/.test(s),
    'Mã định danh: chỉ gồm chữ in hoa không dấu, số và dấu chấm.',
  ),
  address: optionalText('Địa chỉ', 300),
  phone: optionalText('Điện thoại', 50),
  email: optionalText('Thư điện tử', 100),
  website: optionalText('Trang thông tin điện tử', 200),
});

export const unitInput = z.object({
  name: text('Tên đơn vị', 200),
  abbreviation: optionalAbbreviation('Chữ viết tắt'),
  aliases: stringList('Tên gọi khác'),
});

export const updateUnitInput = unitInput.extend({ id: id('Mã đơn vị') });

export const personInput = z.object({
  fullName: text('Họ và tên', 100),
  title: optionalText('Chức vụ', 100),
  unitId: id('Đơn vị')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
});

export const updatePersonInput = personInput.extend({ id: id('Mã cán bộ') });

export const externalBodyInput = z.object({
  name: text('Tên cơ quan', 300),
  shortName: optionalText('Tên viết tắt', 100),
  organId: optionalText('Mã định danh', 35),
  aliases: stringList('Tên gọi khác'),
});

export const updateExternalBodyInput = externalBodyInput.extend({ id: id('Mã cơ quan') });

export const listDirectoryInput = z
  .object({
    includeInactive: z.boolean().optional().default(false),
    query: optionalText('Từ khóa', 200),
  })
  .optional()
  .transform((v) => v ?? { includeInactive: false, query: null });

export const setActiveInput = z.object({ id: id(), isActive: z.boolean() });

export const matchNameInput = z.object({ name: text('Tên', 300), limit: z.number().int().min(1).max(50).optional() });

export const addAliasInput = z.object({ id: id(), alias: text('Tên gọi khác', 300) });
