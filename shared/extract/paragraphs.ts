import type { Line } from './normalise';
import { endsOpen, isBulletStart, isUpperLine, startsLower } from './text-utils';

/**
 * Paragraphs of the body: a DOCX copy has one line per paragraph; a PDF or OCR copy wraps lines,
 * so a line that does not end a sentence is joined with the next unless that one starts an item. A
 * line starting in lower case continues the paragraph even across a blank line (OCR breaks).
 */
export interface Para {
  text: string;
  fold: string;
  /** Index of the first line in the line list. */
  lineIndex: number;
  /** [paragraph offset, normalised-text offset] at the start of each joined line. */
  segs: Array<readonly [number, number]>;
}

const LABEL_START = /^(?:dieu\s+\d+|[ivx]+[.)]\s|\d+(?:\.\d+)*[.)]?\s|\(\d+\)|\([a-z]\)|[a-z][).]\s|[-–+•·])/;

export function startsItem(line: Line): boolean {
  return LABEL_START.test(line.fold) || isBulletStart(line.text);
}

export function buildParagraphs(lines: readonly Line[], from: number, to: number): Para[] {
  const paras: Para[] = [];
  let current: Para | null = null;
  let lastLine: Line | null = null;
  let blankSince = false;
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (line.text === '' || line.cells) {
      blankSince = true;
      if (line.cells) current = null;
      continue;
    }
    const joins = current !== null && lastLine !== null && continues(lastLine, line, blankSince);
    if (joins && current) {
      const offset = current.text.length + 1;
      current.text += ` ${line.text}`;
      current.fold += ` ${line.fold}`;
      current.segs.push([offset, line.start]);
    } else {
      current = { text: line.text, fold: line.fold, lineIndex: i, segs: [[0, line.start]] };
      paras.push(current);
    }
    lastLine = line;
    blankSince = false;
  }
  return paras;
}

function continues(previous: Line, next: Line, blankBetween: boolean): boolean {
  if (startsItem(next)) return false;
  if (startsLower(next.text)) return !/[:]$/.test(previous.text) || !blankBetween;
  if (blankBetween) return false;
  if (/[.:;!?]$/.test(previous.text)) return false;
  if (isUpperLine(previous.text) || isUpperLine(next.text)) return false;
  return previous.text.length >= 60 || endsOpen(previous.text);
}

/** Normalised-text offset of a paragraph offset. */
export function paraOffset(para: Para, offset: number): number {
  let lo = 0;
  let hi = para.segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((para.segs[mid]?.[0] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const base = para.segs[lo] ?? ([0, 0] as const);
  return base[1] + (offset - base[0]);
}
