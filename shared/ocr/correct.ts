import { fold, modernTones } from '../text/fold';
import { editDistance } from './edit-distance';
import { type KnownPhrase, knownPhrases } from './fixed-phrases';
import { type Edit, structuralEdits } from './structural-fixes';
import type { OcrCorrection } from './types';

/**
 * Post-correction of OCR text against what the app knows: the directory's names, the Nghị định 30
 * type names and the fixed wording of the format. A run of words is snapped to a known phrase only
 * when the match is close for its length, unambiguous, contains no digits, and (when confidences are
 * given) at least one of its words was read with low confidence, so a name or a typo printed on the
 * paper is kept. Numbers and dates are never changed.
 */

export interface WordConfidence {
  offset: number;
  length: number;
  confidence: number;
}

export interface CorrectionOptions {
  /** Names and aliases from the directory (agency, units, external bodies). */
  knownNames?: readonly string[];
  /** Tesseract's word confidences by offset in `text`; without them every word counts as doubtful. */
  wordConfidences?: readonly WordConfidence[];
}

export interface CorrectedText {
  text: string;
  corrections: OcrCorrection[];
}

/** Words read with a confidence under this are doubtful (good readings score 88–97). */
export const DOUBTFUL_WORD_CONFIDENCE = 85;

export function correctOcrText(text: string, options: CorrectionOptions = {}): CorrectedText {
  const confidences = options.wordConfidences ?? null;
  const isDoubtful = (start: number, end: number) =>
    confidences === null ||
    confidences.some((w) => w.offset < end && w.offset + w.length > start && w.confidence < DOUBTFUL_WORD_CONFIDENCE);
  const structural = structuralEdits(text, isDoubtful);
  const snapped = phraseEdits(text, knownPhrases(options.knownNames ?? []), isDoubtful).filter(
    (e) => !structural.some((s) => overlaps(s, e)),
  );
  return applyEdits(text, [...structural, ...snapped]);
}

function overlaps(a: Edit, b: Edit): boolean {
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

interface Token {
  start: number;
  end: number;
  core: string;
  /** Folded core, and how many letters a–z it has: for cheap rejection of windows. */
  folded: string;
  letters: number;
}

const LEADING = /^[([{"'“‘«\-–—•*]+/u;
const TRAILING = /[.,;:!?)\]}"'”’»*]+$/u;

/** Whitespace-separated tokens with leading/trailing punctuation cut off; punctuation-only tokens are dropped. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const raw = match[0];
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
    const core = raw.slice(lead, raw.length - trail);
    if (core === '') continue;
    const start = (match.index ?? 0) + lead;
    const folded = foldedKey(core);
    out.push({ start, end: start + core.length, core, folded, letters: folded.replace(/[^a-z]/g, '').length });
  }
  return out;
}

/** Lower case with diacritics, modern tone placement, punctuation as spaces: "exact" comparison. */
function exactKey(s: string): string {
  return modernTones(s.normalize('NFC').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Folded (no diacritics, đ → d), punctuation as spaces: "letters" comparison. */
function foldedKey(s: string): string {
  return fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Letters that may differ (after folding) for a phrase of this many letters. */
export function allowedLetterErrors(letters: number): number {
  if (letters < 7) return 0;
  if (letters < 16) return 1;
  if (letters < 26) return 2;
  return Math.floor(letters / 10);
}

interface PreparedPhrase extends KnownPhrase {
  words: number;
  exact: string;
  folded: string;
  letters: number;
  digits: string;
}

interface Candidate extends Edit {
  /** Letters that differ after folding: what decides whether two phrases fit equally well. */
  letters: number;
  score: number;
}

function prepare(phrases: readonly KnownPhrase[]): PreparedPhrase[] {
  return phrases
    .map((p) => {
      const folded = foldedKey(p.text);
      return {
        ...p,
        exact: exactKey(p.text),
        folded,
        words: folded.split(' ').length,
        letters: folded.replace(/[^a-z]/g, '').length,
        digits: folded.replace(/\D/g, ''),
      };
    })
    .filter((p) => p.letters >= 5);
}

function phraseEdits(text: string, phrases: readonly KnownPhrase[], isDoubtful: (s: number, e: number) => boolean): Edit[] {
  const prepared = prepare(phrases);
  const exactKeys = new Set(prepared.map((p) => p.exact));
  const list = tokens(text);
  const byFirstLetter = new Map<string, PreparedPhrase[]>();
  for (const phrase of prepared) {
    const letter = phrase.folded.charAt(0);
    byFirstLetter.set(letter, [...(byFirstLetter.get(letter) ?? []), phrase]);
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    for (const phrase of byFirstLetter.get((list[i] as Token).folded.charAt(0)) ?? []) {
      for (const size of [phrase.words, phrase.words - 1, phrase.words + 1]) {
        const candidate = size >= 1 ? matchWindow(text, list, i, size, phrase, isDoubtful, exactKeys) : null;
        if (candidate) candidates.push(candidate);
      }
    }
  }
  return pickUnambiguous(text, candidates);
}

function matchWindow(
  text: string,
  list: readonly Token[],
  first: number,
  size: number,
  phrase: PreparedPhrase,
  isDoubtful: (s: number, e: number) => boolean,
  exactKeys: ReadonlySet<string>,
): Candidate | null {
  const last = list[first + size - 1];
  const start = (list[first] as Token).start;
  if (!last) return null;
  let letters = 0;
  for (let i = first; i < first + size; i++) letters += (list[i] as Token).letters;
  if (Math.abs(letters - phrase.letters) > allowedLetterErrors(phrase.letters)) return null;
  const original = text.slice(start, last.end);
  if (original.includes('\n')) return null;
  // The same as foldedKey(original): punctuation-only tokens fold to nothing.
  const folded = list
    .slice(first, first + size)
    .map((t) => t.folded)
    .join(' ');
  if (folded.replace(/\D/g, '') !== phrase.digits) return null;
  const exact = exactKey(original);
  if (exact === phrase.exact) return dashEdit(text, start, last.end, phrase);
  // Already a known phrase as printed: nothing to snap.
  if (exactKeys.has(exact)) return null;
  const allowed = allowedLetterErrors(phrase.letters);
  const letterDistance = editDistance(folded.replace(/ /g, ''), phrase.folded.replace(/ /g, ''), allowed);
  if (letterDistance > allowed) return null;
  // A window of another word count only repairs split or merged words: the same letters.
  if (size !== phrase.words && letterDistance > 0) return null;
  const isSpacingOnly = exact.replace(/ /g, '') === phrase.exact.replace(/ /g, '');
  if (!isSpacingOnly && !isDoubtful(start, last.end)) return null;
  const exactDistance = editDistance(exact, phrase.exact);
  if (exactDistance > Math.max(2, Math.ceil(phrase.letters * 0.35))) return null;
  const replacement = adaptCase(original, phrase.text);
  if (replacement === original) return null;
  const reason = isSpacingOnly ? 'spacing' : phrase.reason;
  return { start, end: last.end, replacement, reason, letters: letterDistance, score: letterDistance * 100 + exactDistance };
}

const DASHES = /[-‐‑‒–—―~]/gu;

/** The words are the phrase's; only its dash was misread ("Kế hoạch — Tài chính", "Kế hoạch ~ Tài chính"). */
function dashEdit(text: string, start: number, end: number, phrase: PreparedPhrase): Candidate | null {
  const original = text.slice(start, end);
  const same = (s: string) => s.replace(DASHES, '-').replace(/\s+/g, ' ');
  const replacement = adaptCase(original, phrase.text);
  if (replacement === original || same(original) !== same(replacement)) return null;
  return { start, end, replacement, reason: phrase.reason, letters: 0, score: 0 };
}

/** Keeps the page's case: an all-capitals reading gets the phrase in capitals, a lower-case start stays lower. */
export function adaptCase(original: string, phrase: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase('vi')) return phrase.toLocaleUpperCase('vi');
  const first = letters.charAt(0);
  const phraseFirst = phrase.charAt(0);
  const secondIsLower = phrase.charAt(1) === phrase.charAt(1).toLocaleLowerCase('vi');
  if (first !== '' && first === first.toLocaleLowerCase('vi') && first !== first.toLocaleUpperCase('vi') && secondIsLower) {
    return phraseFirst.toLocaleLowerCase('vi') + phrase.slice(1);
  }
  return phrase;
}

/** Best-scoring candidates first; a span that two different phrases fit equally well is left alone. */
function pickUnambiguous(text: string, candidates: Candidate[]): Edit[] {
  const sorted = [...candidates].sort((a, b) => a.score - b.score || b.end - b.start - (a.end - a.start));
  const chosen: Candidate[] = [];
  const rejected = new Set<Candidate>();
  for (const candidate of sorted) {
    if (rejected.has(candidate)) continue;
    const rivals = sorted.filter((o) => o !== candidate && overlaps(o, candidate) && !agree(text, o, candidate));
    if (rivals.some((o) => o.letters === candidate.letters)) {
      for (const o of rivals) rejected.add(o);
      continue;
    }
    if (chosen.some((c) => overlaps(c, candidate))) continue;
    chosen.push(candidate);
    for (const o of rivals) rejected.add(o);
  }
  return chosen.map(({ start, end, replacement, reason }) => ({ start, end, replacement, reason }));
}

/** Two overlapping candidates agree when they turn their joint span into the same text. */
function agree(text: string, a: Candidate, b: Candidate): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  const apply = (c: Candidate) => text.slice(from, c.start) + c.replacement + text.slice(c.end, to);
  return apply(a) === apply(b);
}
