/**
 * The text every other module reads: line endings unified, NBSP and tabs made spaces, Markdown
 * emphasis (`*`) and zero-width characters dropped, decomposed marks composed (NFC), the eth look-alike
 * mapped to Đ, each line trimmed with inner runs of spaces collapsed, and separator-only lines
 * (`-------`) emptied. `map` takes every offset of the normalised text back to the input, so spans
 * point into what the clerk pasted. `fold` is the same text without tones and hats, lower case and
 * index-aligned with `text` (one code unit per code unit), so patterns run on it and slices come from
 * `text`.
 */
export interface Line {
  text: string;
  fold: string;
  /** Offset of the line in the normalised text. */
  start: number;
  /** Table rows only: the cells, each a line of its own. */
  cells?: Line[];
}

export interface Doc {
  source: string;
  text: string;
  fold: string;
  map: Int32Array;
  lines: Line[];
}

const FOLD_CACHE = new Map<string, string>();

/** Index-aligned fold of one UTF-16 unit: tones and hats removed, đ → d, lower case. */
export function foldChar(c: string): string {
  const cached = FOLD_CACHE.get(c);
  if (cached !== undefined) return cached;
  let f = c;
  if (c === 'đ' || c === 'Đ' || c === 'Ð') f = 'd';
  else if (c.charCodeAt(0) >= 0xc0) {
    const base = c.normalize('NFD').charAt(0).toLowerCase();
    f = base.length === 1 ? base : c;
  } else f = c.toLowerCase();
  if (f.length !== 1) f = c;
  if (FOLD_CACHE.size < 5000) FOLD_CACHE.set(c, f);
  return f;
}

/** Index-aligned fold of a string (same length as the input). */
export function foldAligned(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) out += foldChar(value.charAt(i));
  return out;
}

function isSpaceLike(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x0b ||
    code === 0x0c ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isDropped(code: number): boolean {
  return code === 0x2a || (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0x00ad;
}

function isCombining(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

const SEPARATOR_ONLY = /^[-_=.…~—–·•*+:][-_=.…~—–·•*+|:]{2,}$/;

export function normalise(source: string): Doc {
  const chars: string[] = [];
  const map: number[] = [];
  const n = source.length;
  let i = 0;
  for (;;) {
    let j = i;
    while (j < n) {
      const code = source.charCodeAt(j);
      if (code === 10 || code === 13) break;
      j++;
    }
    emitLine(source, i, j, chars, map);
    if (j >= n) break;
    chars.push('\n');
    map.push(j);
    i = source.charCodeAt(j) === 13 && source.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
  }
  map.push(n);
  const text = chars.join('');
  let fold = '';
  const folded: string[] = new Array(chars.length);
  for (let k = 0; k < chars.length; k++) folded[k] = foldChar(chars[k] ?? ' ');
  fold = folded.join('');
  return { source, text, fold, map: Int32Array.from(map), lines: splitLines(text, fold) };
}

function emitLine(source: string, from: number, to: number, chars: string[], map: number[]): void {
  const lineStart = chars.length;
  let pendingSpace = -1;
  for (let k = from; k < to; k++) {
    const code = source.charCodeAt(k);
    if (isDropped(code)) continue;
    if (isSpaceLike(code)) {
      if (chars.length > lineStart && pendingSpace < 0) pendingSpace = k;
      continue;
    }
    if (isCombining(code) && chars.length > lineStart && pendingSpace < 0) {
      const last = chars.length - 1;
      const composed = ((chars[last] ?? '') + source.charAt(k)).normalize('NFC');
      if (composed.length === 1) {
        chars[last] = composed;
        continue;
      }
    }
    if (pendingSpace >= 0) {
      chars.push(' ');
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    chars.push(code === 0xd0 ? 'Đ' : source.charAt(k));
    map.push(k);
  }
  if (chars.length - lineStart >= 3 && SEPARATOR_ONLY.test(chars.slice(lineStart).join(''))) {
    chars.length = lineStart;
    map.length = lineStart;
  }
}

function splitLines(text: string, fold: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push({ text: text.slice(start, stop), fold: fold.slice(start, stop), start });
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

/** A sub-line (a slice of a line) that keeps its offset. */
export function subLine(line: Line, from: number, to: number = line.text.length): Line {
  let a = Math.max(0, from);
  let b = Math.min(line.text.length, to);
  while (a < b && line.text.charCodeAt(a) === 32) a++;
  while (b > a && line.text.charCodeAt(b - 1) === 32) b--;
  return { text: line.text.slice(a, b), fold: line.fold.slice(a, b), start: line.start + a };
}

/** Input-text span of a range of the normalised text. */
export function sourceSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  const max = doc.map.length - 1;
  const s = doc.map[Math.max(0, Math.min(start, max))] ?? 0;
  const lastIndex = Math.max(start, end - 1);
  const e = end > start ? (doc.map[Math.min(lastIndex, max)] ?? s) + 1 : s;
  return { start: s, end: Math.min(Math.max(e, s), doc.source.length) };
}
