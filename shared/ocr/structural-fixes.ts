import { fold } from '../text/fold';
import { editDistance } from './edit-distance';
import type { CorrectionReason } from './types';

/** A replacement of text[start, end) in the uncorrected text. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  reason: CorrectionReason;
}

/**
 * Fixes to the fixed wording of the format, found by its place on a line: "Số:" before the number
 * and symbol, "ngày … tháng … năm" of the date line, "V/v" before the subject and the authority
 * markers KT./TM./TL./TUQ. before the signer's title. Digits are never touched.
 */
export function structuralEdits(text: string, isDoubtful: (start: number, end: number) => boolean): Edit[] {
  const edits: Edit[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    edits.push(...numberLineEdit(line, offset), ...dateLineEdits(line, offset, isDoubtful), ...subjectMarkerEdit(line, offset));
    edits.push(...authorityMarkerEdit(line, offset), ...archiveLineEdit(line, offset));
    offset += line.length + 1;
  }
  return edits;
}

/** "Sô 8161/SYT-KHTC", "Sổ; 8161/…" → "Số: 8161/…" on a line that starts with a capital S. */
function numberLineEdit(line: string, offset: number): Edit[] {
  const match = /^(\s*)(S\S{0,2}?)(\s*[:;.,]|)(\s*)(?=[\d ]*\/\S)/u.exec(line);
  if (!match) return [];
  const [, lead = '', word = '', punct = '', space = ''] = match;
  if (fold(word) !== 'so') return [];
  const rest = line.slice(match[0].length).trim();
  if (punct === '' && /\s/.test(rest)) return [];
  const original = word + punct + space;
  const replacement = `Số:${space === '' ? ' ' : space}`;
  if (original === replacement) return [];
  const start = offset + lead.length;
  return [{ start, end: start + original.length, replacement, reason: 'number-line' }];
}

const DATE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['ngay', 'ngày'],
  ['thang', 'tháng'],
  ['nam', 'năm'],
];
const DATE_PART = String.raw`(\d{1,2}|\.{2,}|…+|_+)`;
const DATE_LINE = new RegExp(String.raw`,\s*(\S{2,6})\s+${DATE_PART}\s+(\S{3,7})\s+${DATE_PART}\s+(\S{2,5})\s+(\d{4}|\.{2,}|…+|_+)`, 'u');

/** The words of "<Địa danh>, ngày 29 tháng 9 năm 2021", each within one letter of the real word. */
function dateLineEdits(line: string, offset: number, isDoubtful: (start: number, end: number) => boolean): Edit[] {
  const match = DATE_LINE.exec(line);
  if (!match) return [];
  const words = [match[1], match[3], match[5]];
  const foldedWords = words.map((w) => fold(w ?? '').replace(/[^a-z]/g, ''));
  const exactHits = foldedWords.filter((w, i) => w === DATE_WORDS[i]?.[0]).length;
  const isNear = foldedWords.every((w, i) => editDistance(w, DATE_WORDS[i]?.[0] ?? '', 1) <= 1);
  if (!isNear || exactHits < 2) return [];
  const edits: Edit[] = [];
  let cursor = match.index;
  for (const [i, word] of words.entries()) {
    if (!word) continue;
    const at = line.indexOf(word, cursor);
    cursor = at + word.length;
    const [folded, right] = DATE_WORDS[i] ?? ['', ''];
    if (word === right) continue;
    const start = offset + at;
    if (foldedWords[i] === folded && !isDoubtful(start, start + word.length)) continue;
    edits.push({ start, end: start + word.length, replacement: right, reason: 'date-line' });
  }
  return edits;
}

/** "V/ v", "VỊv", "V|v", "Vlv" at the start of a line → "V/v". */
function subjectMarkerEdit(line: string, offset: number): Edit[] {
  const match = /^(\s*)(V\s?[/|\\Il1ịỊiíìjJ!]\s?[vy]|V\s?\/\s?[vy])(?=\s+\p{Ll})/u.exec(line);
  if (!match) return [];
  const [, lead = '', marker = ''] = match;
  if (marker === 'V/v') return [];
  const start = offset + lead.length;
  return [{ start, end: start + marker.length, replacement: 'V/v', reason: 'subject-marker' }];
}

/** "KT, GIÁM ĐỐC", "TM: ỦY BAN NHÂN DÂN", "TL CHỦ TỊCH" → "KT. …" when the rest of the line is in capitals. */
function authorityMarkerEdit(line: string, offset: number): Edit[] {
  const match = /^(\s*)(KT|TM|TL|TUQ|Q)(\s?[.,:;·]|)(?=\s+\p{Lu})/u.exec(line);
  if (!match || line.length > 80) return [];
  const [, lead = '', marker = '', punct = ''] = match;
  const rest = line.slice(match[0].length).replace(/[^\p{L}]/gu, '');
  if (rest.length < 2 || rest !== rest.toLocaleUpperCase('vi')) return [];
  if (punct === '.' || (marker === 'Q' && punct === '')) return [];
  const start = offset + lead.length;
  return [{ start, end: start + marker.length + punct.length, replacement: `${marker}.`, reason: 'authority-marker' }];
}

/** "- Lưu: VI, KHTC." → "- Lưu: VT, KHTC.": the archive line always starts with VT (Văn thư). */
function archiveLineEdit(line: string, offset: number): Edit[] {
  const match = /^(\s*[-–•]?\s*)(\S{3,4}?)(\s*[:;.]\s*)(\S{2})(?=[,.;\s]|$)/u.exec(line);
  if (!match) return [];
  const [, lead = '', word = '', punct = '', code = ''] = match;
  // Only the shapes OCR makes of "VT" (VI, V1, YT, V7…), so a real "VP" stays.
  if (fold(word) !== 'luu' || code === 'VT' || !/^[VY][TIl1|7ÍÌĨỊ]$/u.test(code)) return [];
  const start = offset + lead.length + word.length + punct.length;
  return [{ start, end: start + code.length, replacement: 'VT', reason: 'phrase' }];
}
