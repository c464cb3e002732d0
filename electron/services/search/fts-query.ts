import { filterYear, type ParsedQuery, type SearchField, type SearchTerm } from '@shared/search/parse-query';
import type { Db } from '../../db/connection';
import { cachedStatement } from './kinds/types';
import { TAG_ALL, TAG_SECRET } from './search-index';

/** Longer prefixes are expanded through the vocabulary up to this many words, else left to FTS5. */
const MAX_EXPANSION = 24;

const FILTER_COLUMNS: Record<Exclude<SearchField, 'year'>, string> = {
  author: 'author',
  kind: 'kind_name',
  unit: 'unit',
  number: 'symbol',
};

function quote(words: readonly string[]): string {
  return `"${words.join(' ')}"`;
}

/**
 * The vocabulary words a typed word starts (usually itself and a few), or null when there are none
 * or too many: then FTS5 merges every doclist under the prefix itself.
 */
function expansions(db: Db, word: string): string[] | null {
  const upper = `${word.slice(0, -1)}${String.fromCodePoint((word.codePointAt(word.length - 1) ?? 0) + 1)}`;
  const rows = cachedStatement(db, 'SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?').all(
    word,
    upper,
    MAX_EXPANSION + 1,
  ) as Array<{ term: string }>;
  if (rows.length === 0 || rows.length > MAX_EXPANSION) return null;
  return rows.map((r) => r.term);
}

function anyOf(phrases: readonly string[]): string {
  return phrases.length === 1 ? (phrases[0] ?? '') : `(${phrases.join(' OR ')})`;
}

/**
 * A typed word being completed: 2–3 letters use FTS5's prefix indexes; a longer one becomes the
 * OR of the vocabulary words it starts, which costs a lookup per word instead of FTS5 merging every
 * doclist under the prefix. A phrase being completed (a ký hiệu fragment such as "QĐ-UBND") ends
 * the same way: FTS5 would merge the whole doclist of "ubnd*" before the first row (1.7 ms against
 * 0.16 ms for the exact phrase at 20,000 documents).
 */
function prefixExpression(db: Db, words: readonly string[]): string {
  const last = words.at(-1) ?? '';
  const head = words.slice(0, -1);
  const isShortWord = head.length === 0 && last.length <= 3;
  const found = isShortWord || last.length < 2 ? null : expansions(db, last);
  if (!found) return `${quote(words)}*`;
  return anyOf(found.map((term) => quote([...head, term])));
}

function termExpression(db: Db, term: SearchTerm): string {
  if (term.isPrefix) return prefixExpression(db, term.words);
  return quote(term.words);
}

export interface FtsQuery {
  /** The MATCH expression (every word quoted, so nothing typed is FTS5 syntax). */
  match: string;
  year: number | null;
  /** The query asks for nothing but a year (or nothing at all). */
  isEmpty: boolean;
}

/** Turns a parsed query into an FTS5 MATCH expression over the index's columns. */
export function buildFtsQuery(db: Db, query: ParsedQuery, includeSecret: boolean): FtsQuery {
  // A single letter being typed would match most of the index; it waits for the next letter.
  const terms = query.terms.filter((t, i) => !(t.isPrefix && t.words.length === 1 && (t.words[0]?.length ?? 0) < 2 && i > 0));
  const parts: string[] = terms.map((t) => termExpression(db, t));
  for (const filter of query.filters) {
    if (filter.field === 'year') continue;
    const phrase = filter.field === 'number' ? `${quote(filter.words)}*` : quote(filter.words);
    parts.push(`{${FILTER_COLUMNS[filter.field]}} : ${phrase}`);
  }
  const isEmpty = parts.length === 0;
  if (isEmpty) parts.push(`{tags} : ${TAG_ALL}`);
  const expression = parts.length === 1 ? (parts[0] ?? '') : parts.map((p) => `(${p})`).join(' AND ');
  return {
    match: includeSecret ? expression : `(${expression}) NOT {tags} : ${TAG_SECRET}`,
    year: filterYear(query),
    isEmpty: isEmpty && filterYear(query) === null,
  };
}
