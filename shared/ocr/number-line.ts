import { DOCUMENT_KINDS } from '../domain/document-kinds';
import { initialsOf } from '../domain/org-names';
import { fold } from '../text/fold';
import { editDistance } from './edit-distance';

/**
 * Plausibility of the header's "Số: 15/QĐ-UBND" and "<Địa danh>, ngày … tháng … năm …" lines, so the
 * OCR pipeline can tell a misread ("8161/S5YT-KHTC") from a good reading and re-read the line.
 */

/** The number-and-symbol token of a "Số:" line ("8161/SYT-KHTC", "/GM-UBND"), or null. */
export function numberSymbolOf(line: string): string | null {
  const match = /^\s*S\S{0,2}\s*[:;.,]?\s*([\d\s]*\/\S+)/u.exec(line.normalize('NFC'));
  if (!match?.[1]) return null;
  const head = line.trim().split(/[\s:;.,]/)[0] ?? '';
  if (fold(head) !== 'so') return null;
  return match[1].replace(/\s+/g, '');
}

/** True when the line looks like the header's "Số:" line (capital S, then a number or a blank, then "/"). */
export function isNumberLine(line: string): boolean {
  return /^\s*S/u.test(line) && numberSymbolOf(line) !== null;
}

const LETTER_GROUP = /^[\p{Lu}&][\p{L}&]*$/u;
const LETTERS_THEN_NUMBER = /^\p{Lu}[\p{Lu}&]+\d{2,}$/u;

/**
 * Score of a number-and-symbol reading: −1 when impossible as printed (a digit inside a letter group,
 * letters in the number), otherwise 1 plus one per group that is a known code (type codes, the
 * directory's abbreviations and name initials).
 */
export function numberSymbolScore(token: string, knownCodes: ReadonlySet<string>): number {
  const slash = token.indexOf('/');
  if (slash < 0) return -1;
  const number = token.slice(0, slash);
  if (!/^\d{0,6}$/.test(number)) return -1;
  const groups = token
    .slice(slash + 1)
    .replace(/[.,;:]+$/, '')
    .split(/[-/]/);
  let score = 1;
  for (const [index, group] of groups.entries()) {
    const isYear = index === 0 && groups.length > 1 && /^(19|20)\d{2}$/.test(group);
    if (isYear) continue;
    if (!LETTER_GROUP.test(group) && !LETTERS_THEN_NUMBER.test(group)) return -1;
    if (knownCodes.has(group.toUpperCase())) score += 1;
  }
  return score;
}

/**
 * A reading worth a second look: impossible, or with a group one letter away from a known code
 * ("SVT" where the directory knows "SYT").
 */
export function isDoubtfulNumberSymbol(token: string, knownCodes: ReadonlySet<string>): boolean {
  if (numberSymbolScore(token, knownCodes) < 0) return true;
  const groups = token.slice(token.indexOf('/') + 1).split(/[-/]/);
  return groups.some((group) => {
    const upper = group.toUpperCase();
    if (knownCodes.has(upper) || upper.length < 2) return false;
    for (const code of knownCodes) if (code.length === upper.length && editDistance(code, upper, 1) === 1) return true;
    return false;
  });
}

/** Codes a ký hiệu may contain: the type codes, abbreviations among the names, and the names' initials. */
export function knownCodesFrom(names: readonly string[]): Set<string> {
  const codes = new Set<string>(['UBND', 'HĐND', 'VP', 'VPCP', 'VT']);
  for (const kind of DOCUMENT_KINDS) if (kind.code) codes.add(kind.code.toUpperCase());
  for (const name of names) {
    const clean = name.normalize('NFC').trim();
    if (/^[\p{Lu}&-]{2,12}$/u.test(clean)) for (const part of clean.split('-')) if (part) codes.add(part);
    const initials = initialsOf(clean).toUpperCase();
    // "Phòng Kế hoạch – Tài chính" is coded KHTC: its initials without the kind word.
    for (const code of [initials, initials.slice(1)]) if (code.length >= 2) codes.add(code);
  }
  return codes;
}

/** "<place>, ngày 29 tháng 9 năm 2021": the words right, a real day and month, a four-digit year. */
export function isPlausibleDateLine(line: string): boolean {
  const match = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b/.exec(fold(line));
  if (!match) return false;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1945 && year <= 2100;
}

/** True when the line is meant as a date line ("…, ngày … tháng … năm …"), read well or not. */
export function looksLikeDateLine(line: string): boolean {
  return /,\s*ng\S{0,3}\s+\S{1,3}\s+th\S{1,4}\s+\S{1,3}\s+n\S{1,3}\s+\S{2,5}\s*$/u.test(fold(line));
}
