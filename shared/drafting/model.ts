import { kindByName } from '../domain/document-kinds';
import { datePhrase, isoParts } from '../text/dates';
import type { BodyBlock, Draft, DraftHeader, SignerBlock, TextRun } from './draft-schema';

/**
 * The printed wording of a draft's fixed parts (Phụ lục I), shared by the renderers and the format
 * checker so that what is checked is exactly what is printed.
 */

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Kinds printed without a tên loại line: the subject goes under the Số line as "V/v …". */
const UNTITLED_KINDS = new Set(['Công văn', 'Thư công']);

/** Kinds whose Nơi nhận starts with "Như trên" when they have a Kính gửi. */
export const AS_ABOVE_KINDS = new Set(['Công văn', 'Tờ trình', 'Báo cáo', 'Công điện', 'Giấy giới thiệu', 'Giấy mời']);

export function upperVi(value: string): string {
  return value.normalize('NFC').toLocaleUpperCase('vi');
}

export function isUntitledKind(kind: string): boolean {
  return UNTITLED_KINDS.has(kind);
}

/** The type code of the ký hiệu (QĐ, TTr, …), or null for a công văn. */
export function kindCode(kind: string): string | null {
  return kindByName(kind)?.code ?? null;
}

/** The tên loại line: "QUYẾT ĐỊNH", "GIẤY MỜI"; null for a công văn. */
export function kindTitle(kind: string): string | null {
  return isUntitledKind(kind) ? null : upperVi(kind);
}

/** The enacting line of a Quyết định / Nghị quyết after its căn cứ. */
export function enactingLine(kind: string): string | null {
  if (kind === 'Quyết định') return 'QUYẾT ĐỊNH:';
  if (kind === 'Nghị quyết') return 'QUYẾT NGHỊ:';
  return null;
}

export function runsText(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

/** The label printed before a block's text ("Điều 2.", "1.1.", "a)", "I."), or ''. */
export function blockLabel(block: BodyBlock): string {
  switch (block.type) {
    case 'article':
      return `Điều ${block.number}.`;
    case 'item':
      return block.label.trim();
    case 'heading':
      return block.label?.trim() ?? '';
    case 'paragraph':
      return '';
  }
}

/** A block as one line of plain text, label included. */
export function blockText(block: BodyBlock): string {
  const label = blockLabel(block);
  const text = runsText(block.runs);
  if (!label) return text;
  return text.trim() ? `${label} ${text.replace(/^\s+/, '')}` : label;
}

/** "Số: 8162/SYT-KHTC"; an unnumbered draft leaves room for the number: "Số:      /SYT-KHTC". */
export function numberLine(header: DraftHeader): string {
  const number = header.number?.trim();
  return number ? `Số: ${number}/${header.symbol}` : `Số:        /${header.symbol}`;
}

/** "Đồng Nai, ngày 05 tháng 3 năm 2025"; an undated draft prints blanks to fill by hand. */
export function dateLine(header: DraftHeader): string {
  if (!header.date) return `${header.place}, ngày … tháng … năm …`;
  return `${header.place}, ${datePhrase(header.date)}`;
}

/** A date inside body text: day padded below 10, month padded for 1 and 2 only ("03/02/2021", "22/9/2021"). */
export function citationDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${String(day).padStart(2, '0')}/${mm}/${year}`;
}

/** The V/v line of a công văn (null for other kinds). */
export function vvLine(draft: Pick<Draft, 'kind' | 'subject'>): string | null {
  if (!isUntitledKind(draft.kind)) return null;
  return draft.subject.trim() ? `V/v ${draft.subject.trim()}` : null;
}

/** Signer lines as printed: each authority marker with its line, then the title (all upper case). */
export function signerLines(signer: SignerBlock): string[] {
  const lines = signer.authority.map((a) => `${a.marker} ${upperVi(a.onBehalfOf.trim())}`);
  if (signer.title.trim()) lines.push(upperVi(signer.title.trim()));
  return lines;
}

/** A list printed with "- " items, each ending ";" and the last ".": Kính gửi, Nơi nhận. */
export function listLines(items: readonly string[], last: string | null): string[] {
  const all = last === null ? [...items] : [...items, last];
  return all.map((item, i) => `- ${item.trim()}${i === all.length - 1 ? '.' : ';'}`);
}

/** Nơi nhận lines under "Nơi nhận:", ending with "- Lưu: VT, KHTC.". */
export function distributionLines(draft: Pick<Draft, 'distribution' | 'archive'>): string[] {
  return listLines(draft.distribution, `Lưu: ${draft.archive.trim()}`);
}

/** Kính gửi: one addressee on the lead's line ("Kính gửi: Sở Tài chính."), several as a dash list under it. */
export function recipientLines(recipients: Draft['recipients']): { lead: string; items: string[] } | null {
  if (!recipients) return null;
  const items = recipients.items.map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return null;
  if (items.length === 1 && recipients.lead.trim() === 'Kính gửi:') return { lead: `Kính gửi: ${items[0]}.`, items: [] };
  return { lead: recipients.lead.trim(), items: listLines(items, null) };
}

/** The header's agency lines, upper case as printed (the names are stored as entered). */
export function agencyHeaderLines(header: DraftHeader): { parent: string | null; agency: string } {
  return { parent: header.parentName?.trim() ? upperVi(header.parentName.trim()) : null, agency: upperVi(header.agencyName.trim()) };
}

/** Punctuates a list of căn cứ lines: each ends ";" and the last ".", existing endings replaced. */
export function punctuateBases(lines: readonly string[]): string[] {
  const clean = lines.map((l) => l.trim().replace(/[;,.]+$/, '')).filter(Boolean);
  return clean.map((l, i) => `${l}${i === clean.length - 1 ? '.' : ';'}`);
}
