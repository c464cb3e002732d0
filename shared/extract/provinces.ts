import { foldWords } from '../text/fold';

/**
 * Provinces and centrally-run cities, before and after the July 2025 merger (the 34 units kept
 * existing names), for telling a province apart from a district in agency names and for restoring
 * their tones in text typed without them.
 */
const NAMES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cần Thơ',
  'Cao Bằng',
  'Đà Nẵng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Nội',
  'Hà Tĩnh',
  'Hải Dương',
  'Hải Phòng',
  'Hậu Giang',
  'Hòa Bình',
  'Hồ Chí Minh',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
  'Huế',
].join('|');

const CENTRAL = new Set(['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue']);

const BY_FOLD = new Map<string, string>(NAMES.split('|').map((name) => [foldWords(name), name]));

/** The province as the corpus writes it ("Hòa Bình"), or undefined when the name is not a province. */
export function provinceName(name: string): string | undefined {
  return BY_FOLD.get(foldWords(name));
}

export function isCentralCity(name: string): boolean {
  return CENTRAL.has(foldWords(name));
}

/** "tỉnh Đồng Nai" / "thành phố Hà Nội". */
export function provinceLocality(name: string): string {
  return `${isCentralCity(name) ? 'thành phố' : 'tỉnh'} ${provinceName(name) ?? name}`;
}

/**
 * The province the document names most often ("tỉnh Đắk Lắk", "thành phố Đà Nẵng", "Thành phố Hồ
 * Chí Minh"), for the parent of a district or commune body.
 */
export function provinceInText(fold: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of fold.matchAll(/\b(?:tinh|thanh pho|tp\.?)\s+([a-z]+(?:\s*-\s*[a-z]+|\s[a-z]+){0,3})/g)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = Math.min(5, words.length); n >= 1; n--) {
      const candidate = provinceName(words.slice(0, n).join(' '));
      if (candidate) {
        counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
        break;
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
