import { fold } from '../text/fold';

/** Text with the spans that matched the search, as [start, end) offsets into `text`. */
export interface HighlightedText {
  text: string;
  marks: Array<[number, number]>;
}

/** A folded word to mark: whole words, or word starts when it is a prefix. */
export interface MarkNeedle {
  word: string;
  isPrefix: boolean;
}

interface FoldedWord {
  word: string;
  /** Offset in the original text of each character of `word`, plus the end. */
  offsets: number[];
}

interface FoldedChar {
  folded: string;
  /** The folded character is a letter or digit (part of a word). */
  isWord: boolean;
}

const FOLDED_CHARS = new Map<string, FoldedChar>();

function foldedChar(char: string): FoldedChar {
  let entry = FOLDED_CHARS.get(char);
  if (entry === undefined) {
    const folded = fold(char);
    entry = { folded, isWord: folded.length > 0 && /^[\p{L}\p{N}]+$/u.test(folded) };
    if (FOLDED_CHARS.size < 10_000) FOLDED_CHARS.set(char, entry);
  }
  return entry;
}

/** fold() of one character, remembered: a result list folds the same few dozen letters thousands of times. */
export function foldChar(char: string): string {
  return foldedChar(char).folded;
}

/** The words of a text, folded character by character so every folded letter maps back to the original. */
function foldedWords(text: string): FoldedWord[] {
  const result: FoldedWord[] = [];
  let current: FoldedWord | null = null;
  let index = 0;
  for (const char of text) {
    const { folded, isWord } = foldedChar(char);
    if (folded.length === 0 && /\p{M}/u.test(char)) {
      // A combining mark (text in decomposed form): part of the letter before it.
      index += char.length;
      continue;
    }
    if (isWord) {
      current ??= { word: '', offsets: [] };
      if (folded.length === 1) {
        current.word += folded;
        current.offsets.push(index);
      } else {
        for (const f of folded) {
          current.word += f;
          current.offsets.push(index);
        }
      }
    } else if (current) {
      current.offsets.push(index);
      result.push(current);
      current = null;
    }
    index += char.length;
  }
  if (current) {
    current.offsets.push(index);
    result.push(current);
  }
  return result;
}

/** Marks every word of `text` that a needle matches (diacritics and case ignored). */
export function highlight(text: string, needles: readonly MarkNeedle[]): HighlightedText {
  if (needles.length === 0 || text.length === 0) return { text, marks: [] };
  const marks: Array<[number, number]> = [];
  for (const w of foldedWords(text)) {
    let best = 0;
    for (const n of needles) {
      if (w.word === n.word) best = Math.max(best, w.word.length);
      else if (n.isPrefix && w.word.startsWith(n.word)) best = Math.max(best, n.word.length);
    }
    if (best > 0) marks.push([w.offsets[0] ?? 0, w.offsets[best] ?? text.length]);
  }
  return { text, marks };
}

/**
 * A window of a long text (attachment text) around its first match, with the marks in it, or null
 * when nothing in it matches.
 */
export function snippet(text: string, needles: readonly MarkNeedle[], radius = 90): HighlightedText | null {
  const full = highlight(text, needles);
  const first = full.marks[0];
  if (!first) return null;
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[1] + radius * 2);
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  while (end < text.length && !/\s/.test(text.charAt(end))) end += 1;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const inner = highlight(window, needles);
  return {
    text: `${prefix}${inner.text}${suffix}`,
    marks: inner.marks.map(([a, b]) => [a + prefix.length, b + prefix.length] as [number, number]),
  };
}

/** fold() through the per-character memo, without collapsing spaces: for matching words in many short texts. */
export function foldQuick(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

/** Whether a folded text contains the word (or a word starting with it). */
export function containsWord(foldedText: string, word: string, isPrefix: boolean): boolean {
  for (const w of foldedText.split(/[^\p{L}\p{N}]+/u)) {
    if (w === word || (isPrefix && w.startsWith(word))) return true;
  }
  return false;
}
