import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ExtractedDocument, extractDocument } from '@shared/extract';

const DIR = new URL('../../fixtures/documents/', import.meta.url);
const SEEDS = ['seed-002', 'seed-003', 'seed-004'].map((name) => readFileSync(new URL(`${name}.txt`, DIR), 'utf8'));
const KEYS = [
  'kind',
  'kindCode',
  'number',
  'symbol',
  'numberAndSymbol',
  'issuer',
  'parentIssuer',
  'place',
  'date',
  'datePartial',
  'subject',
  'recipients',
  'signer',
  'distribution',
  'archive',
  'urgency',
  'secrecy',
  'references',
  'tasks',
  'issues',
];
const FRAGMENTS = [
  'Số: ',
  '/QĐ-UBND',
  ', ngày ',
  ' tháng ',
  ' năm 2024',
  'V/v ',
  'Kính gửi:',
  '\n',
  '\n\n',
  '- ',
  '1. ',
  '1.1. ',
  '(1) ',
  'a) ',
  'Điều 2. ',
  'Giao ',
  'Sở Y tế ',
  'chủ trì, phối hợp với ',
  'các cơ quan liên quan ',
  'trước ngày 30/11/2025',
  'trong tháng 10/2024',
  'định kỳ hằng tháng',
  'Nơi nhận:',
  '- Lưu: VT.',
  'KT. GIÁM ĐỐC',
  'TM. ỦY BAN NHÂN DÂN',
  'Nguyễn Văn An',
  'THÔNG BÁO',
  'KHẨN',
  '| STT | Nội dung | Chủ trì |',
  '**',
  '-------',
  'Văn bản số 12/UBND-VX ngày 01/02/2024 của UBND tỉnh',
  ' ',
  'của ',
  'đề nghị các ',
  '\u00a0',
  '\r\n',
  'ngay 5 thang 3 nam 2021',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'e\u0301',
  'Ð',
  '\t',
];

const nullableString = (v: unknown) => v === null || typeof v === 'string';
const stringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function collapse(text: string): string {
  return text.normalize('NFC').replace(/\*/g, '').replace(/Ð/g, 'Đ').replace(/\s+/g, ' ');
}

/** The corpus shape, and the verbatim fields copied from the text. */
function checkShape(result: ExtractedDocument, text: string): void {
  expect(Object.keys(result)).toEqual(KEYS);
  expect(typeof result.kind).toBe('string');
  for (const key of [
    'kindCode',
    'number',
    'symbol',
    'numberAndSymbol',
    'issuer',
    'parentIssuer',
    'place',
    'date',
    'subject',
    'archive',
    'urgency',
    'secrecy',
  ] as const) {
    expect(nullableString(result[key])).toBe(true);
  }
  if (result.date !== null) expect(result.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(result.datePartial === null || typeof result.datePartial === 'object').toBe(true);
  expect(stringArray(result.recipients) && stringArray(result.distribution) && stringArray(result.issues)).toBe(true);
  expect(Object.keys(result.signer)).toEqual(['authority', 'onBehalfOf', 'title', 'name']);
  for (const r of result.references) expect(Object.keys(r)).toEqual(['numberAndSymbol', 'kind', 'date', 'issuer']);
  const haystack = collapse(text);
  for (const task of result.tasks) {
    expect(Object.keys(task)).toEqual(['ref', 'lead', 'cooperating', 'summary', 'deadline', 'deadlineText']);
    expect(task.summary.split(' ').length).toBeLessThanOrEqual(20);
    for (const part of [task.lead, task.deadlineText, ...task.cooperating]) if (part) expect(haystack).toContain(part);
    if (task.deadline !== null) expect(task.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const part of [...result.recipients, ...result.distribution]) expect(haystack).toContain(part);
}

function checkSpans(text: string): void {
  const { result, spans } = extractDocument(text);
  checkShape(result, text);
  for (const span of Object.values(spans)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(span.confidence).toBeGreaterThanOrEqual(0);
    expect(span.confidence).toBeLessThanOrEqual(1);
  }
}

const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  kind: fc.constantFrom('insert', 'delete', 'repeat', 'strip-tones', 'upper'),
  fragment: fc.constantFrom(...FRAGMENTS),
  times: fc.integer({ min: 1, max: 50 }),
});

function mutate(text: string, ops: ReadonlyArray<{ at: number; length: number; kind: string; fragment: string; times: number }>): string {
  let out = text;
  for (const op of ops) {
    const at = out.length === 0 ? 0 : op.at % out.length;
    if (op.kind === 'insert') out = out.slice(0, at) + op.fragment.repeat(op.times) + out.slice(at);
    else if (op.kind === 'delete') out = out.slice(0, at) + out.slice(at + op.length);
    else if (op.kind === 'repeat') out = out.slice(0, at) + out.slice(at, at + op.length).repeat(op.times) + out.slice(at);
    else if (op.kind === 'strip-tones')
      out =
        out.slice(0, at) +
        out
          .slice(at, at + op.length * 10)
          .normalize('NFD')
          .replace(/\p{M}/gu, '') +
        out.slice(at + op.length * 10);
    else out = out.slice(0, at) + out.slice(at, at + op.length).toUpperCase() + out.slice(at + op.length);
  }
  return out;
}

describe('extractDocument properties', () => {
  it('never throws on random text and always returns the corpus shape', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        checkSpans(text);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws on documents assembled from document fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 400 }), (parts) => {
        checkSpans(parts.join(''));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('never throws on mutated seed documents and keeps verbatim fields verbatim', () => {
    fc.assert(
      fc.property(fc.nat({ max: SEEDS.length - 1 }), fc.array(mutation, { maxLength: 12 }), (seed, ops) => {
        checkSpans(mutate(SEEDS[seed] as string, ops));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('finishes documents of about 1 MB made of repeated fragments (no catastrophic backtracking)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS, ...SEEDS), fc.constantFrom('', '\n'), (fragment, separator) => {
        const unit = fragment + separator;
        const text = unit.repeat(Math.ceil(1_000_000 / Math.max(1, unit.length))).slice(0, 1_000_000);
        const { result } = extractDocument(text);
        expect(Object.keys(result)).toEqual(KEYS);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
