import { foldWords } from '../text/fold';
import { toneAgencyWords } from './agency-words';
import { foldAligned } from './normalise';
import { isMostlyUpper } from './org-case';
import { provinceName } from './provinces';
import { lookup } from './text-utils';

/**
 * The issuer of a document whose header is missing: the ký hiệu's issuer group read against names
 * in the body by their initials ("SYT" ↔ "Sở Y tế"), or a small table of common abbreviations; the
 * level and name of the place; tones put back from the document.
 */
const CENTRAL_CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];

const TYPE_WORDS = [
  'so',
  'bo',
  'ban',
  'trung tam',
  'benh vien',
  'chi cuc',
  'cuc',
  'van phong',
  'phong',
  'thanh tra',
  'cong an',
  'tong cuc',
];
const DICTIONARY: Record<string, string> = {
  syt: 'Sở Y tế',
  stc: 'Sở Tài chính',
  snv: 'Sở Nội vụ',
  sgddt: 'Sở Giáo dục và Đào tạo',
  stnmt: 'Sở Tài nguyên và Môi trường',
  skhdt: 'Sở Kế hoạch và Đầu tư',
  sxd: 'Sở Xây dựng',
  sct: 'Sở Công Thương',
  stp: 'Sở Tư pháp',
  snnptnt: 'Sở Nông nghiệp và Phát triển nông thôn',
  snn: 'Sở Nông nghiệp và Phát triển nông thôn',
  snnmt: 'Sở Nông nghiệp và Môi trường',
  sldtbxh: 'Sở Lao động - Thương binh và Xã hội',
  svhttdl: 'Sở Văn hóa, Thể thao và Du lịch',
  stttt: 'Sở Thông tin và Truyền thông',
  skhcn: 'Sở Khoa học và Công nghệ',
  sgtvt: 'Sở Giao thông vận tải',
  sdttg: 'Sở Dân tộc và Tôn giáo',
  byt: 'Bộ Y tế',
  bnv: 'Bộ Nội vụ',
  btc: 'Bộ Tài chính',
  bgddt: 'Bộ Giáo dục và Đào tạo',
  vpcp: 'Văn phòng Chính phủ',
  bca: 'Bộ Công an',
  bqp: 'Bộ Quốc phòng',
  bxd: 'Bộ Xây dựng',
  bct: 'Bộ Công Thương',
  btp: 'Bộ Tư pháp',
  bnnmt: 'Bộ Nông nghiệp và Môi trường',
  bkhcn: 'Bộ Khoa học và Công nghệ',
  ttg: 'Thủ tướng Chính phủ',
};

export function compact(value: string): string {
  return foldWords(value).replace(/ /g, '');
}

function initials(words: readonly string[]): string {
  return words
    .filter((w) => w !== 'va' && /[a-z0-9]/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

export function fromAbbreviation(
  abbreviation: string,
  input: { text: string; fold: string },
  place: { name: string; level: string } | null,
): string | null {
  const key = compact(abbreviation);
  if (key === 'ubnd') {
    if (!place) return 'UBND';
    const level = place.level === 'tỉnh' ? (levelInText(input.fold, foldWords(place.name)) ?? place.level) : place.level;
    return `UBND ${level} ${provinceName(place.name) ?? place.name}`;
  }
  const words = input.text.split(/\s+/);
  const folds = words.map((w) => foldAligned(w).replace(/[^a-z0-9&]/g, ''));
  const counts = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const type = TYPE_WORDS.find((t) => t.split(' ').every((w, k) => folds[i + k] === w));
    if (!type) continue;
    for (let n = 1; n <= 9 && i + n <= words.length; n++) {
      if (initials(folds.slice(i, i + n)) === key.replace(/&/g, '')) {
        const name = words
          .slice(i, i + n)
          .join(' ')
          .replace(/[,;.:)]+$/, '');
        if (!isMostlyUpper(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
        break;
      }
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  let name = best?.[0] ?? lookup(DICTIONARY, key.replace(/&/g, '')) ?? null;
  if (name && !/[^\x00-\x7f]/.test(name)) name = toneAgencyWords(name);
  if (name !== null && foldWords(name) === 'van phong') {
    const office = /\bvan phong (?:ubnd|uy ban nhan dan) (tinh|thanh pho|huyen|xa|phuong)\b/.exec(input.fold);
    if (office) name = `Văn phòng UBND ${lookup(LEVEL_NAMES, office[1] ?? '') ?? 'tỉnh'}`;
  }
  return name;
}

const LEVEL_NAMES: Record<string, string> = {
  tinh: 'tỉnh',
  'thanh pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi xa': 'thị xã',
  xa: 'xã',
  phuong: 'phường',
  'thi tran': 'thị trấn',
};

function levelInText(fold: string, placeFold: string): string | null {
  const m = new RegExp(
    String.raw`\b(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+${placeFold.replace(/[.*+?^${}()|[\]\\]/g, '')}\b`,
  ).exec(fold);
  if (!m) return null;
  const levels: Record<string, string> = {
    tinh: 'tỉnh',
    'thanh pho': 'thành phố',
    huyen: 'huyện',
    quan: 'quận',
    'thi xa': 'thị xã',
    xa: 'xã',
    phuong: 'phường',
    'thi tran': 'thị trấn',
  };
  return lookup(levels, m[1] ?? '') ?? null;
}

const PLACE_LEVELS: Record<string, string> = {
  phuong: 'phường',
  xa: 'xã',
  'thi tran': 'thị trấn',
  'thi xa': 'thị xã',
  'dac khu': 'đặc khu',
};

export function placeName(place: string | null): { name: string; level: string } | null {
  if (!place) return null;
  const own = /^(phuong|xa|thi tran|thi xa|dac khu)\s+/.exec(foldAligned(place));
  if (own) return { name: place.slice(own[0].length).trim(), level: lookup(PLACE_LEVELS, own[1] ?? '') ?? 'xã' };
  const name = place.replace(/^(?:TP\.?|Tp\.?|Thành phố|thành phố)\s*/u, '').trim();
  if (name === '') return null;
  return { name, level: CENTRAL_CITIES.includes(foldWords(name)) ? 'thành phố' : 'tỉnh' };
}

/** The phrase as printed with tones elsewhere in the document, when it was typed without them. */
export function restoreTones(phrase: string, text: string, fold: string): string {
  const needle = foldAligned(phrase);
  if (needle.length < 3) return phrase;
  let best = phrase;
  let bestScore = 0;
  let at = fold.indexOf(needle);
  for (let hits = 0; at >= 0 && hits < 40; hits++) {
    const before = fold.charAt(at - 1);
    const after = fold.charAt(at + needle.length);
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
      const candidate = text.slice(at, at + needle.length);
      const score = candidate.replace(/[\x00-\x7f]/g, '').length;
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    at = fold.indexOf(needle, at + 1);
  }
  return best;
}
