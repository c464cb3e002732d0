import type { SearchHit, SearchKind } from '@shared/contract/search';
import { containsWord, highlight, type MarkNeedle, snippet } from '@shared/search/highlight';
import { hasDiacritics, type ParsedQuery } from '@shared/search/parse-query';
import { fold, modernTones } from '@shared/text/fold';
import type { SearchSource } from './kinds';

/** The folded words to mark in results: every typed word and filter value. */
export function needlesOf(query: ParsedQuery): MarkNeedle[] {
  const needles: MarkNeedle[] = [];
  for (const term of query.terms) {
    term.words.forEach((word, i) => {
      needles.push({ word, isPrefix: term.isPrefix && i === term.words.length - 1 });
    });
  }
  for (const filter of query.filters) {
    if (filter.field === 'year') continue;
    filter.words.forEach((word, i) => {
      needles.push({ word, isPrefix: filter.field === 'number' && i === filter.words.length - 1 });
    });
  }
  return needles;
}

function exactWords(value: string): string[] {
  return modernTones(value)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The words typed with diacritics, in the modern tone placement, lower case. */
export function accentedWords(query: ParsedQuery): string[] {
  return query.terms.filter((t) => hasDiacritics(t.raw)).flatMap((t) => exactWords(t.raw).filter((w) => fold(w) !== w));
}

/**
 * Relevance within the bounded set, from a hit's trích yếu and tác giả (`text`): each word typed with
 * diacritics that appears there with the same diacritics (either tone placement) counts most, then
 * each typed word found there; ties keep the newest first (the caller sorts stably).
 */
export function relevanceScore(text: string, query: ParsedQuery, accented: readonly string[]): number {
  let score = 0;
  if (accented.length > 0) {
    const exact = new Set(exactWords(text));
    for (const word of accented) if (exact.has(word)) score += 4;
  }
  const folded = fold(text);
  for (const term of query.terms) {
    term.words.forEach((word, i) => {
      if (containsWord(folded, word, term.isPrefix && i === term.words.length - 1)) score += 1;
    });
  }
  return score;
}

/** A result as the list shows it, with the matched words marked. */
export function toHit(kind: SearchKind, source: SearchSource, needles: readonly MarkNeedle[]): SearchHit {
  const subject = highlight(source.subject, needles);
  const title = highlight(source.title, needles);
  return {
    kind,
    id: source.id,
    title,
    subject,
    snippet: subject.marks.length === 0 && title.marks.length === 0 ? snippet(`${source.unit} ${source.body}`.trim(), needles) : null,
    date: source.date,
    detail: source.detail,
    isCancelled: source.isCancelled,
    isSecret: source.isSecret,
  };
}
