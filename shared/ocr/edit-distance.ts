/**
 * Levenshtein distance over UTF-16 units (NFC Vietnamese letters are single units). With `limit`,
 * stops early and returns limit + 1 once the distance must exceed it.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** NFC, every run of whitespace as one space, trimmed: the form accuracy is measured on. */
export function normaliseForScoring(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * Character accuracy 1 − CER, where CER = Levenshtein(expected, actual) / length(expected), after
 * NFC and whitespace collapsing. 1 means identical; it can go below 0 for very wrong output.
 */
export function characterAccuracy(expected: string, actual: string): number {
  const e = normaliseForScoring(expected);
  const a = normaliseForScoring(actual);
  if (e.length === 0) return a.length === 0 ? 1 : 0;
  return 1 - editDistance(e, a) / e.length;
}
