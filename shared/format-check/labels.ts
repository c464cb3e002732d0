/**
 * Item labels of administrative documents: Phần/mục "I.", Điều "Điều 1.", khoản "1." and "1.1.",
 * "(1)", điểm "a)". Điểm letters follow the Vietnamese alphabet (a b c d đ e g h i k …): there is
 * no f, j, w or z.
 */

export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const NON_VIETNAMESE_LETTERS = new Set(['f', 'j', 'w', 'z']);

export type LabelType = 'roman' | 'article' | 'arabic' | 'dotted2' | 'dotted3' | 'paren' | 'letter';

export interface ParsedLabel {
  type: LabelType;
  /** The label as printed ("1.3.", "a)", "Điều 2."). */
  printed: string;
  /** Position in its series, 1-based (a → 1, đ → 5); NaN for a letter outside the alphabet. */
  value: number;
  /** Dotted labels: the components before the last ("2.1." → [2]). */
  prefix: number[];
  /** A form to correct: "a." for "a)", "Điều 1:" for "Điều 1.". */
  badForm: { expected: string } | null;
  letter: string | null;
}

/** Nesting rank: a label closes every open series of a higher rank. */
export const RANK: Record<LabelType, number> = { roman: 1, article: 1, arabic: 2, dotted2: 3, dotted3: 4, paren: 5, letter: 6 };

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanToInt(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[roman.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function intToRoman(value: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let out = '';
  for (const [n, s] of table) {
    while (rest >= n) {
      out += s;
      rest -= n;
    }
  }
  return out;
}

export function letterAt(position: number): string | null {
  return VIETNAMESE_LETTERS.charAt(position - 1) || null;
}

export function parseLabel(text: string): ParsedLabel | null {
  const t = text.trim();
  let m = /^Điều\s+(\d{1,3})\s*([.:]?)/u.exec(t);
  if (m) {
    const n = Number(m[1]);
    return {
      type: 'article',
      printed: m[0],
      value: n,
      prefix: [],
      badForm: m[2] === '.' ? null : { expected: `Điều ${n}.` },
      letter: null,
    };
  }
  m = /^([IVXLC]+)\.\s/u.exec(t);
  if (m?.[1]) return { type: 'roman', printed: `${m[1]}.`, value: romanToInt(m[1]), prefix: [], badForm: null, letter: null };
  m = /^(\d{1,2}(?:\.\d{1,2}){1,2})(\.?)\s/u.exec(t);
  if (m?.[1]) {
    const parts = m[1].split('.').map(Number);
    const last = parts.pop() ?? 0;
    const type: LabelType = parts.length === 1 ? 'dotted2' : 'dotted3';
    return { type, printed: `${m[1]}${m[2] ?? ''}`, value: last, prefix: parts, badForm: null, letter: null };
  }
  m = /^(\d{1,3})\.\s/u.exec(t);
  if (m?.[1]) return { type: 'arabic', printed: `${m[1]}.`, value: Number(m[1]), prefix: [], badForm: null, letter: null };
  m = /^\((\d{1,3})\)\s/u.exec(t);
  if (m?.[1]) return { type: 'paren', printed: `(${m[1]})`, value: Number(m[1]), prefix: [], badForm: null, letter: null };
  m = /^([a-zđ])([).])\s/u.exec(t);
  if (m?.[1]) {
    const letter = m[1];
    const position = NON_VIETNAMESE_LETTERS.has(letter) ? Number.NaN : VIETNAMESE_LETTERS.indexOf(letter) + 1;
    return {
      type: 'letter',
      printed: `${letter}${m[2]}`,
      value: position,
      prefix: [],
      badForm: m[2] === ')' ? null : { expected: `${letter})` },
      letter,
    };
  }
  return null;
}

/** The printed label of a position in a series of the given type ("2.4.", "đ)", "III."). */
export function formatLabel(type: LabelType, value: number, prefix: readonly number[]): string {
  switch (type) {
    case 'roman':
      return `${intToRoman(value)}.`;
    case 'article':
      return `Điều ${value}.`;
    case 'arabic':
      return `${value}.`;
    case 'dotted2':
    case 'dotted3':
      return `${[...prefix, value].join('.')}.`;
    case 'paren':
      return `(${value})`;
    case 'letter':
      return `${letterAt(value) ?? '?'})`;
  }
}
