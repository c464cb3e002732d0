/** Small string predicates shared by the extractor modules. */

/** True when the text has letters and none of them is lower case ("KT. GIÁM ĐỐC"). */
export function isUpperLine(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper) continue;
    if (ch === lower) return false;
    letters++;
  }
  return letters >= 2;
}

/** First character is a lower-case letter. */
export function startsLower(text: string): boolean {
  const ch = text.charAt(0);
  return ch !== '' && ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
}

/** A personal name line: 2–6 words, each capitalised, no digits or punctuation ("Phan Huy Anh Vũ"). */
export function isPersonName(text: string): boolean {
  const name = text.replace(/^(?:\p{L}{1,8}\.)+\s*/u, '');
  if (name.length > 60 || /[\d:;,()/.]/.test(name)) return false;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w));
}

/** Strips list markers and trailing separators from a list item ("- Như trên;" → "Như trên"). */
export function cleanItem(text: string): string {
  return text
    .replace(/^[\s\-–+•·]+/, '')
    .replace(/(?:\s*\.\/\.|[\s;.,]+)$/, '')
    .trim();
}

/** Whitespace tokens, at most `max` of them. */
export function firstTokens(text: string, max: number): string {
  const tokens: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && tokens.length < max) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    const s = i;
    while (i < n && text.charCodeAt(i) !== 32) i++;
    if (i > s) tokens.push(text.slice(s, i));
  }
  return tokens.join(' ');
}

export function isBulletStart(text: string): boolean {
  return /^[-–+•·]\s*\S/.test(text) || text === '-';
}

/** A table lookup that only sees the table's own keys ("__proto__" in a document is just a word). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * "Giao" (assign) at `at` of the folded text, not "Giáo" (giáo viên, giáo dục): folded text cannot
 * tell them apart, the printed one can.
 */
export function isGiao(text: string, fold: string, at: number): boolean {
  return fold.startsWith('giao', at) ? text.slice(at, at + 4).toLowerCase() === 'giao' : true;
}

const OPEN_WORDS = new Set(
  'và,của,về,với,tại,trên,các,cho,trong,đến,từ,theo,nhằm,để,giữa,thuộc,năm,tháng,ngày,là,bằng,hoặc,những,đối'.split(','),
);
const OPEN_FOLDED = new Set([...OPEN_WORDS].map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')));

/** A line that stops in the middle of a phrase: after a function word (with its tones), a comma or a dash. */
export function endsOpen(text: string): boolean {
  if (/[,\-–]$/.test(text)) return true;
  const last = /(\S+)$/.exec(text)?.[1]?.toLowerCase() ?? '';
  if (/[\u00c0-\u1ef9]/.test(text)) return OPEN_WORDS.has(last);
  return OPEN_FOLDED.has(last);
}
