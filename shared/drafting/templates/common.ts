import type { AgencyProfile } from '../../contract/directory';
import { fold } from '../../text/fold';
import type { BodyBlock, Draft, SecrecyLevel, SignerBlock, TextRun, UrgencyLevel } from '../draft-schema';
import { upperVi } from '../model';

/** The agency fields a template needs (a subset of the directory's AgencyProfile). */
export type DraftAgency = Pick<AgencyProfile, 'parentName' | 'name' | 'abbreviation' | 'place'>;

/** What the caller may fill in; everything else comes from the kind's template. */
export interface DraftOptions {
  /** Abbreviation of the drafting unit (KHTC): ký hiệu of a công văn, "Lưu: VT, KHTC.". */
  unitAbbreviation?: string | null;
  /** The number given by the outgoing register; null/absent leaves it blank. */
  number?: string | number | null;
  /** ISO date of issue; null/absent leaves the date blank. */
  date?: string | null;
  subject?: string;
  recipients?: string[];
  /** Căn cứ lines without endings; the template punctuates them (";" then "."). */
  legalBases?: string[];
  body?: BodyBlock[];
  signer?: SignerBlock;
  secondarySigner?: { title: string; name: string } | null;
  /** Nơi nhận items after the kind's first item ("Như trên", "Như Điều 3"). */
  distribution?: string[];
  issuingAuthority?: string | null;
  urgency?: UrgencyLevel | null;
  secrecy?: SecrecyLevel | null;
  drafterMark?: string | null;
}

export interface TemplateContext {
  agency: DraftAgency;
  options: DraftOptions;
  /** The head's title for this agency ("GIÁM ĐỐC" for a Sở). */
  headTitle: string;
  /** How the agency names itself in the body: its name as entered ("Sở Y tế"). */
  selfName: string;
}

/** What a kind's template contributes; createDraft fills the header and applies the options. */
export type TemplateParts = Partial<
  Pick<
    Draft,
    'subject' | 'issuingAuthority' | 'recipients' | 'legalBases' | 'body' | 'distribution' | 'archive' | 'secondarySigner' | 'signer'
  >
>;

export interface KindTemplate {
  kind: string;
  build(ctx: TemplateContext): TemplateParts;
}

const HEAD_TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(uy ban nhan dan|ubnd)\b/, 'CHỦ TỊCH'],
  [/^(hoi dong nhan dan|hdnd)\b/, 'CHỦ TỊCH'],
  [/^bo\b/, 'BỘ TRƯỞNG'],
  [/^van phong\b/, 'CHÁNH VĂN PHÒNG'],
  [/^thanh tra\b/, 'CHÁNH THANH TRA'],
  [/^truong\b/, 'HIỆU TRƯỞNG'],
  [/^(ban|to)\b/, 'TRƯỞNG BAN'],
  [/^(so|benh vien|trung tam|cuc|chi cuc|vien|cong ty|bao)\b/, 'GIÁM ĐỐC'],
  [/^phong\b/, 'TRƯỞNG PHÒNG'],
];

/** The title of an agency's head, from the kind of body its name starts with. */
export function headTitleFor(agencyName: string): string {
  const folded = fold(agencyName);
  return HEAD_TITLES.find(([pattern]) => pattern.test(folded))?.[1] ?? 'THỦ TRƯỞNG CƠ QUAN';
}

/** Whether the agency works under the collective regime (a People's Committee or Council signs "TM."). */
export function isCollectiveBody(agencyName: string): boolean {
  return /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\b/.test(fold(agencyName));
}

/** The head signing directly; a People's Committee signs "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
export function defaultSigner(agency: DraftAgency, name = ''): SignerBlock {
  const title = headTitleFor(agency.name);
  if (isCollectiveBody(agency.name)) {
    const collective = /^(hoi dong nhan dan|hdnd)\b/.test(fold(agency.name)) ? 'HỘI ĐỒNG NHÂN DÂN' : 'ỦY BAN NHÂN DÂN';
    return { authority: [{ marker: 'TM.', onBehalfOf: collective }], title, name };
  }
  return { authority: [], title, name };
}

/** "GIÁM ĐỐC SỞ Y TẾ": the issuing authority line of a Quyết định. */
export function issuingAuthorityFor(agency: DraftAgency): string {
  if (isCollectiveBody(agency.name)) return upperVi(agency.name.replace(/^UBND\b/u, 'Ủy ban nhân dân'));
  return `${headTitleFor(agency.name)} ${upperVi(agency.name)}`;
}

export function runs(...parts: Array<string | TextRun>): TextRun[] {
  return parts.map((p) => (typeof p === 'string' ? { text: p } : p)).filter((r) => r.text.length > 0);
}

export function paragraph(...parts: Array<string | TextRun>): BodyBlock {
  return { type: 'paragraph', runs: runs(...parts) };
}

export function item(label: string, ...parts: Array<string | TextRun>): BodyBlock {
  return { type: 'item', label, runs: runs(...parts) };
}

export function heading(label: string, value: string): BodyBlock {
  return { type: 'heading', label, runs: runs(value) };
}

export function article(number: number, ...parts: Array<string | TextRun>): BodyBlock {
  return { type: 'article', number, runs: runs(...parts) };
}

/** A "Label: value" line, as in a Giấy mời, Giấy giới thiệu or Biên bản (Phụ lục III Mẫu 1.7–1.9). */
export function labelled(label: string, value: string): BodyBlock {
  return paragraph(`${label}: ${value}`);
}

export function archiveFor(unit: string | null | undefined): string {
  return unit?.trim() ? `VT, ${unit.trim()}` : 'VT';
}
