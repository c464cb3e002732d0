import { foldWords } from '../text/fold';
import { kindByTitle } from './kinds';
import { foldAligned, type Line } from './normalise';
import { isMostlyUpper, normaliseAgency } from './org-case';
import { provinceInText, provinceLocality } from './provinces';
import { compact, fromAbbreviation, placeName, restoreTones } from './issuer-infer';
import type { KnownBody } from './types';

/**
 * The issuing body and its governing body, normalised (corpus README): from the agency lines of the
 * header when they survived, otherwise inferred from the ký hiệu (its issuer group), the place and
 * the body text ("SYT-KHTC" + Đồng Nai + "Giám đốc Sở Y tế" → Sở Y tế tỉnh Đồng Nai), then resolved
 * against the directory's names, abbreviations and aliases.
 */
export interface IssuerField {
  issuer: string | null;
  parentIssuer: string | null;
  lines: Line[];
  confidence: number;
}

const NOISE =
  /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–]?\s*tu do\s*[-–]?\s*hanh phuc|dang cong san viet nam|^(?:khan|thuong khan|hoa toc|mat|toi mat|tuyet mat|du thao|ban sao)$/g;
const LOCAL_TYPES =
  /^(?:so|ban|benh vien|trung tam|chi cuc|van phong|thanh tra|cong an|bo chi huy|bao hiem xa hoi|dai|kho bac|phong|hoi|quy)\b/;
const BODY_START =
  /^(?:uy ban|ubnd|so|bo|phong|ban|truong|benh vien|trung tam|chi cuc|cuc|tong cuc|van phong|thanh tra|cong an|tinh uy|huyen uy|dang uy|hoi dong|hdnd|kho bac|bao hiem|vien|hoc vien|dai|tong cong ty|cong ty)\b/;
const CENTRAL_BODY = /\b(?:chinh phu|quoc hoi|trung uong|bo chinh tri|nha nuoc)$/;
export interface IssuerInput {
  lines: readonly Line[];
  headerEnd: number;
  symbol: string | null;
  hasKindCode: boolean;
  place: string | null;
  text: string;
  fold: string;
  known: readonly KnownBody[];
}

export function findIssuer(input: IssuerInput): IssuerField {
  const restore = (phrase: string) => restoreTones(phrase, input.text, input.fold);
  const agency = agencyLines(input.lines, input.headerEnd, restore);
  const abbreviation = symbolIssuer(input.symbol, input.hasKindCode);
  const place = placeName(input.place);
  let issuer: string | null = null;
  let parent: string | null = null;
  let confidence = 0.9;
  let grandparent: string | null = null;
  if (agency.names.length > 0) {
    issuer = agency.names[agency.names.length - 1] ?? null;
    parent = agency.names.length > 1 ? (agency.names[agency.names.length - 2] ?? null) : null;
    grandparent = agency.names.length > 2 ? (agency.names[0] ?? null) : null;
  } else if (abbreviation) {
    confidence = 0.6;
    issuer = fromAbbreviation(abbreviation, input, place);
  }
  const known = resolveKnown(issuer, abbreviation, input.known);
  if (known) {
    issuer = known;
    confidence = Math.max(confidence, 0.85);
  }
  if (issuer && parent && /^Văn phòng$/u.test(issuer) && /^UBND /u.test(parent)) issuer = `Văn phòng ${parent}`;
  if (issuer) {
    const located = known ? issuer : withLocality(issuer, parent, place);
    issuer = located;
    const parentLocality = (grandparent ? localityOf(grandparent) : null) ?? localityOf(located);
    parent = parent ? withLocality(parent, null, parentLocality ? null : place, parentLocality) : parentOf(located, input.fold);
  }
  return { issuer, parentIssuer: parent, lines: agency.lines, confidence };
}

function agencyLines(lines: readonly Line[], headerEnd: number, restore: (phrase: string) => string): { names: string[]; lines: Line[] } {
  const picked: Line[] = [];
  const texts: string[] = [];
  for (let i = 0; i < Math.min(headerEnd, lines.length); i++) {
    const line = lines[i] as Line;
    if (line.text === '' || line.text.length > 120) continue;
    if (/^so\s*[:.]|^so\s+\d|ngay\s*\d{0,2}\s*thang|^v\s*\/\s*v|^kinh gui/.test(line.fold) || kindByTitle(line.fold)) continue;
    let text = line.text;
    const f = line.fold.replace(NOISE, (m) => ' '.repeat(m.length));
    text = [...f]
      .map((c, k) => (c === ' ' && line.fold[k] !== ' ' ? ' ' : text[k]))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length < 2 || !isMostlyUpper(text) || /^[\p{P}\s]+$/u.test(text)) continue;
    const previous = texts[texts.length - 1];
    const folded = foldAligned(text);
    if (previous !== undefined && (/^(?:tinh|huyen|xa|phuong|thanh pho|quan|thi xa|va)\b/.test(folded) || /\b(?:VÀ|,)$/.test(previous))) {
      texts[texts.length - 1] = `${previous} ${text}`;
    } else texts.push(text);
    picked.push(line);
  }
  // A line that starts another body ("TRƯỜNG …" under "PHÒNG GD&ĐT") is the next level down; any
  // other extra line continues the name above it.
  const bodies: string[] = [];
  for (const t of texts) {
    if (bodies.length === 0 || BODY_START.test(foldAligned(t))) bodies.push(t);
    else bodies[bodies.length - 1] = `${bodies[bodies.length - 1]} ${t}`;
  }
  texts.splice(0, texts.length, ...bodies.slice(-3));
  return { names: texts.map((t) => normaliseAgency(t, restore)), lines: picked };
}

/** The issuer group of a ký hiệu: "TB-UBND" → "UBND" (typed), "SYT-KHTC" → "SYT" (Công văn). */
function symbolIssuer(symbol: string | null, hasKindCode: boolean): string | null {
  if (!symbol) return null;
  const groups = symbol
    .replace(/^\d{4}\//, '')
    .split(/\s*[-/]\s*/)
    .filter((g) => g !== '');
  return (hasKindCode ? groups[1] : groups[0]) ?? null;
}

const LEVEL_AT = /\s(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+(.+))?$/u;

function localityOf(name: string): string | null {
  const m = LEVEL_AT.exec(name);
  return m?.[2] ? `${m[1]} ${m[2]}` : null;
}

/** Adds the locality a Sở, Ban, hospital or Phòng is named with ("Sở Y tế" → "Sở Y tế tỉnh Đồng Nai"). */
function withLocality(
  name: string,
  parent: string | null,
  place: { name: string; level: string } | null,
  locality: string | null = null,
): string {
  if (localityOf(name)) return name;
  const folded = foldWords(name);
  if ((!LOCAL_TYPES.test(folded) && !/^ubnd$/.test(folded)) || CENTRAL_BODY.test(folded)) return name;
  const from = locality ?? (parent ? localityOf(parent) : null) ?? (place ? `${place.level} ${place.name}` : null);
  if (!from) return name;
  const bare = /\s(tỉnh|huyện|xã|thành phố)$/u.exec(name);
  if (bare) return `${name} ${from.replace(/^\S+(?:\s(?:phố|xã|trấn))?\s/u, '')}`;
  return `${name} ${from}`;
}

function parentOf(issuer: string, fold: string): string | null {
  const folded = foldWords(issuer);
  const locality = localityOf(issuer);
  if (CENTRAL_BODY.test(folded)) return null;
  if (/^(?:bo|tinh uy|ubnd (?:tinh|thanh pho (?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)))\b/.test(folded) || !locality)
    return null;
  if (/^ubnd (?:huyen|quan|thi xa|xa|phuong|thi tran|dac khu|thanh pho)\b/.test(folded)) {
    const province = provinceInText(fold);
    return province ? `UBND ${provinceLocality(province)}` : null;
  }
  const province = /^(tỉnh|thành phố) /u.test(locality) ? locality : null;
  if (!province) return null;
  if (/^benh vien\b/.test(folded)) return `Sở Y tế ${province}`;
  if (/^(?:so|ban|van phong|thanh tra|ubnd)\b/.test(folded)) return `UBND ${province}`;
  return null;
}

function resolveKnown(issuer: string | null, abbreviation: string | null, known: readonly KnownBody[]): string | null {
  const wanted = issuer ? compact(issuer) : null;
  const abbr = abbreviation ? compact(abbreviation) : null;
  for (const body of known) {
    const names = [body.name, ...(body.aliases ?? [])].map(compact);
    if (wanted && names.includes(wanted)) return body.name;
  }
  if (wanted && issuer && !/^(?:ubnd|so|bo)$/.test(wanted)) return null;
  for (const body of known) {
    if (abbr && body.abbreviation && compact(body.abbreviation) === abbr) return body.name;
  }
  return null;
}
