import { correctOcrText, mapOffset, type WordConfidence } from '@shared/ocr/correct';
import type { LayoutWord } from '@shared/ocr/layout';
import { numberSymbolScore } from '@shared/ocr/number-line';
import type { OcrCorrection, OcrLineResult, OcrPageResult, OcrResult } from '@shared/ocr/types';
import type { PageReading } from './page-reader';

/**
 * Pages in reading order → one text (a blank line between paragraphs, columns and pages), corrected
 * against the known names and phrases, with every line and word located in the final text and the
 * doubtful lines listed for the clerk.
 */

/** A line whose mean word confidence is under this is shown to the clerk for checking. */
export const LOW_LINE_CONFIDENCE = 70;
/** A word under this makes its line doubtful (ký hiệu tokens are judged by their form instead). */
export const LOW_WORD_CONFIDENCE = 50;

interface RawLine {
  page: number;
  offset: number;
  line: OcrLineResult;
}

export function assembleResult(
  pages: readonly PageReading[],
  knownNames: readonly string[],
  knownCodes: ReadonlySet<string>,
  durationMs: number,
): OcrResult {
  const raw = layOut(pages);
  const { text, corrections } = correctOcrText(raw.text, { knownNames, wordConfidences: raw.wordConfidences });
  const moved = raw.lines.map(({ page, line }) => ({ page, line: relocate(line, corrections, text) }));
  const rereadCorrections = rereadsAsCorrections(pages, raw.lines, corrections);
  const results: OcrPageResult[] = pages.map((reading, i) => {
    const lines = moved.filter((m) => m.page === i).map((m) => m.line);
    const start = mapOffset(corrections, raw.pageSpans[i]?.start ?? 0);
    const end = mapOffset(corrections, raw.pageSpans[i]?.end ?? 0, true);
    return {
      number: reading.number,
      confidence: Math.round(reading.confidence * 10) / 10,
      rotation: reading.rotation,
      skewDegrees: reading.skewDegrees,
      width: reading.width,
      height: reading.height,
      dpi: reading.dpi === null ? null : Math.round(reading.dpi),
      offset: start,
      length: end - start,
      lines,
      lowConfidenceLines: lines.filter((l) => isDoubtful(l, knownCodes)),
    };
  });
  const allCorrections = [...corrections, ...rereadCorrections].sort((a, b) => a.offset - b.offset);
  return { text, pages: results, corrections: allCorrections, durationMs };
}

function layOut(pages: readonly PageReading[]) {
  let text = '';
  const lines: RawLine[] = [];
  const wordConfidences: WordConfidence[] = [];
  const pageSpans: Array<{ start: number; end: number }> = [];
  pages.forEach((page, pageIndex) => {
    if (text !== '') text += '\n\n';
    const start = text.length;
    page.lines.forEach((placed, i) => {
      if (i > 0) text += placed.breakBefore ? '\n\n' : '\n';
      const offset = text.length;
      const words = placed.words.map((w, j) => {
        if (j > 0) text += ' ';
        const word = { text: w.text, confidence: Math.round(w.confidence), offset: text.length, length: w.text.length };
        text += w.text;
        wordConfidences.push({ offset: word.offset, length: word.length, confidence: w.confidence });
        return word;
      });
      const lineText = text.slice(offset);
      lines.push({
        page: pageIndex,
        offset,
        line: {
          text: lineText,
          confidence: Math.round(meanConfidence(placed.words)),
          region: placed.region,
          offset,
          length: lineText.length,
          box: placed.box,
          words,
        },
      });
    });
    pageSpans.push({ start, end: text.length });
  });
  return { text, lines, wordConfidences, pageSpans };
}

function meanConfidence(words: readonly LayoutWord[]): number {
  return words.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, words.length);
}

function relocate(line: OcrLineResult, corrections: readonly OcrCorrection[], text: string): OcrLineResult {
  if (corrections.length === 0) return line;
  const offset = mapOffset(corrections, line.offset);
  const end = mapOffset(corrections, line.offset + line.length, true);
  const words = line.words.map((w) => {
    const start = mapOffset(corrections, w.offset);
    const length = mapOffset(corrections, w.offset + w.length, true) - start;
    return { ...w, offset: start, length, text: text.slice(start, start + length) };
  });
  return { ...line, offset, length: end - offset, words, text: text.slice(offset, end) };
}

/**
 * A line the clerk should check: a doubtful word, an impossible ký hiệu, or a low mean confidence.
 * Possible ký hiệu tokens ("8161/SYT-KHTC") are judged by their form only: Tesseract scores them
 * low even when right, as they are in no dictionary.
 */
function isDoubtful(line: OcrLineResult, knownCodes: ReadonlySet<string>): boolean {
  const isCode = (text: string) => /\d/.test(text) && text.includes('/') && /\p{L}/u.test(text);
  const codeScore = (text: string) => numberSymbolScore(text.replace(/[.,;:)]+$/, '').replace(/^\(/, ''), knownCodes);
  const plain = line.words.filter((w) => !isCode(w.text));
  if (line.words.some((w) => isCode(w.text) && codeScore(w.text) < 0)) return true;
  if (plain.some((w) => w.confidence < LOW_WORD_CONFIDENCE)) return true;
  const mean = plain.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, plain.length);
  return plain.length > 0 && mean < LOW_LINE_CONFIDENCE;
}

/** A re-read line reported as the smallest changed span, placed in the corrected text. */
function rereadsAsCorrections(
  pages: readonly PageReading[],
  lines: readonly RawLine[],
  corrections: readonly OcrCorrection[],
): OcrCorrection[] {
  const out: OcrCorrection[] = [];
  pages.forEach((page, pageIndex) => {
    const pageLines = lines.filter((l) => l.page === pageIndex);
    for (const reread of page.rereads) {
      const raw = pageLines[reread.line];
      if (!raw) continue;
      let prefix = 0;
      while (prefix < reread.before.length && reread.before[prefix] === reread.after[prefix]) prefix++;
      let suffix = 0;
      while (
        suffix < reread.before.length - prefix &&
        suffix < reread.after.length - prefix &&
        reread.before[reread.before.length - 1 - suffix] === reread.after[reread.after.length - 1 - suffix]
      ) {
        suffix++;
      }
      const replacement = reread.after.slice(prefix, reread.after.length - suffix);
      const originalOffset = raw.offset + prefix;
      out.push({
        offset: mapOffset(corrections, originalOffset),
        length: replacement.length,
        originalOffset,
        original: reread.before.slice(prefix, reread.before.length - suffix),
        replacement,
        reason: reread.reason,
      });
    }
  });
  return out;
}
