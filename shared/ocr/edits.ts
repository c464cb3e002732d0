import type { Edit } from './structural-fixes';
import type { OcrCorrection } from './types';

/** OCR text after correction, with each change and where it landed. */
export interface CorrectedText {
  text: string;
  corrections: OcrCorrection[];
}

export function overlaps(a: Edit, b: Edit): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits and reports each with its offset in the output. */
export function applyEdits(text: string, edits: readonly Edit[]): CorrectedText {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  const corrections: OcrCorrection[] = [];
  for (const edit of sorted) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start);
    corrections.push({
      offset: out.length,
      length: edit.replacement.length,
      originalOffset: edit.start,
      original: text.slice(edit.start, edit.end),
      replacement: edit.replacement,
      reason: edit.reason,
    });
    out += edit.replacement;
    at = edit.end;
  }
  return { text: out + text.slice(at), corrections };
}

/**
 * Where an offset of the uncorrected text lands in the corrected text (corrections sorted, as
 * correctOcrText returns them). A start inside a replaced span moves to the replacement's start; an
 * exclusive end inside one moves to the replacement's end.
 */
export function mapOffset(corrections: readonly OcrCorrection[], originalOffset: number, isEnd = false): number {
  let shift = 0;
  for (const c of corrections) {
    const originalEnd = c.originalOffset + c.original.length;
    if (originalEnd <= originalOffset) {
      shift += c.replacement.length - c.original.length;
      continue;
    }
    if (isEnd ? c.originalOffset < originalOffset : c.originalOffset <= originalOffset) {
      return isEnd ? c.offset + c.replacement.length : c.offset;
    }
    break;
  }
  return originalOffset + shift;
}
