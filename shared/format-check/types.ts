import type { Draft } from '../drafting/draft-schema';

/**
 * Findings of the format checker (thể thức, Phụ lục I of Nghị định 30/2020). Messages and fix
 * descriptions are Vietnamese, for the clerk; `code` is a stable English identifier for programs.
 */

export type Severity = 'error' | 'warning' | 'info';

/** The rule group a finding belongs to (one source file each). */
export type RuleGroup =
  | 'quoc-hieu'
  | 'so-ky-hieu'
  | 'ngay-thang'
  | 'trich-yeu'
  | 'can-cu'
  | 'danh-so'
  | 'dan-chieu'
  | 'chu-ky'
  | 'noi-nhan'
  | 'noi-dung';

/** The part of the document a finding is about. */
export type DocPart =
  | 'national'
  | 'motto'
  | 'number'
  | 'date'
  | 'subject'
  | 'title'
  | 'recipients'
  | 'legalBasis'
  | 'body'
  | 'signer'
  | 'distribution';

export interface FindingLocation {
  part: DocPart;
  /** 1-based line of the checked text (plain-text input); null for a draft. */
  line: number | null;
  /**
   * Path of the draft field holding the text (draft input): "header.number", "subject",
   * "legalBases.2", "body.5", "distribution.1", "archive", "signer.title", "signer.authority.0",
   * "recipients.items.0"; null for plain text.
   */
  path: string | null;
  /** The text the finding is about, as printed (shortened when long). */
  excerpt: string;
}

export interface FindingFix {
  /** What to do, in Vietnamese. */
  description: string;
  /** A mechanical edit inside the located text: replace `find` by `replace`; null when it needs a person. */
  edit: { find: string; replace: string } | null;
}

export interface Finding {
  code: string;
  rule: RuleGroup;
  severity: Severity;
  message: string;
  location: FindingLocation;
  fix: FindingFix | null;
}

/** One line of the document as the rules see it, with where it came from. */
export interface ViewLine {
  text: string;
  line: number | null;
  path: string | null;
}

/** The parts of a document the rules read: built from a draft or parsed from plain text. */
export interface CheckView {
  source: 'draft' | 'text';
  /** The kind (Vietnamese title case), or null when plain text does not show it. */
  kind: string | null;
  nationalName: ViewLine | null;
  motto: ViewLine | null;
  numberLine: ViewLine | null;
  dateLine: ViewLine | null;
  /** The "V/v …" line (header of a công văn). */
  vvLine: ViewLine | null;
  /** The tên loại line ("QUYẾT ĐỊNH"). */
  titleLine: ViewLine | null;
  /** Trích yếu under the tên loại. */
  subject: ViewLine | null;
  /** Kính gửi items as printed. */
  recipients: ViewLine[];
  /** Căn cứ / Theo đề nghị / Thực hiện lines before the body proper. */
  legalBases: ViewLine[];
  /** "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:". */
  enactingLine: ViewLine | null;
  /** Body lines, labels included ("1. …", "Điều 2. …"). */
  body: ViewLine[];
  /** Authority and title lines of the signer block, in order. */
  signerLines: ViewLine[];
  signerName: ViewLine | null;
  distributionHeading: ViewLine | null;
  /** Nơi nhận lines as printed ("- Như trên;"), the Lưu line included. */
  distribution: ViewLine[];
  /** The draft itself, for rules that read its structure. */
  draft: Draft | null;
}

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Gợi ý' };

export const PART_LABELS: Record<DocPart, string> = {
  national: 'Quốc hiệu',
  motto: 'Tiêu ngữ',
  number: 'Số, ký hiệu',
  date: 'Địa danh, ngày tháng',
  subject: 'Trích yếu',
  title: 'Tên loại',
  recipients: 'Kính gửi',
  legalBasis: 'Căn cứ',
  body: 'Nội dung',
  signer: 'Chữ ký',
  distribution: 'Nơi nhận',
};

export function excerptOf(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function finding(base: Omit<Finding, 'location' | 'fix'> & { at: ViewLine; part: DocPart; fix?: FindingFix | null }): Finding {
  return {
    code: base.code,
    rule: base.rule,
    severity: base.severity,
    message: base.message,
    location: { part: base.part, line: base.at.line, path: base.at.path, excerpt: excerptOf(base.at.text) },
    fix: base.fix ?? null,
  };
}

/** A fix that replaces one piece of the located text. */
export function edit(description: string, find: string, replace: string): FindingFix {
  return { description, edit: { find, replace } };
}

export function advice(description: string): FindingFix {
  return { description, edit: null };
}

/** An edit that replaces the line's ending punctuation by `ending`, anchored on the last 12–15 characters. */
export function endingFix(text: string, ending: string, description: string): FindingFix {
  const trimmed = text.replace(/\s+$/u, '');
  const body = trimmed.replace(/[;,.:]+$/u, '');
  const tail = body.slice(-15);
  return { description, edit: { find: trimmed.slice(body.length - tail.length), replace: `${tail}${ending}` } };
}
