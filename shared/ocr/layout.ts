import { fold } from '../text/fold';
import type { OcrBox, OcrRegion } from './types';

/**
 * Reading order of one OCR'd page. Tesseract reads the two-column header of a Nghị định 30 document
 * row by row across both columns ("UBND TỈNH ĐỒNG NAI CỘNG HÒA XÃ HỘI …"); the extractor needs each
 * column as a block. Lines are cut where words are far apart, grouped into rows, and the header
 * (top rows split by a gutter, each column's lines centred on that column) and the signature block
 * (from "Nơi nhận:" down) are emitted left column first, then right column; the body stays in order.
 */

export interface LayoutWord {
  text: string;
  confidence: number;
  box: OcrBox;
}

export interface LayoutLine {
  words: LayoutWord[];
  /** True for the first line of a paragraph as the engine segmented it. */
  paragraphStart: boolean;
}

export interface PlacedLine {
  words: LayoutWord[];
  region: OcrRegion;
  /** A blank line goes before this one: new paragraph, new column or new region. */
  breakBefore: boolean;
  box: OcrBox;
  /**
   * Cut from an engine line that ran across both columns. Such a line is recognised at one scale
   * for both parts, so a small-print part beside large print (Nơi nhận beside the signer) reads badly.
   */
  isCut: boolean;
}

interface Segment {
  words: LayoutWord[];
  box: OcrBox;
  paragraphStart: boolean;
  isCut: boolean;
}

interface Row {
  segments: Segment[];
  y0: number;
  y1: number;
}

/** A gap wider than this many word heights separates columns, not words. */
const COLUMN_GAP_IN_HEIGHTS = 2.5;
/** How far (share of the text width) a header line's centre may sit from its column's centre. */
const CENTRE_TOLERANCE = 0.08;

export function orderPageLines(lines: readonly LayoutLine[], pageHeight: number): PlacedLine[] {
  const segments = lines.flatMap(splitAtColumnGaps).filter((s) => !isRuleNoise(s));
  if (segments.length === 0) return [];
  const rows = groupIntoRows(segments);
  const textLeft = Math.min(...segments.map((s) => s.box.x0));
  const textWidth = Math.max(...segments.map((s) => s.box.x1)) - textLeft;
  const header = findHeader(rows, pageHeight, textWidth);
  const footer = findFooter(rows, header ? header.end : 0, textWidth);
  const out: PlacedLine[] = [];
  let index = 0;
  while (index < rows.length) {
    if (header && index === header.start) {
      out.push(...columnLines(header.left, 'header-left', out.length > 0), ...columnLines(header.right, 'header-right', true));
      index = header.end;
    } else if (footer && index === footer.start) {
      out.push(...columnLines(footer.left, 'footer-left', true), ...columnLines(footer.right, 'footer-right', true));
      index = footer.end;
    } else {
      const row = rows[index] as Row;
      const previousRegion = out.at(-1)?.region ?? 'body';
      out.push(...bodyLines(row, out.length > 0 && (previousRegion !== 'body' || row.segments[0]?.paragraphStart === true)));
      index += 1;
    }
  }
  return out;
}

function boxOf(words: readonly LayoutWord[]): OcrBox {
  return {
    x0: Math.min(...words.map((w) => w.box.x0)),
    y0: Math.min(...words.map((w) => w.box.y0)),
    x1: Math.max(...words.map((w) => w.box.x1)),
    y1: Math.max(...words.map((w) => w.box.y1)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function splitAtColumnGaps(line: LayoutLine): Segment[] {
  const words = line.words.filter((w) => w.text.trim() !== '').sort((a, b) => a.box.x0 - b.box.x0);
  const first = words[0];
  if (!first) return [];
  const height = median(words.map((w) => w.box.y1 - w.box.y0));
  const groups: LayoutWord[][] = [[first]];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as LayoutWord;
    const previous = words[i - 1] as LayoutWord;
    if (word.box.x0 - previous.box.x1 > COLUMN_GAP_IN_HEIGHTS * height) groups.push([word]);
    else groups[groups.length - 1]?.push(word);
  }
  const isCut = groups.length > 1;
  return groups.map((group, i) => ({ words: group, box: boxOf(group), paragraphStart: i === 0 && line.paragraphStart, isCut }));
}

/** Underlines under the agency name and the Tiêu ngữ come out as "—", "___" or "-----". */
function isRuleNoise(segment: Segment): boolean {
  return /^[\s\-_—–=~.·•'"`,:;|]+$/u.test(segment.words.map((w) => w.text).join(' '));
}

function verticalOverlap(a: { y0: number; y1: number }, b: { y0: number; y1: number }): number {
  return Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
}

function groupIntoRows(segments: Segment[]): Row[] {
  const sorted = [...segments].sort((a, b) => a.box.y0 + a.box.y1 - (b.box.y0 + b.box.y1));
  const rows: Row[] = [];
  for (const segment of sorted) {
    const height = segment.box.y1 - segment.box.y0;
    const row = rows
      .slice(-3)
      .find((r) => verticalOverlap(r, segment.box) >= 0.4 * Math.min(height, r.y1 - r.y0) && !overlapsHorizontally(r, segment));
    if (row) {
      row.segments.push(segment);
      row.y0 = Math.min(row.y0, segment.box.y0);
      row.y1 = Math.max(row.y1, segment.box.y1);
    } else {
      rows.push({ segments: [segment], y0: segment.box.y0, y1: segment.box.y1 });
    }
  }
  for (const row of rows) row.segments.sort((a, b) => a.box.x0 - b.box.x0);
  return rows.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
}

function overlapsHorizontally(row: Row, segment: Segment): boolean {
  return row.segments.some((s) => Math.min(s.box.x1, segment.box.x1) > Math.max(s.box.x0, segment.box.x0));
}

interface Columns {
  start: number;
  end: number;
  left: Segment[];
  right: Segment[];
}

/** The row's segments on each side of its widest gap, or null for a one-segment row. */
function splitRow(row: Row): { left: Segment[]; right: Segment[]; gap: [number, number] } | null {
  let best = -1;
  let at = -1;
  for (let i = 1; i < row.segments.length; i++) {
    const gap = (row.segments[i] as Segment).box.x0 - (row.segments[i - 1] as Segment).box.x1;
    if (gap > best) [best, at] = [gap, i];
  }
  if (at < 0) return null;
  const left = row.segments.slice(0, at);
  const right = row.segments.slice(at);
  return { left, right, gap: [Math.max(...left.map((s) => s.box.x1)), Math.min(...right.map((s) => s.box.x0))] };
}

const centreOf = (segments: readonly Segment[]) =>
  (Math.min(...segments.map((s) => s.box.x0)) + Math.max(...segments.map((s) => s.box.x1))) / 2;
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function rowStartsBody(row: Row): boolean {
  const head = fold((row.segments[0]?.words ?? []).map((w) => w.text).join(' ')).replace(/[^a-z ]/g, '');
  return /^(kinh gui|can cu)\b/.test(head);
}

/**
 * The header: from a split row among the first three (top 40 % of the page, only short marks such as
 * "KHẨN" above it) while rows keep to the columns.
 */
function findHeader(rows: readonly Row[], pageHeight: number, textWidth: number): Columns | null {
  const tolerance = CENTRE_TOLERANCE * textWidth;
  const isShort = (r: Row) => Math.max(...r.segments.map((s) => s.box.x1)) - Math.min(...r.segments.map((s) => s.box.x0)) < 0.5 * textWidth;
  const start = rows.slice(0, 3).findIndex((r) => r.y0 < 0.4 * pageHeight && splitRow(r) !== null && !startsWithNoiNhan(r));
  if (start < 0 || !rows.slice(0, start).every(isShort)) return null;
  const first = splitRow(rows[start] as Row);
  if (!first) return null;
  const columns: Columns = { start, end: start + 1, left: [...first.left], right: [...first.right] };
  let gutter = first.gap;
  const fits = (segments: Segment[], side: Segment[]) => Math.abs(centreOf(segments) - mean(side.map((s) => centreOf([s])))) <= tolerance;
  for (let i = start + 1; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (rowStartsBody(row)) break;
    const split = splitRow(row);
    if (split) {
      const next: [number, number] = [Math.max(gutter[0], split.gap[0]), Math.min(gutter[1], split.gap[1])];
      if (next[0] >= next[1] || !fits(split.left, columns.left) || !fits(split.right, columns.right)) break;
      gutter = next;
      columns.left.push(...split.left);
      columns.right.push(...split.right);
    } else {
      const only = row.segments;
      const box = (only[0] as Segment).box;
      if (box.x1 <= gutter[1] && fits(only, columns.left)) columns.left.push(...only);
      else if (box.x0 >= gutter[0] && fits(only, columns.right)) columns.right.push(...only);
      else break;
    }
    columns.end = i + 1;
  }
  return columns.left.length > 0 && columns.right.length > 0 ? columns : null;
}

function startsWithNoiNhan(row: Row): boolean {
  const head = fold((row.segments[0]?.words ?? []).map((w) => w.text).join(' ')).replace(/[^a-z]/g, '');
  return head.startsWith('noinhan') || head.startsWith('noinh');
}

/** The signature block: from the "Nơi nhận:" row to the end, split at the gutter its split rows show. */
function findFooter(rows: readonly Row[], from: number, textWidth: number): Columns | null {
  const tolerance = CENTRE_TOLERANCE * textWidth;
  const start = rows.findIndex((r, i) => i >= from && startsWithNoiNhan(r));
  if (start < 0) return null;
  const splits = rows.slice(start).flatMap((r) => splitRow(r) ?? []);
  if (splits.length === 0) return null;
  const leftEdge = Math.max(...splits.flatMap((s) => s.left.map((x) => x.box.x1)));
  const rightEdge = Math.min(...splits.flatMap((s) => s.right.map((x) => x.box.x0)));
  const middle = (leftEdge + rightEdge) / 2;
  const columns: Columns = { start, end: start, left: [], right: [] };
  for (let i = start; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.segments.some((s) => s.box.x0 < middle && s.box.x1 > rightEdge + tolerance)) break;
    for (const segment of row.segments) (segment.box.x0 < middle ? columns.left : columns.right).push(segment);
    columns.end = i + 1;
  }
  return columns.end > start ? columns : null;
}

function columnLines(segments: readonly Segment[], region: OcrRegion, breakBefore: boolean): PlacedLine[] {
  return segments.map((s, i) => ({ words: s.words, region, breakBefore: i === 0 && breakBefore, box: s.box, isCut: s.isCut }));
}

/** A body row as one line; "Kính gửi: - A;" is cut after the colon so each addressee starts a line. */
function bodyLines(row: Row, breakBefore: boolean): PlacedLine[] {
  const words = row.segments.flatMap((s) => s.words);
  const cut = words.findIndex((w, i) => i > 0 && i <= 2 && w.text.startsWith('-'));
  const head = fold(
    words
      .slice(0, Math.max(cut, 0))
      .map((w) => w.text)
      .join(' '),
  );
  const parts = cut > 0 && /^kinh gui\s*:$/.test(head) ? [words.slice(0, cut), words.slice(cut)] : [words];
  return parts.map((part, i) => ({ words: part, region: 'body', breakBefore: i === 0 && breakBefore, box: boxOf(part), isCut: false }));
}
