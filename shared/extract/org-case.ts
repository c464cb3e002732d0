import { foldWords, modernTones } from '../text/fold';
import { toneAgencyWords } from './agency-words';
import { foldAligned } from './normalise';
import { isCentralCity, provinceName } from './provinces';
import { lookup } from './text-utils';

/**
 * An agency name in the corpus's normalised form: "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "UBND tỉnh Lạng
 * Sơn", "SỞ Y TẾ" → "Sở Y tế", "SỞ GD&ĐT ĐỒNG THÁP" → "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp",
 * "BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ" → "Bệnh viện Đa khoa tỉnh Quảng Trị": the type word, the field
 * (each component capitalised for a Sở, Bộ or Phòng, Phụ lục II), the level word in lower case and
 * the place in title case, with modern tone placement. Words typed without tones get them back from
 * the level-word table, the province list or `restore` (the same words printed with tones elsewhere).
 */
const TYPES = [
  'ubnd',
  'hdnd',
  'tinh uy',
  'huyen uy',
  'thanh uy',
  'dang uy',
  'trung tam',
  'benh vien',
  'chi cuc',
  'tong cuc',
  'van phong',
  'thanh tra',
  'cong an',
  'kho bac',
  'hoi dong',
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
const TYPE_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = TYPES.map((t) => [t, t.split(' ')] as const);
const FIELD_TYPES = new Set(['so', 'bo', 'phong', 'cuc', 'tong cuc', 'chi cuc']);
const LEVELS: Record<string, string> = {
  'thanh pho': 'thành phố',
  'thi xa': 'thị xã',
  'thi tran': 'thị trấn',
  tinh: 'tỉnh',
  huyen: 'huyện',
  quan: 'quận',
  xa: 'xã',
  phuong: 'phường',
  tp: 'thành phố',
  'tp.': 'thành phố',
  'dac khu': 'đặc khu',
};
const LEVEL_PRINTED = new Set(['thành phố', 'thị xã', 'thị trấn', 'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'tp', 'tp.', 'đặc khu']);
const PROPER: Record<string, string> = {
  'cong thuong': 'Công Thương',
  'chinh phu': 'Chính phủ',
  'nha nuoc': 'Nhà nước',
  'quoc hoi': 'Quốc hội',
  'viet nam': 'Việt Nam',
  'quan su': 'Quân sự',
};
const EXPANSIONS: Record<string, string> = {
  'gd&dt': 'Giáo dục và Đào tạo',
  'kh&dt': 'Kế hoạch và Đầu tư',
  'tn&mt': 'Tài nguyên và Môi trường',
  'ld-tb&xh': 'Lao động - Thương binh và Xã hội',
  'nn&ptnt': 'Nông nghiệp và Phát triển nông thôn',
  'vh-tt&dl': 'Văn hóa, Thể thao và Du lịch',
  'vhtt&dl': 'Văn hóa, Thể thao và Du lịch',
  'tt&tt': 'Thông tin và Truyền thông',
  'kh&cn': 'Khoa học và Công nghệ',
  gtvt: 'Giao thông vận tải',
  'nn&mt': 'Nông nghiệp và Môi trường',
  ptnt: 'Phát triển nông thôn',
};
const ACRONYM = /^[A-ZĐ&-]{2,}$/;

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function isMostlyUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 0 && upper.length / letters.length > 0.8;
}

function hasTones(word: string): boolean {
  return /[^\x00-\x7f]/.test(word);
}

export function normaliseAgency(raw: string, restore: (phrase: string) => string = (p) => p): string {
  let text = modernTones(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  if (!hasTones(text)) text = toneAgencyWords(text);
  const folded0 = foldAligned(text);
  const ubnd = /^(?:uy ban nhan dan|ubnd)\b/.exec(folded0);
  if (ubnd) text = `UBND${text.slice(ubnd[0].length)}`;
  else if (/^hoi dong nhan dan\b/.test(folded0)) text = `HĐND${text.slice('hoi dong nhan dan'.length)}`;
  const upper = isMostlyUpper(text);
  let words = text.split(' ');
  let folded = words.map((w) => foldAligned(w));
  const expanded: string[] = [];
  let expansionEnd = -1;
  for (let i = 0; i < words.length; i++) {
    const expansion = lookup(EXPANSIONS, folded[i] ?? '');
    if (expansion && i > 0) {
      expanded.push(...expansion.split(' '));
      expansionEnd = expanded.length;
    } else expanded.push(words[i] ?? '');
  }
  words = expanded;
  folded = words.map((w) => foldAligned(w));
  let typeLength = 0;
  let type = '';
  for (const [t, tw] of TYPE_WORDS) {
    if (tw.every((w, i) => folded[i] === w)) {
      typeLength = tw.length;
      type = t;
      break;
    }
  }
  const levelAt = findLevel(words, folded, typeLength);
  const out = words.map((w) => w);
  let fieldEnd = out.length;
  let placeStart = out.length;
  let level: string | null = null;
  if (levelAt.at >= 0) {
    fieldEnd = levelAt.at;
    placeStart = levelAt.at + levelAt.key.split(' ').length;
    level = lookup(LEVELS, levelAt.key) ?? levelAt.key;
  } else if (/uy$/.test(type)) {
    fieldEnd = typeLength;
    placeStart = typeLength;
  } else {
    const province = trailingProvince(folded, typeLength);
    if (province >= 0) {
      fieldEnd = province;
      placeStart = province;
      level = isCentralCity(folded.slice(province).join(' ')) ? 'thành phố' : 'tỉnh';
    } else if (expansionEnd > 0 && expansionEnd < out.length) {
      // "PHÒNG GD&ĐT TRIỆU PHONG": what follows an expanded field is the place.
      fieldEnd = expansionEnd;
      placeStart = expansionEnd;
      level = type === 'phong' ? 'huyện' : 'tỉnh';
    }
  }
  if (upper || !hasTones(text)) {
    for (let i = 0; i < typeLength; i++) out[i] = i === 0 ? cap(out[i] ?? '') : (out[i] ?? '').toLowerCase();
    if (type === 'ubnd' || type === 'hdnd') out[0] = type === 'ubnd' ? 'UBND' : 'HĐND';
    if (/uy$/.test(type)) out[1] = 'ủy';
    fieldCase(out, folded, typeLength, fieldEnd, FIELD_TYPES.has(type) || type === '', type === 'truong', upper);
  }
  const head = restoreField(out.slice(0, fieldEnd), restore, typeLength);
  const tail = placeStart < out.length ? placeWords(out.slice(placeStart), restore) : [];
  const parts = [...head, ...(level ? [level] : []), ...tail];
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function findLevel(words: readonly string[], folded: readonly string[], from: number): { at: number; key: string } {
  for (let i = words.length - 1; i >= Math.max(1, from); i--) {
    for (const n of [2, 1]) {
      const key = folded.slice(i, i + n).join(' ');
      const printed = words
        .slice(i, i + n)
        .join(' ')
        .toLowerCase();
      if (!Object.hasOwn(LEVELS, key)) continue;
      if (hasTones(printed) && !LEVEL_PRINTED.has(printed)) continue;
      if (key === 'xa' && folded[i + 1] === 'hoi') continue;
      return { at: i, key };
    }
  }
  return { at: -1, key: '' };
}

/** "SỞ Y TẾ QUẢNG TRỊ": a province name right after the field, without its level word. */
function trailingProvince(folded: readonly string[], from: number): number {
  for (let n = Math.min(5, folded.length - from - 1); n >= 1; n--) {
    const at = folded.length - n;
    if (at > from && provinceName(folded.slice(at).join(' '))) return at;
  }
  return -1;
}

function placeWords(words: readonly string[], restore: (phrase: string) => string): string[] {
  const phrase = words.join(' ');
  const province = provinceName(phrase);
  if (province) return province.split(' ');
  const restored = hasTones(phrase) ? phrase : restore(phrase);
  return restored.split(' ').map((w) => (w === '-' ? w : cap(w)));
}

function restoreField(words: readonly string[], restore: (phrase: string) => string, typeLength: number): string[] {
  const phrase = words.join(' ');
  if (hasTones(phrase) || words.length <= typeLength) return [...words];
  const restored = restore(phrase);
  if (restored === phrase) return [...words];
  return restored.split(' ');
}

/** Each component of the field (split at "và", ",", "-", "–") starts with a capital; acronyms stay. */
const SCHOOL_LEVELS = [
  'tieu hoc va trung hoc co so',
  'trung hoc co so va trung hoc pho thong',
  'trung hoc pho thong',
  'trung hoc co so',
  'tieu hoc',
  'mam non',
  'mau giao',
  'pho thong dan toc noi tru',
  'pho thong dan toc ban tru',
  'trung cap',
  'cao dang',
  'dai hoc',
];

function fieldCase(
  words: string[],
  folded: readonly string[],
  from: number,
  to: number,
  perComponent: boolean,
  isSchool: boolean,
  upper: boolean,
): void {
  let componentStart = true;
  const schoolLevel = isSchool ? SCHOOL_LEVELS.find((l) => l.split(' ').every((w, k) => folded[from + k] === w)) : undefined;
  const levelEnd = schoolLevel ? from + schoolLevel.split(' ').length : from;
  for (let i = from; i < to; i++) {
    const w = words[i] ?? '';
    const f = folded[i] ?? '';
    if (i < levelEnd) {
      if (upper) words[i] = i === from ? cap(w) : w.toLowerCase();
      continue;
    }
    if (upper && ACRONYM.test(w) && !/[AEIOUY]/.test(w.replace(/Đ/g, ''))) {
      componentStart = false;
      continue;
    }
    if (f === 'va' || f === '-' || f === '–') {
      words[i] = f === 'va' ? 'và' : w;
      componentStart = perComponent;
      continue;
    }
    if (upper) words[i] = isSchool || componentStart ? cap(w) : w.toLowerCase();
    componentStart = perComponent && /,$/.test(w);
  }
  for (let i = from; i < to - 1; i++) {
    const proper = lookup(PROPER, `${folded[i]} ${folded[i + 1]}`);
    if (proper) {
      const [a, b] = proper.split(' ');
      words[i] = a ?? '';
      words[i + 1] = b ?? '';
    }
  }
}

export { foldWords };
