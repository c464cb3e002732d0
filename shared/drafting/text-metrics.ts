/**
 * Advance widths (1/1000 em) of Times New Roman and its metric-compatible substitutes (Tinos,
 * Liberation Serif 2), measured in Chromium on Tinos at 1000 px. Vietnamese tone marks, breve and
 * circumflex do not change a letter's advance; the horn does (Ơ, Ư). Used to size the short rules
 * under the agency name, the Tiêu ngữ and the trích yếu (Phụ lục I: 1/3–1/2 of the text, or as long as it).
 */
const CHARS = '0123456789 !"#$%&\'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ĐđƠơƯư–—…“”';

const REGULAR: readonly number[] = [
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 278,
  278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722,
  722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500,
  500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 722, 500, 722, 529, 776, 542, 500, 1000, 1000, 444, 444,
];

const BOLD: readonly number[] = [
  500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 333,
  333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722,
  722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556,
  556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 722, 556, 778, 554, 796, 600, 500, 1000, 1000, 500, 500,
];

const INDEX = new Map<string, number>([...CHARS].map((c, i) => [c, i]));
const FALLBACK_EM = 0.5;
const PT_TO_MM = 25.4 / 72;

/** The letter whose advance a Vietnamese letter shares: tones, breve and circumflex removed, the horn kept. */
function baseLetter(char: string): string {
  const decomposed = char.normalize('NFD');
  const base = decomposed.charAt(0);
  if (!decomposed.includes('\u031B')) return base;
  return `${base}\u031B`.normalize('NFC');
}

function advanceEm(char: string, isBold: boolean): number {
  const table = isBold ? BOLD : REGULAR;
  const index = INDEX.get(char) ?? INDEX.get(baseLetter(char));
  const width = index === undefined ? undefined : table[index];
  return width === undefined ? FALLBACK_EM : width / 1000;
}

/** Width of a single line of text in millimetres at the given size. */
export function textWidthMm(text: string, sizePt: number, isBold: boolean): number {
  let em = 0;
  for (const char of text.normalize('NFC')) em += advanceEm(char, isBold);
  return em * sizePt * PT_TO_MM;
}

/**
 * Width of the widest line the text takes when wrapped at word boundaries inside a column:
 * what a "1/3–1/2 of the text length" rule measures against.
 */
export function wrappedWidthMm(text: string, sizePt: number, isBold: boolean, columnMm: number): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const space = textWidthMm(' ', sizePt, isBold);
  let widest = 0;
  let current = 0;
  for (const word of words) {
    const width = textWidthMm(word, sizePt, isBold);
    const next = current === 0 ? width : current + space + width;
    if (next > columnMm && current > 0) {
      widest = Math.max(widest, current);
      current = width;
    } else {
      current = next;
    }
  }
  return Math.min(Math.max(widest, current), columnMm);
}
