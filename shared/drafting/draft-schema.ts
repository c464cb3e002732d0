import { z } from 'zod';
import '../schemas/common';
import { DOCUMENT_KINDS } from '../domain/document-kinds';
import { isValidIsoDate } from '../text/dates';

/**
 * The documented draft shape (docs/DRAFT-FORMAT.md): one administrative document being drafted, as
 * the editor saves it, the checker reads it and the DOCX/PDF renderers print it. Strings are stored
 * as the clerk typed them (NFC); the renderers add only the fixed parts of Phụ lục I (Quốc hiệu,
 * Tiêu ngữ, "Số:", the date phrase, "V/v", list dashes and their ";"/"." endings, upper case of
 * the header names and signer lines).
 */

export const DRAFT_SCHEMA_VERSION = 1;

/** The 29 administrative kinds of Nghị định 30 Điều 7 that an agency may issue. */
export const ISSUABLE_KIND_NAMES = DOCUMENT_KINDS.filter((k) => k.isAdministrative).map((k) => k.name);

export const AUTHORITY_MARKERS = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'] as const;
export const URGENCY_LEVELS = ['Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export const SECRECY_LEVELS = ['Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const BLOCK_ALIGNMENTS = ['justify', 'left', 'center', 'right'] as const;

const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A line of text as printed: NFC, no control characters (line breaks are not allowed inside a line). */
function line(label: string, max: number) {
  return z
    .string({ error: `${label}: phải là chữ.` })
    .max(max, `${label}: dài quá ${max} ký tự.`)
    .transform((s) => s.normalize('NFC'))
    .refine((s) => !CONTROL_CHARS.test(s) && !/[\r\n]/.test(s), `${label}: có ký tự điều khiển hoặc xuống dòng không hợp lệ.`);
}

function lines(label: string, maxItems: number, maxLength: number) {
  return z.array(line(label, maxLength), { error: `${label}: phải là danh sách.` }).max(maxItems, `${label}: nhiều quá ${maxItems} mục.`);
}

/** A piece of text with the three marks the editor allows. */
export const textRunSchema = z.object({
  text: z
    .string({ error: 'Nội dung: phải là chữ.' })
    .max(20_000, 'Nội dung: một đoạn dài quá 20.000 ký tự.')
    .transform((s) => s.normalize('NFC').replace(/\r\n?/g, '\n'))
    .refine((s) => !CONTROL_CHARS.test(s), 'Nội dung: có ký tự điều khiển không hợp lệ.'),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
});

const runs = z.array(textRunSchema).max(2_000, 'Nội dung: một đoạn có quá nhiều phần định dạng.');

/** A body paragraph: justified with a first-line indent unless told otherwise. */
const paragraphBlock = z.object({
  type: z.literal('paragraph'),
  runs,
  align: z.enum(BLOCK_ALIGNMENTS).optional(),
  /** false: no first-line indent (e.g. a centred line). Default true. */
  indent: z.boolean().optional(),
});

/** A bold section heading: "I. MỤC ĐÍCH, YÊU CẦU" (label "I.") or a centred "Chương I". */
const headingBlock = z.object({
  type: z.literal('heading'),
  label: line('Số mục', 20).optional(),
  runs,
  align: z.enum(['left', 'center']).optional(),
});

/** A numbered or lettered item: label "1.", "1.1.", "a)", "(1)" or "-" then the text. */
const itemBlock = z.object({
  type: z.literal('item'),
  label: line('Số mục', 20).refine((s) => s.trim().length > 0, 'Số mục: chưa nhập.'),
  runs,
});

/** "Điều N." (bold) followed by the article's text. */
const articleBlock = z.object({
  type: z.literal('article'),
  number: z.number({ error: 'Số điều: phải là số.' }).int('Số điều: phải là số nguyên.').min(1).max(999),
  runs,
});

export const bodyBlockSchema = z.discriminatedUnion('type', [paragraphBlock, headingBlock, itemBlock, articleBlock], {
  error: 'Khối nội dung không hợp lệ (chỉ có: paragraph, heading, item, article).',
});

export const signerSchema = z.object({
  /** Authority lines in printed order: [{ marker: 'KT.', onBehalfOf: 'GIÁM ĐỐC' }]. Empty when the head signs. */
  authority: z
    .array(
      z.object({
        marker: z.enum(AUTHORITY_MARKERS, { error: 'Thẩm quyền ký: chỉ có TM., KT., TL., TUQ., Q.' }),
        onBehalfOf: line('Thay mặt', 200),
      }),
    )
    .max(3, 'Thẩm quyền ký: nhiều nhất 3 dòng.'),
  /** The title line above the signature: "PHÓ GIÁM ĐỐC". */
  title: line('Chức vụ người ký', 200),
  name: line('Họ tên người ký', 100),
});

export const headerSchema = z.object({
  /** Cơ quan chủ quản trực tiếp, as entered ("UBND tỉnh Đồng Nai"); printed upper case. */
  parentName: line('Cơ quan chủ quản', 200).nullable(),
  /** Cơ quan ban hành ("Sở Y tế"); printed upper case and bold. */
  agencyName: line('Tên cơ quan ban hành', 200).refine((s) => s.trim().length > 0, 'Tên cơ quan ban hành: chưa nhập.'),
  /** The number given at issue ("8162", "05"); null while the draft is unnumbered ("Số:      /SYT-KHTC"). */
  number: line('Số văn bản', 20).nullable(),
  /** Ký hiệu: "SYT-KHTC" for a công văn, "QĐ-SYT" for a typed kind. */
  symbol: line('Ký hiệu', 60),
  place: line('Địa danh', 100),
  /** ISO date of issue; null prints "ngày     tháng     năm 20..". */
  date: z
    .string()
    .nullable()
    .refine((s) => s === null || isValidIsoDate(s), 'Ngày ban hành: ngày không hợp lệ.'),
  /** Abbreviation of the drafting unit (KHTC): used in the ký hiệu of a công văn and in "Lưu: VT, KHTC.". */
  draftingUnit: line('Đơn vị soạn thảo', 30).nullable(),
  urgency: z.enum(URGENCY_LEVELS).nullable(),
  secrecy: z.enum(SECRECY_LEVELS).nullable(),
});

export const draftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION, { error: `Phiên bản dữ liệu dự thảo phải là ${DRAFT_SCHEMA_VERSION}.` }),
  kind: z.string().refine((k) => ISSUABLE_KIND_NAMES.includes(k), 'Tên loại văn bản không có trong Nghị định 30/2020 (Điều 7).'),
  header: headerSchema,
  /** Trích yếu without "V/v" or "Về việc" prefixes added by the renderer (a công văn prints "V/v " + subject). */
  subject: line('Trích yếu', 1_000),
  /** Quyết định: the issuing authority line under the title ("GIÁM ĐỐC SỞ Y TẾ"). */
  issuingAuthority: line('Thẩm quyền ban hành', 300).nullable(),
  /** Kính gửi (lead "Kính gửi:"), Công điện ("GIÁM ĐỐC SỞ Y TẾ điện:"), Giấy mời ("… trân trọng kính mời:"). */
  recipients: z.object({ lead: line('Lời dẫn nơi gửi', 300), items: lines('Nơi gửi', 100, 500) }).nullable(),
  /** Căn cứ / Theo đề nghị lines, each as printed with its ";" or final ".". */
  legalBases: lines('Căn cứ', 50, 2_000),
  body: z.array(bodyBlockSchema).max(5_000, 'Nội dung: quá nhiều đoạn.'),
  signer: signerSchema,
  /** A second signature on the left (Biên bản: THƯ KÝ). */
  secondarySigner: z.object({ title: line('Chức danh', 200), name: line('Họ tên', 100) }).nullable(),
  /** Nơi nhận items without the leading "- " and the ending ";" ("Như trên", "Ban Giám đốc Sở"). */
  distribution: lines('Nơi nhận', 100, 500),
  /** What follows "Lưu:" without the final ".": "VT, KHTC". */
  archive: line('Lưu', 200),
  /** Box 12: drafter initials and copies, "PL.(300)". */
  drafterMark: line('Ký hiệu người soạn thảo', 50).nullable(),
});

export type TextRun = z.output<typeof textRunSchema>;
export type BodyBlock = z.output<typeof bodyBlockSchema>;
export type SignerBlock = z.output<typeof signerSchema>;
export type DraftHeader = z.output<typeof headerSchema>;
export type Draft = z.output<typeof draftSchema>;
export type AuthorityMarker = (typeof AUTHORITY_MARKERS)[number];
export type UrgencyLevel = (typeof URGENCY_LEVELS)[number];
export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];

export type DraftParseResult = { ok: true; draft: Draft } | { ok: false; errors: string[] };

/** Validates untrusted JSON (a file, an IPC call) as a draft; errors are Vietnamese, one per problem, with its path. */
export function parseDraft(value: unknown): DraftParseResult {
  const result = draftSchema.safeParse(value);
  if (result.success) return { ok: true, draft: result.data };
  const errors = result.error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${path}${issue.message}`;
  });
  return { ok: false, errors };
}
