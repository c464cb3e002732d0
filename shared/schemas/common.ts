import { z } from 'zod';
import { isValidIsoDate, isValidIsoMonth } from '../text/dates';

// Default messages of every schema (forms and API alike) in Vietnamese; fields add their own labels.
z.config(z.locales.vi());

/** Control characters other than tab and newline never belong in a record. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A line of text: NFC, trimmed, no control characters, bounded. Empty is refused unless optional. */
export function text(label: string, max = 500) {
  return z
    .string({ error: `${label}: phải là chữ.` })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, `${label}: chưa nhập.`)
        .max(max, `${label}: dài quá ${max} ký tự.`)
        .refine((s) => !CONTROL_CHARS.test(s), `${label}: có ký tự điều khiển không hợp lệ.`),
    );
}

/** Optional text: missing, null or blank all become null. */
export function optionalText(label: string, max = 500) {
  return z
    .union([z.string({ error: `${label}: phải là chữ.` }), z.null()])
    .optional()
    .transform((s) => (s == null ? null : s.normalize('NFC').trim() || null))
    .pipe(
      z
        .string()
        .max(max, `${label}: dài quá ${max} ký tự.`)
        .refine((s) => !CONTROL_CHARS.test(s), `${label}: có ký tự điều khiển không hợp lệ.`)
        .nullable(),
    );
}

/** A calendar date as 'YYYY-MM-DD' that exists (no 31/02). */
export function isoDate(label: string) {
  return z.string({ error: `${label}: chưa nhập ngày.` }).refine(isValidIsoDate, `${label}: ngày không hợp lệ.`);
}

/** A full date, or only month and year for a document printed with a blank day. */
export function isoDateOrMonth(label: string) {
  return z
    .string({ error: `${label}: chưa nhập ngày.` })
    .refine((s) => isValidIsoDate(s) || isValidIsoMonth(s), `${label}: ngày không hợp lệ.`);
}

export function optionalIsoDate(label: string) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .transform((s) => (s == null || s === '' ? null : s))
    .refine((s) => s === null || isValidIsoDate(s), `${label}: ngày không hợp lệ.`);
}

export function id(label = 'Mã') {
  return z
    .number({ error: `${label}: phải là số.` })
    .int(`${label}: phải là số nguyên.`)
    .positive(`${label}: không hợp lệ.`)
    .max(Number.MAX_SAFE_INTEGER);
}

export const EMPTY_INPUT = z.object({}).strict();

/** A list of short strings such as aliases: trimmed, blanks dropped, duplicates removed. */
export function stringList(label: string, maxItems = 50, maxLength = 300) {
  return z
    .array(z.string({ error: `${label}: phải là chữ.` }), { error: `${label}: phải là danh sách.` })
    .max(maxItems, `${label}: nhiều quá ${maxItems} mục.`)
    .optional()
    .transform((items) => {
      const seen = new Set<string>();
      const out: string[] = [];
      for (const raw of items ?? []) {
        const s = raw.normalize('NFC').trim();
        if (s && !seen.has(s)) {
          seen.add(s);
          out.push(s);
        }
      }
      return out;
    })
    .pipe(
      z.array(
        z
          .string()
          .max(maxLength, `${label}: một mục dài quá ${maxLength} ký tự.`)
          .refine((s) => !CONTROL_CHARS.test(s), `${label}: có ký tự điều khiển không hợp lệ.`),
      ),
    );
}
