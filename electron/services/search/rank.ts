import type { SearchHit, SearchKind } from '@shared/contract/search';
import { foldQuick, highlight, type MarkNeedle, snippet } from '@shared/search/highlight';
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

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string, isPrefix: boolean): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}${isPrefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

// An old-style tone placement (hoà, thuỷ) that modernTones would move.
const OLD_TONE_CLUSTER = /[oòóỏõọuùúủũụ][àáảãạèéẻẽẹỳýỷỹỵ](?![\p{L}])/u;

/**
 * Relevance within the bounded set, from a hit's trích yếu and tác giả: each word typed with
 * diacritics that appears there with the same diacritics (either tone placement) counts most, then
 * each typed word found there; ties keep the newest first (the caller sorts stably). The patterns
 * are built once per query: the ranker runs on thousands of hits.
 */
export function createRanker(query: ParsedQuery): (text: string) => number {
  const accented = query.terms
    .filter((t) => hasDiacritics(t.raw))
    .flatMap((t) =>
      modernTones(t.raw)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    )
    .filter((w) => w.length > 0 && fold(w) !== w)
    .map((w) => wordPattern(w, false));
  const folded = query.terms.flatMap((t) => t.words.map((w, i) => wordPattern(w, t.isPrefix && i === t.words.length - 1)));
  return (text) => {
    let score = 0;
    if (accented.length > 0) {
      let lower = text.toLowerCase();
      if (OLD_TONE_CLUSTER.test(lower)) lower = modernTones(lower);
      for (const pattern of accented) if (pattern.test(lower)) score += 4;
    }
    const plain = foldQuick(text);
    for (const pattern of folded) if (pattern.test(plain)) score += 1;
    return score;
  };
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
