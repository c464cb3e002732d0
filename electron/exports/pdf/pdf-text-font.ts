import type { PDFFont } from 'pdf-lib';

/**
 * An embedded (subset) pdf-lib font with the two per-word costs cached: the advance width and the
 * glyph codes. Text is laid out word by word (a register repeats its issuers, kinds and dates), so
 * a 10,000-line register asks fontkit for each distinct word once instead of for every line.
 */
export class PdfTextFont {
  /** The name under which pages refer to this font in their resources (/F1, /F2, …). */
  readonly key: string;
  private readonly widths = new Map<string, number>();
  private readonly codes = new Map<string, string>();
  readonly spaceWidth: number;
  private readonly spaceCode: string;

  constructor(
    readonly font: PDFFont,
    key: string,
  ) {
    this.key = key;
    this.spaceWidth = font.widthOfTextAtSize(' ', 1000) / 1000;
    this.spaceCode = font.encodeText(' ').asString();
  }

  /** Width of one word (no spaces) at 1 pt. */
  width(word: string): number {
    let w = this.widths.get(word);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(word, 1000) / 1000;
      this.widths.set(word, w);
    }
    return w;
  }

  /** Width at 1 pt of words joined by single spaces. */
  lineWidth(words: readonly string[]): number {
    let total = 0;
    for (const word of words) total += this.width(word);
    return total + Math.max(0, words.length - 1) * this.spaceWidth;
  }

  /** The hex glyph codes (without angle brackets) of words joined by single spaces. */
  hex(words: readonly string[]): string {
    let out = '';
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      let code = this.codes.get(word);
      if (code === undefined) {
        code = this.font.encodeText(word).asString();
        this.codes.set(word, code);
      }
      out += i === 0 ? code : this.spaceCode + code;
    }
    return out;
  }

  /**
   * Breaks text into lines no wider than maxWidth at `size`, at spaces; a word longer than a line is
   * cut between characters (CSS overflow-wrap: anywhere, as the HTML register did). Runs of white
   * space (new lines included) count as one space, as in HTML.
   */
  wrap(text: string, size: number, maxWidth: number): string[][] {
    const words = splitWords(text);
    if (words.length === 0) return [];
    const limit = maxWidth / size;
    const lines: string[][] = [];
    let line: string[] = [];
    let width = 0;
    for (const whole of words) {
      let word = whole;
      for (;;) {
        const w = this.width(word);
        const room = line.length === 0 ? limit : limit - width - this.spaceWidth;
        if (w <= room) {
          line.push(word);
          width = line.length === 1 ? w : width + this.spaceWidth + w;
          break;
        }
        const head = this.hyphenHead(word, room) ?? (line.length === 0 ? this.cutHead(word, limit) : null);
        if (head) {
          line.push(head);
          word = word.slice(head.length);
        }
        if (line.length > 0) lines.push(line);
        line = [];
        width = 0;
      }
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  /**
   * The longest start of a word ending in a hyphen that fits in `room` (a browser may break a line
   * after "-" when a letter follows, as in "10000/UBND-" "VX"); null when there is none.
   */
  private hyphenHead(word: string, room: number): string | null {
    for (let i = word.length - 2; i > 0; i--) {
      if (word[i] !== '-' || /[0-9-]/.test(word[i + 1] ?? '')) continue;
      const head = word.slice(0, i + 1);
      if (this.width(head) <= room) return head;
    }
    return null;
  }

  /** The longest start of a word (at least one character) that fits in `limit` (CSS overflow-wrap: anywhere). */
  private cutHead(word: string, limit: number): string {
    let head = '';
    for (const ch of word) {
      if (head !== '' && this.width(head + ch) > limit) break;
      head += ch;
    }
    return head;
  }
}

/** Characters a browser prints as nothing (zero-width spaces and joiners, soft hyphens, BOM, controls). */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Words of a cell or heading, in NFC (Tinos and Times draw precomposed Vietnamese letters). */
export function splitWords(text: string): string[] {
  const trimmed = text.replace(INVISIBLE, '').normalize('NFC').trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}
