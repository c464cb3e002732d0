import { modernTones } from '../text/fold';
import { foldAligned } from './normalise';

/**
 * An agency name in the corpus's normalised form: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "UBND tỉnh Lạng
 * Sơn", "SỞ Y TẾ" → "Sở Y tế", "BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ" → "Bệnh viện Đa khoa tỉnh Quảng
 * Trị": the type word, then the field with each component capitalised (Phụ lục II), then the level
 * word in lower case and the place in title case; modern tone placement.
 */
const TYPES: readonly string[] = [
  'ubnd',
  'hdnd',
  'trung tam',
  'benh vien',
  'chi cuc',
  'tong cuc',
  'van phong',
  'thanh tra',
  'cong an',
  'kho bac',
  'hoi dong',
  'ban chi dao',
  'so',
  'bo',
  'phong',
  'ban',
  'cuc',
  'truong',
  'vien',
  'hoi',
  'doan',
  'dai',
  'quy',
];
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'tp', 'tp.'];
const PROPER: Record<string, string> = {
  'cong thuong': 'Công Thương',
  'chinh phu': 'Chính phủ',
  'nha nuoc': 'Nhà nước',
  'quoc hoi': 'Quốc hội',
  'viet nam': 'Việt Nam',
  'quan su': 'Quân sự',
};
const ACRONYM = /^(?:[A-ZĐ&-]{2,}|[A-ZĐ]+&[A-ZĐ]+)$/;

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.8;
}

export function normaliseAgency(raw: string): string {
  let text = modernTones(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  text = text.replace(/^(?:ỦY|UỶ|Ủy|Uỷ|ủy)\s+BAN\s+NHÂN\s+DÂN\b/iu, 'UBND').replace(/^HỘI ĐỒNG NHÂN DÂN\b/iu, 'HĐND');
  const upper = isMostlyUpper(text);
  const words = text.split(' ');
  const folded = words.map((w) => foldAligned(w));
  const lower = words.map((w) => w.toLowerCase());
  let typeLength = 0;
  for (const t of TYPES) {
    const tw = t.split(' ');
    if (tw.every((w, i) => folded[i] === w)) {
      typeLength = tw.length;
      break;
    }
  }
  if (folded[0] === 'ubnd' || folded[0] === 'hdnd') words[0] = folded[0] === 'ubnd' ? 'UBND' : 'HĐND';
  let levelAt = -1;
  for (let i = words.length - 2; i >= Math.max(1, typeLength); i--) {
    const two = `${lower[i]} ${lower[i + 1]}`;
    if (LEVELS.includes(two) && i + 2 < words.length) {
      levelAt = i;
      break;
    }
    if (LEVELS.includes(lower[i] ?? '') && !(folded[i] === 'xa' && folded[i + 1] === 'hoi')) {
      levelAt = i;
      break;
    }
  }
  if (!upper) {
    if (levelAt >= 0) lowerLevel(words, lower, levelAt);
    else if (words.length > 1 && LEVELS.includes(lower[words.length - 1] ?? '')) words[words.length - 1] = lower[words.length - 1] ?? '';
    return words.join(' ');
  }
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (i === 0 && (w === 'UBND' || w === 'HĐND')) out.push(w);
    else if (i < typeLength) out.push(i === 0 ? cap(w) : w.toLowerCase());
    else if (levelAt >= 0 && i >= levelAt) out.push(w);
    else out.push(w);
  }
  fieldCase(out, folded, typeLength, levelAt >= 0 ? levelAt : out.length, folded[0] === 'truong');
  if (levelAt >= 0) {
    lowerLevel(out, lower, levelAt);
    const placeFrom = levelAt + (LEVELS.includes(`${lower[levelAt]} ${lower[levelAt + 1]}`) ? 2 : 1);
    for (let i = placeFrom; i < out.length; i++) out[i] = cap(out[i] ?? '');
  }
  const last = out.length - 1;
  if (levelAt < 0 && last >= Math.max(1, typeLength) && LEVELS.includes(lower[last] ?? '')) out[last] = lower[last] ?? '';
  return out.join(' ');
}

function lowerLevel(words: string[], lower: readonly string[], at: number): void {
  if (lower[at] === 'tp' || lower[at] === 'tp.') {
    words[at] = 'thành phố';
    return;
  }
  const two = LEVELS.includes(`${lower[at]} ${lower[at + 1]}`);
  words[at] = (words[at] ?? '').toLowerCase();
  if (two) words[at + 1] = (words[at + 1] ?? '').toLowerCase();
}

/** Each component of the field (split at "và", ",", "-", "–") starts with a capital; acronyms stay. */
function fieldCase(words: string[], folded: readonly string[], from: number, to: number, isSchool: boolean): void {
  let componentStart = true;
  for (let i = from; i < to; i++) {
    const w = words[i] ?? '';
    const f = folded[i] ?? '';
    if (ACRONYM.test(w) && !/^(?:VÀ|SỞ|BỘ)$/.test(w) && w.replace(/[^A-ZĐ]/g, '').length >= 2 && !/[AEIOUY]/.test(w.replace(/Đ/g, ''))) {
      componentStart = false;
      continue;
    }
    if (f === 'va' || f === '-' || f === '–') {
      words[i] = f === 'va' ? 'và' : w;
      componentStart = true;
      continue;
    }
    words[i] = isSchool || componentStart ? cap(w) : w.toLowerCase();
    componentStart = /,$/.test(w);
  }
  for (let i = from; i < to - 1; i++) {
    const key = `${folded[i]} ${folded[i + 1]}`;
    const proper = PROPER[key];
    if (proper) {
      const [a, b] = proper.split(' ');
      words[i] = a ?? '';
      words[i + 1] = b ?? '';
    }
  }
}
