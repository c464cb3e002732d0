import { z } from 'zod';
import { id, text } from './common';
import { registerIncomingInput } from './incoming-schema';

const SHA256 = z.string().regex(/^[a-f0-9]{64}$/, 'Mã tệp không hợp lệ.');

/** What Tiếp nhận reads: a file already stored with attachments.stage, or pasted text. */
export const readIntakeInput = z
  .object({
    file: z.object({ sha256: SHA256, name: text('Tên tệp', 255) }).optional(),
    text: z.string().max(2_000_000, 'Văn bản dài quá 2 triệu ký tự.').optional(),
  })
  .refine((v) => (v.file === undefined) !== (v.text === undefined), 'Cần một tệp hoặc nội dung văn bản dán vào.')
  .refine((v) => v.text === undefined || v.text.trim() !== '', { message: 'Chưa có nội dung văn bản.', path: ['text'] });

/** A name found in the document that the clerk confirmed as another name of a directory entry. */
const aliasInput = z.object({ id: id('Danh mục'), alias: text('Tên khác', 300) });

/** The confirmed form: the registration (with its attachment, extraction and accepted tasks) and the new aliases. */
export const registerIntakeInput = z.object({
  document: registerIncomingInput,
  unitAliases: z.array(aliasInput).max(200).optional().default([]),
  bodyAliases: z.array(aliasInput).max(20).optional().default([]),
  /** The text read from the attached file, so search finds the document by its content. */
  attachmentTexts: z
    .array(z.object({ sha256: SHA256, text: z.string().max(2_000_000, 'Văn bản dài quá 2 triệu ký tự.') }))
    .max(20)
    .optional()
    .default([]),
});
