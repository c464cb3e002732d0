import { AppError } from '../errors';
import { fold } from '../text/fold';
import type { BodyBlock, Draft } from './draft-schema';
import { citationDate } from './model';
import { type DraftAgency, type DraftOptions, paragraph } from './templates/common';
import { createDraft } from './templates/index';

/**
 * "Soạn văn bản trả lời": a công văn answering an incoming document. The addressee is the incoming
 * document's issuer; the body opens with the citation in the standard form ("Phúc đáp Văn bản số
 * 9684/UBND-THNC ngày 20/9/2023 của UBND tỉnh về việc …, Sở Y tế có ý kiến như sau:"); the V/v is
 * proposed from the incoming subject.
 */

/** The registration fields of the incoming document (the extractor's / register's names). */
export interface IncomingForReply {
  kind: string;
  numberAndSymbol: string | null;
  /** ISO date of the incoming document. */
  date: string | null;
  issuer: string;
  subject: string | null;
  parentIssuer?: string | null;
}

export type ReplyOpening = 'Thực hiện' | 'Phúc đáp' | 'Trả lời';

export interface ReplyOptions extends Omit<DraftOptions, 'recipients' | 'legalBases' | 'issuingAuthority' | 'secondarySigner'> {
  unitAbbreviation: string;
  /** Default: "Thực hiện" for a directive or a document of the agency's parent body, else "Phúc đáp". */
  opening?: ReplyOpening;
  /** Addressee; default the incoming issuer. */
  recipient?: string;
  /** The closing sentence; null for none; default a standard closing ending "./.". */
  closing?: string | null;
}

/** Kinds that instruct rather than ask: a reply "implements" them. */
const DIRECTIVE_KINDS = new Set(['Quyết định', 'Chỉ thị', 'Công điện', 'Kế hoạch', 'Thông báo', 'Chương trình', 'Nghị quyết', 'Kết luận']);

export function defaultOpening(incoming: IncomingForReply, agency: DraftAgency): ReplyOpening {
  if (DIRECTIVE_KINDS.has(incoming.kind)) return 'Thực hiện';
  const parent = agency.parentName ? fold(agency.parentName) : '';
  const issuer = fold(incoming.issuer);
  if (parent && (issuer === parent || issuer.startsWith(`${parent} `) || parent.startsWith(`${issuer} `))) return 'Thực hiện';
  return 'Phúc đáp';
}

/** How a document is named when cited: a công văn is "Văn bản", the others by their kind. */
export function citedKindName(kind: string): string {
  return kind === 'Công văn' || !kind.trim() ? 'Văn bản' : kind.trim();
}

function cleanSubject(subject: string | null): string {
  return (subject ?? '')
    .trim()
    .replace(/^(V\/v|Về việc|Về)\s+/iu, '')
    .replace(/[.;,\s]+$/u, '');
}

/** "Văn bản số 8161/SYT-KHTC ngày 29/9/2021 của Sở Y tế tỉnh Đồng Nai về việc …" (parts left out when unknown). */
export function citationOf(incoming: IncomingForReply): string {
  const parts = [citedKindName(incoming.kind)];
  const number = incoming.numberAndSymbol?.trim();
  if (number && !number.startsWith('/')) parts.push(`số ${number}`);
  if (incoming.date) parts.push(`ngày ${citationDate(incoming.date)}`);
  parts.push(`của ${incoming.issuer.trim()}`);
  const subject = cleanSubject(incoming.subject);
  if (subject) parts.push(`về việc ${subject}`);
  return parts.join(' ');
}

/** Proposed V/v lines (without "V/v"), best first: the same matter, then "phúc đáp Văn bản số …". */
export function proposeReplySubjects(incoming: IncomingForReply, opening: ReplyOpening = 'Phúc đáp'): string[] {
  const subject = cleanSubject(incoming.subject).replace(/^(đề nghị|yêu cầu)\s+/iu, '');
  const number = incoming.numberAndSymbol?.trim();
  const cited = number && !number.startsWith('/') ? `${citedKindName(incoming.kind)} số ${number}` : null;
  const proposals: string[] = [];
  if (subject) proposals.push(subject);
  if (subject && opening === 'Thực hiện' && !/^báo cáo\b/iu.test(subject)) proposals.push(`báo cáo kết quả ${subject}`);
  if (cited) proposals.push(`${opening.toLowerCase()} ${cited} của ${incoming.issuer.trim()}`);
  if (proposals.length === 0) proposals.push(`${opening.toLowerCase()} văn bản của ${incoming.issuer.trim()}`);
  return proposals;
}

function defaultClosing(opening: ReplyOpening, selfName: string, recipient: string): string {
  if (opening === 'Thực hiện') return `${selfName} kính báo cáo ${recipient} xem xét, chỉ đạo./.`;
  return `${selfName} trân trọng gửi ${recipient} xem xét, tổng hợp./.`;
}

/**
 * The reply draft: a công văn of the agency (ký hiệu <agency>-<unit>), Kính gửi the incoming issuer,
 * the citation paragraph, the caller's content (or an empty paragraph to write in), the closing,
 * Nơi nhận "Như trên" + the caller's items + "Lưu: VT, <unit>".
 */
export function composeReply(incoming: IncomingForReply, agency: DraftAgency, options: ReplyOptions): Draft {
  if (!incoming.issuer?.trim()) {
    throw new AppError(
      'VALIDATION',
      'Văn bản đến chưa ghi cơ quan ban hành nên chưa soạn được văn bản trả lời. Hãy bổ sung cơ quan ban hành.',
    );
  }
  const opening = options.opening ?? defaultOpening(incoming, agency);
  const recipient = options.recipient?.trim() || incoming.issuer.trim();
  const selfName = agency.name.trim();
  const continuation = opening === 'Thực hiện' ? 'báo cáo như sau:' : 'có ý kiến như sau:';
  const body: BodyBlock[] = [paragraph(`${opening} ${citationOf(incoming)}, ${selfName} ${continuation}`)];
  body.push(...(options.body ?? [paragraph('')]));
  const closing = options.closing === undefined ? defaultClosing(opening, selfName, recipient) : options.closing;
  if (closing?.trim()) body.push(paragraph(closing.trim()));
  return createDraft('Công văn', agency, {
    ...options,
    subject: options.subject ?? proposeReplySubjects(incoming, opening)[0] ?? '',
    recipients: [recipient],
    body,
  });
}
