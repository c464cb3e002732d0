import { z } from 'zod';

/**
 * The extraction JSON of ../shared/corpus/README.md as a zod schema: every key present, in order,
 * scalars null when absent and lists [] when empty. Used by the scorer to read truth files and by the
 * corpus test to keep every tests/fixtures/documents/*.json in shape.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const text = z.string().min(1);

export const taskSchema = z.strictObject({
  ref: text.nullable(),
  lead: text.nullable(),
  cooperating: z.array(text),
  summary: text,
  deadline: isoDate.nullable(),
  deadlineText: text.nullable(),
});

export const referenceSchema = z.strictObject({
  numberAndSymbol: text,
  kind: text.nullable(),
  date: isoDate.nullable(),
  issuer: text.nullable(),
});

export const extractionSchema = z.strictObject({
  kind: z.enum([
    'Công văn',
    'Thông báo',
    'Quyết định',
    'Kế hoạch',
    'Giấy mời',
    'Báo cáo',
    'Tờ trình',
    'Công điện',
    'Chỉ thị',
    'Hướng dẫn',
    'Nghị quyết',
    'Chương trình',
    'Phương án',
    'Đề án',
  ]),
  kindCode: text.nullable(),
  number: z
    .string()
    .regex(/^\d+(-\p{L}+)?$/u)
    .nullable(),
  symbol: text.nullable(),
  numberAndSymbol: text.nullable(),
  issuer: text.nullable(),
  parentIssuer: text.nullable(),
  place: text.nullable(),
  date: isoDate.nullable(),
  datePartial: z
    .strictObject({ day: z.null(), month: z.number().int().min(1).max(12).nullable(), year: z.number().int().nullable() })
    .nullable(),
  subject: text.nullable(),
  recipients: z.array(text),
  signer: z.strictObject({
    authority: text.nullable(),
    onBehalfOf: text.nullable(),
    title: text.nullable(),
    name: text.nullable(),
  }),
  distribution: z.array(text),
  archive: text.nullable(),
  urgency: z.enum(['Khẩn', 'Thượng khẩn', 'Hỏa tốc']).nullable(),
  secrecy: z.enum(['Mật', 'Tối mật', 'Tuyệt mật']).nullable(),
  references: z.array(referenceSchema),
  tasks: z.array(taskSchema),
  issues: z.array(z.string().regex(/^(DUPLICATE_ITEM_NUMBER|NUMBERING_SEQUENCE|REFERENCE_DATE_CONFLICT)\b/u)),
});

export type Extraction = z.infer<typeof extractionSchema>;
export type ExtractedTask = z.infer<typeof taskSchema>;

/** The top-level keys in the README's order. */
export const EXTRACTION_KEYS = Object.keys(extractionSchema.shape) as (keyof Extraction)[];
