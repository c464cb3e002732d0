import { foldWords } from '../text/fold';

/**
 * Canonical forms of organisation names for matching (never for display). Folded, punctuation
 * dropped, and the abbreviations offices write expanded: "UBND" = "Ủy ban nhân dân",
 * "Sở KH&ĐT" = "Sở Kế hoạch và Đầu tư", "Phòng KH-TC" = "Phòng Kế hoạch – Tài chính".
 * When adding an abbreviation: add it to ABBREVIATIONS (folded, '&' and '-' already turned into spaces
 * is NOT assumed: keys are matched on the folded text before punctuation is dropped).
 */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bkh ?& ?dt\b/g, 'ke hoach va dau tu'],
  [/\btn ?& ?mt\b/g, 'tai nguyen va moi truong'],
  [/\bgd ?& ?dt\b/g, 'giao duc va dao tao'],
  [/\bnn ?& ?ptnt\b/g, 'nong nghiep va phat trien nong thon'],
  [/\bld ?- ?tb ?& ?xh\b/g, 'lao dong thuong binh va xa hoi'],
  [/\bvh ?, ?tt ?& ?dl\b/g, 'van hoa the thao va du lich'],
  [/\bkh ?& ?cn\b/g, 'khoa hoc va cong nghe'],
  [/\btt ?& ?tt\b/g, 'thong tin va truyen thong'],
  [/\bgtvt\b/g, 'giao thong van tai'],
  [/\bkh ?- ?tc\b/g, 'ke hoach tai chinh'],
  [/\bkhtc\b/g, 'ke hoach tai chinh'],
  [/\btc ?- ?kh\b/g, 'tai chinh ke hoach'],
  [/\btckh\b/g, 'tai chinh ke hoach'],
  [/\btccb\b/g, 'to chuc can bo'],
  [/\bnvy\b/g, 'nghiep vu y'],
  [/\bvp\b/g, 'van phong'],
  [/\bbql\b/g, 'ban quan ly'],
  [/\bbqlda\b/g, 'ban quan ly du an'],
  [/\bbgd\b/g, 'ban giam doc'],
  [/\bttyt\b/g, 'trung tam y te'],
  [/\bbvdk\b/g, 'benh vien da khoa'],
  [/\bsyt\b/g, 'so y te'],
  [/\btp\.? ?/g, 'thanh pho '],
];

/** Words that carry no identity when comparing two names of the same kind of body. */
const CONNECTIVES = new Set(['va', 'cua', 'thuoc', 'truc']);

export function canonicalOrgName(name: string): string {
  let s = ` ${name.normalize('NFC').toLowerCase()} `;
  s = s.replace(/[–—]/g, '-');
  s = foldKeepingPunctuation(s);
  for (const [pattern, expansion] of ABBREVIATIONS) s = s.replace(pattern, expansion);
  return foldWords(s)
    .split(' ')
    .filter((w) => w && !CONNECTIVES.has(w))
    .join(' ');
}

function foldKeepingPunctuation(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐÐ]/g, 'd').replace(/\s+/g, ' ');
}

/** Initials of the significant words: "Kế hoạch – Tài chính" → "khtc". */
export function initialsOf(name: string): string {
  return canonicalOrgName(name)
    .split(' ')
    .filter((w) => w.length > 0)
    .map((w) => w[0])
    .join('');
}

/** Words that only say what kind of body it is ("phòng", "sở"): weaker evidence than the rest. */
const KIND_WORDS = new Set(['phong', 'so', 'ban', 'van', 'trung', 'tam', 'cac', 'don', 'vi', 'co', 'quan', 'tinh', 'huyen', 'xa']);

/** Dice similarity over canonical word sets, where kind words count half. 1 = same words. */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(canonicalOrgName(a).split(' ').filter(Boolean));
  const wb = new Set(canonicalOrgName(b).split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  const weight = (w: string) => (KIND_WORDS.has(w) ? 0.5 : 1);
  let shared = 0;
  let total = 0;
  for (const w of wa) {
    total += weight(w);
    if (wb.has(w)) shared += weight(w);
  }
  for (const w of wb) {
    total += weight(w);
    if (wa.has(w)) shared += weight(w);
  }
  return shared / total;
}

export interface MatchCandidate {
  id: number;
  name: string;
  abbreviation?: string | null;
  aliases: readonly string[];
}

export interface ScoredMatch {
  id: number;
  name: string;
  score: number;
  matchedOn: string;
}

/**
 * Ranks candidates for a name found in a document. The agency's own name may trail a unit name
 * ("Phòng Nghiệp vụ Sở Y tế"); pass it as ownerNames so it is stripped before comparing.
 */
export function matchOrgName(
  query: string,
  candidates: readonly MatchCandidate[],
  options: { ownerNames?: readonly string[]; limit?: number; minScore?: number } = {},
): ScoredMatch[] {
  const variants = queryVariants(query, options.ownerNames ?? []);
  const minScore = options.minScore ?? 0.6;
  const scored: ScoredMatch[] = [];
  for (const candidate of candidates) {
    let best = 0;
    let matchedOn = candidate.name;
    const names = [candidate.name, ...candidate.aliases];
    for (const variant of variants) {
      for (const name of names) {
        const score = canonicalOrgName(name) === variant.canonical ? 1 : nameSimilarity(variant.raw, name) * 0.9;
        if (score > best) {
          best = score;
          matchedOn = name;
        }
      }
      const abbreviation = candidate.abbreviation ? foldWords(candidate.abbreviation).replace(/ /g, '') : '';
      const compact = variant.canonical.replace(/ /g, '');
      if (abbreviation && (compact === abbreviation || variant.initials === abbreviation) && best < 0.95) {
        best = 0.95;
        matchedOn = candidate.abbreviation ?? candidate.name;
      }
    }
    if (best >= minScore) scored.push({ id: candidate.id, name: candidate.name, score: round(best), matchedOn });
  }
  scored.sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, 'vi'));
  return scored.slice(0, options.limit ?? 10);
}

interface QueryVariant {
  raw: string;
  canonical: string;
  initials: string;
}

function queryVariants(query: string, ownerNames: readonly string[]): QueryVariant[] {
  const raws = new Set<string>([query]);
  const canonicalQuery = canonicalOrgName(query);
  for (const owner of ownerNames) {
    const canonicalOwner = canonicalOrgName(owner);
    if (canonicalOwner && canonicalQuery.endsWith(` ${canonicalOwner}`)) {
      raws.add(canonicalQuery.slice(0, -canonicalOwner.length - 1));
    }
  }
  // "Thanh tra Sở" / "Văn phòng Sở": the trailing "Sở" names the agency itself.
  const trimmed = canonicalQuery.replace(/ (so|tinh|truong|benh vien)$/, '');
  if (trimmed !== canonicalQuery) raws.add(trimmed);
  return [...raws].map((raw) => ({ raw, canonical: canonicalOrgName(raw), initials: initialsOf(raw) }));
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
