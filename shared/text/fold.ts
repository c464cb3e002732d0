/**
 * Vietnamese folding for matching and search (DOMAIN.md §2.3): NFD, combining marks removed,
 * đ/Đ (and the look-alike Ð) mapped to d, lower case, whitespace collapsed. Both tone placements
 * (hoà/hòa) fold to the same string because the marks are removed.
 */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Folded text reduced to letters and digits separated by single spaces: for fuzzy name matching. */
export function foldWords(value: string): string {
  return fold(value)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * NFC with the modern tone placement on open oa/oe/uy clusters ("Hoà" → "Hòa", "thuỷ" → "thủy");
 * "qu" is a consonant, so "quý" is left alone, and closed syllables ("Hoàng") are already the same.
 */
export function modernTones(value: string): string {
  const nfc = value.normalize('NFC');
  return nfc.replace(/(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu, (_m, first: string, toned: string) => {
    const decomposed = toned.normalize('NFD');
    const base = decomposed.charAt(0);
    const mark = decomposed.slice(1);
    return `${(first + mark).normalize('NFC')}${base}`;
  });
}
