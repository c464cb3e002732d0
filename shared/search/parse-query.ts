import { fold } from '../text/fold';

/**
 * What the clerk typed in a search box, understood (issue 8): words (with or without diacritics,
 * the last one a prefix while typing), "quoted phrases", số/ký hiệu fragments ("8161/SYT",
 * "QĐ-UBND"), and field filters `tác giả:`, `loại:`, `năm:`, `đơn vị:`, `số:` (a value in quotes
 * when it has several words). Pure: the renderer shows the filters as chips from the same parse.
 */
export type SearchField = 'author' | 'kind' | 'year' | 'unit' | 'number';

export interface SearchTerm {
  /** As typed (for the exact-diacritic ranking and for writing the query back). */
  raw: string;
  /** Folded words: one for a word, several for a phrase or a ký hiệu fragment. */
  words: string[];
  isPhrase: boolean;
  /** The last word is matched as the start of a word (typing, or a ký hiệu part like "KHT"). */
  isPrefix: boolean;
}

export interface SearchFilter {
  field: SearchField;
  raw: string;
  words: string[];
}

export interface ParsedQuery {
  terms: SearchTerm[];
  filters: SearchFilter[];
}

/** The label each filter is typed with (and shown with on its chip). */
export const SEARCH_FIELD_LABELS: Record<SearchField, string> = {
  author: 'tác giả',
  kind: 'loại',
  year: 'năm',
  unit: 'đơn vị',
  number: 'số',
};

const FIELD_BY_FOLDED: Record<string, SearchField> = {
  'tac gia': 'author',
  tacgia: 'author',
  loai: 'kind',
  nam: 'year',
  'don vi': 'unit',
  donvi: 'unit',
  so: 'number',
};

// A filter name, then ":", then a "quoted value" or one word.
const TOKEN = /(?:(tác giả|tac gia|tacgia|loại|loai|năm|nam|đơn vị|don vi|donvi|số|so)\s*:\s*(?:"([^"]*)"?|(\S*)))|"([^"]*)"?|(\S+)/giu;

function words(value: string): string[] {
  return fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A token with letters or digits joined by / - . _ is a số/ký hiệu fragment: its parts form a phrase. */
function isFragment(token: string): boolean {
  return /[\p{L}\p{N}][/\-._][\p{L}\p{N}]|[\p{L}\p{N}][/-]$|^[/-][\p{L}\p{N}]/u.test(token);
}

export function parseQuery(input: string): ParsedQuery {
  const terms: SearchTerm[] = [];
  const filters: SearchFilter[] = [];
  const endsInWord = /[^\s"]$/u.test(input);
  for (const match of input.matchAll(TOKEN)) {
    const [whole, fieldName, quotedValue, plainValue, phrase, token] = match;
    const atEnd = (match.index ?? 0) + whole.length === input.length;
    if (fieldName !== undefined) {
      const field = FIELD_BY_FOLDED[fold(fieldName)];
      const raw = (quotedValue ?? plainValue ?? '').trim();
      const parts = words(raw);
      if (field && parts.length > 0) filters.push({ field, raw, words: parts });
      continue;
    }
    if (phrase !== undefined) {
      const parts = words(phrase);
      if (parts.length > 0) terms.push({ raw: phrase.trim(), words: parts, isPhrase: true, isPrefix: false });
      continue;
    }
    if (token === undefined) continue;
    const parts = words(token);
    if (parts.length === 0) continue;
    const fragment = parts.length > 1 || isFragment(token);
    terms.push({
      raw: token,
      words: parts,
      isPhrase: parts.length > 1,
      isPrefix: fragment ? !/[/\-._]$/.test(token) : atEnd && endsInWord,
    });
  }
  return { terms, filters };
}

/** The year a `năm:` filter asks for, when it is one. */
export function filterYear(query: ParsedQuery): number | null {
  const year = query.filters.find((f) => f.field === 'year')?.words[0];
  return year && /^\d{4}$/.test(year) ? Number(year) : null;
}

function quoteIfNeeded(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
}

/** Writes a query back as text (a chip removed, a filter added from the menu). */
export function formatQuery(query: ParsedQuery): string {
  const parts = [
    ...query.terms.map((t) => (t.isPhrase && !isFragment(t.raw) && /\s/.test(t.raw) ? `"${t.raw}"` : t.raw)),
    ...query.filters.map((f) => `${SEARCH_FIELD_LABELS[f.field]}:${quoteIfNeeded(f.raw)}`),
  ];
  return parts.join(' ');
}

/** Whether a typed word carries Vietnamese marks (then an exact-diacritic match ranks higher). */
export function hasDiacritics(raw: string): boolean {
  return fold(raw) !== raw.toLowerCase().replace(/\s+/g, ' ').trim();
}
