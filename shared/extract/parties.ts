import { lookup } from './text-utils';
import { EXACT_FORMS, NOT_VERB_AFTER, PARTY_EXACT, PARTY_STARTS, VERBS } from './vocabulary';

/**
 * Party phrases in task sentences: where a lead or a list of cooperating parties starts and ends,
 * on index-aligned printed and folded text.
 */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const key = words[0] ?? '';
    const list = map.get(key) ?? [];
    list.push(words);
    map.set(key, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

const STARTS = byFirstWord(PARTY_STARTS);
const VERB_MAP = byFirstWord(VERBS);

interface Token {
  from: number;
  to: number;
  word: string;
}

function tokens(fold: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(fold); m && m.index < to && out.length < max; m = re.exec(fold)) {
    out.push({ from: m.index, to: Math.min(m.index + m[0].length, to), word: m[0].replace(/^[("“]+|[)"”,;:.!?]+$/g, '') });
  }
  return out;
}

function matchesAt(words: readonly Token[], i: number, map: Map<string, string[][]>): number {
  const list = map.get(words[i]?.word ?? '');
  if (!list) return 0;
  for (const phrase of list) {
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (words[i + k]?.word !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/** Verbs that are part of a name before these words ("giao thông", "báo cáo viên"). */
const NOT_VERB_BEFORE: Readonly<Record<string, readonly string[]>> = {
  giao: ['thong'],
  cap: ['tinh', 'huyen', 'xa', 'so', 'bo'],
};

/** A party starts at the first token (with its printed tones when the text has any). */
function partyStart(text: string | null, ws: readonly Token[]): boolean {
  const n = matchesAt(ws, 0, STARTS);
  if (n === 0) return false;
  if (ws[0]?.word === 'bao' && ws[1]?.word === 'cao') return false;
  const t = ws[0] as Token;
  const exact = n === 1 && text !== null ? lookup(PARTY_EXACT, t.word) : undefined;
  if (!exact || text === null) return true;
  const printed = text.slice(t.from, t.from + t.word.length).toLowerCase();
  return exact.includes(printed) || !hasTones(text);
}

export function startsWithParty(fold: string, from = 0, text: string | null = null): boolean {
  const ws = tokens(fold, from, Math.min(fold.length, from + 60), 4);
  return ws.length > 0 && partyStart(text, ws);
}

/** Whether the text carries tones at all: without any, tone-specific words fall back to folded matching. */
function hasTones(text: string): boolean {
  return /[\u00c0-\u1ef9]/.test(text);
}

function isVerbAt(text: string, ws: readonly Token[], i: number, toned: boolean): boolean {
  const t = ws[i] as Token;
  const ch = text.charAt(t.from);
  if (ch.toLowerCase() !== ch) return false;
  const n = matchesAt(ws, i, VERB_MAP);
  if (n === 0) return false;
  if (i === 1 && /^(?:cac|nhung|moi)$/.test(ws[0]?.word ?? '')) return false;
  const following = lookup(NOT_VERB_BEFORE, ws[i + n - 1]?.word ?? '');
  if (following?.includes(ws[i + n]?.word ?? '')) return false;
  const exact = n === 1 ? lookup(EXACT_FORMS, t.word) : undefined;
  if (exact) {
    const printed = text.slice(t.from, t.from + t.word.length).toLowerCase();
    if (!exact.includes(printed) && toned) return false;
  }
  const phrase = ws
    .slice(i, i + n)
    .map((w) => w.word)
    .join(' ');
  const guards = lookup(NOT_VERB_AFTER, phrase);
  if (guards && i > 0) {
    for (const g of guards) {
      const gw = g.split(' ');
      const before = ws
        .slice(Math.max(0, i - gw.length), i)
        .map((w) => w.word)
        .join(' ');
      if (before === g) return false;
    }
  }
  return true;
}

/**
 * The party phrase starting at `from`: from a party word to the first verb, a colon or the end of
 * the sentence; a parenthesis right after the name is kept. Null when no party starts there.
 */
export function partyAt(text: string, fold: string, from: number, to: number = text.length): { from: number; to: number } | null {
  const ws = tokens(fold, from, to, 40);
  if (ws.length === 0 || !partyStart(text, ws)) return null;
  const startLength = matchesAt(ws, 0, STARTS);
  let end = (ws[0] as Token).to;
  let depth = 0;
  const toned = hasTones(text.slice(from, Math.min(text.length, from + 400)));
  for (let i = 0; i < ws.length; i++) {
    const t = ws[i] as Token;
    const raw = fold.slice(t.from, t.to);
    if (depth === 0 && i >= startLength && isVerbAt(text, ws, i, toned)) break;
    if (depth === 0 && i > 0 && /^[:.]/.test(raw)) break;
    for (const ch of raw) {
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    end = t.to;
    if (depth === 0 && /[:.]$/.test(raw) && !/^(tp|tx|q|p)\.$/.test(raw)) {
      end = t.to - 1;
      break;
    }
    if (depth === 0 && t.word === 'quan' && ws[i - 1]?.word === 'lien' && !/[,;]$/.test(raw) && ws[i + 1]?.word !== 'va') break;
  }
  let stop = end;
  while (stop > from && /[\s,;:.\-–]/.test(text.charAt(stop - 1))) stop--;
  if (stop <= from) return null;
  return { from: ws[0]?.from ?? from, to: stop };
}

/** True when the whole text (bar a final ":" or ".") is one party phrase. */
export function isPartyOnly(text: string, fold: string): boolean {
  const trimmed = text.replace(/[\s:.;]+$/, '');
  if (trimmed === '' || trimmed.length > 160) return false;
  const span = partyAt(trimmed, fold.slice(0, trimmed.length), 0);
  return span !== null && span.to >= trimmed.length;
}

/**
 * A list of parties split at ",", ";" and "và", a piece that does not start a party being merged
 * back ("các sở, ngành, địa phương" stays whole; "Sở Kế hoạch và Đầu tư" is not split).
 */
export function splitParties(text: string, fold: string): string[] {
  const pieces: Array<{ text: string; fold: string; sep: string }> = [];
  const re = /\s*[,;]\s*|\s+va\s+/g;
  let last = 0;
  let sep = '';
  for (let m = re.exec(fold); m; m = re.exec(fold)) {
    pieces.push({ text: text.slice(last, m.index), fold: fold.slice(last, m.index), sep });
    sep = text.slice(m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  pieces.push({ text: text.slice(last), fold: fold.slice(last), sep });
  const out: string[] = [];
  for (const piece of pieces) {
    const lower = /^\s*\p{Ll}/u.test(piece.text);
    const isParty =
      startsWithParty(piece.fold, 0, piece.text) && !(lower && /^\s*(dia phuong|nganh|ban|don vi|co quan|doan the)\b/.test(piece.fold));
    if (out.length > 0 && !isParty) out[out.length - 1] += `${piece.sep}${piece.text}`;
    else if (piece.text.trim() !== '') out.push(piece.text);
  }
  return out.map((p) => p.trim().replace(/[\s,;.:]+$/, '')).filter((p) => p !== '');
}
