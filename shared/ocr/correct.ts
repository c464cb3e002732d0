import { fold, modernTones } from '../text/fold';
import { editDistance } from './edit-distance';
import { type KnownPhrase, knownPhrases } from './fixed-phrases';
import { type Edit, structuralEdits } from './structural-fixes';
import { applyEdits, type CorrectedText, overlaps } from './edits';

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

export { applyEdits, type CorrectedText, mapOffset } from './edits';

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
  // Short phrases only get their accents or spacing fixed: "viên bán" is not "biên bản".
  if (letters < 9) return 0;
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
  // Phrases are found by their first or second letter, so a misread first letter ("KHÁNH") still matches.
  const byLetter = new Map<string, PreparedPhrase[]>();
  for (const phrase of prepared) {
    for (const key of [`1${phrase.folded.charAt(0)}`, `2${phrase.folded.charAt(1)}`])
      byLetter.set(key, [...(byLetter.get(key) ?? []), phrase]);
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const folded = (list[i] as Token).folded;
    const phrases = new Set([...(byLetter.get(`1${folded.charAt(0)}`) ?? []), ...(byLetter.get(`2${folded.charAt(1)}`) ?? [])]);
    for (const phrase of phrases) {
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
  // Capitals lose their small accents to OCR far more often than print omits them.
  const isCapitalAccents = letterDistance === 0 && isAllCaps(original);
  if (!isSpacingOnly && !isCapitalAccents && !isDoubtful(start, last.end)) return null;
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

const isAllCaps = (s: string) => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
};

/**
 * Keeps the page's case: an all-capitals reading gets the phrase in capitals; a phrase in capitals
 * (a title) takes each word's case from the reading ("Giam đốc" → "Giám đốc"); a name keeps its own
 * case, except that a lower-case start stays lower ("công diện" → "công điện").
 */
export function adaptCase(original: string, phrase: string): string {
  if (isAllCaps(original)) return phrase.toLocaleUpperCase('vi');
  const originalWords = original.split(/\s+/);
  if (isAllCaps(phrase)) {
    return phrase
      .split(' ')
      .map((word, i) => {
        const first = (originalWords[Math.min(i, originalWords.length - 1)] ?? '').charAt(0);
        const lower = word.toLocaleLowerCase('vi');
        const isUpper = first !== first.toLocaleLowerCase('vi');
        return isUpper ? lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1) : lower;
      })
      .join(' ');
  }
  const first = original.replace(/[^\p{L}]/gu, '').charAt(0);
  const secondIsLower = phrase.charAt(1) === phrase.charAt(1).toLocaleLowerCase('vi');
  if (first !== '' && first === first.toLocaleLowerCase('vi') && first !== first.toLocaleUpperCase('vi') && secondIsLower) {
    return phrase.charAt(0).toLocaleLowerCase('vi') + phrase.slice(1);
  }
  return phrase;
}

/**
 * Best candidates first; a span that two different phrases fit equally well is left alone (a phrase
 * inside a longer one is not a rival: the longer match wins).
 */
function pickUnambiguous(text: string, candidates: Candidate[]): Edit[] {
  // Fewest wrong letters first; then the longer match ("PHÓ CHÁNH VĂN PHÒNG" over "CHÁNH VĂN PHÒNG").
  const sorted = [...candidates].sort((a, b) => a.letters - b.letters || b.end - b.start - (a.end - a.start) || a.score - b.score);
  const chosen: Candidate[] = [];
  const rejected = new Set<Candidate>();
  for (const candidate of sorted) {
    if (rejected.has(candidate)) continue;
    const rivals = sorted.filter((o) => o !== candidate && overlaps(o, candidate) && !nested(o, candidate) && !agree(text, o, candidate));
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

/** One span strictly inside the other (the same span is not nesting). */
function nested(a: Candidate, b: Candidate): boolean {
  if (a.start === b.start && a.end === b.end) return false;
  return (a.start <= b.start && a.end >= b.end) || (b.start <= a.start && b.end >= a.end);
}
