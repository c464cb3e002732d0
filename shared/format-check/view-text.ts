import { DOCUMENT_KINDS, kindByCode } from '../domain/document-kinds';
import { upperVi } from '../drafting/model';
import { fold } from '../text/fold';
import type { CheckView, ViewLine } from './types';

/**
 * The checker's view of plain text: a received document pasted or converted (DOCX→text, PDF copy),
 * or an exported draft read back. Copies often lose the header (Quốc hiệu, agency names); the
 * parts that are missing stay null and the rules do not report them as errors.
 */

/** Text without markdown emphasis and surrounding spaces ("**KT. GIÁM ĐỐC  " → "KT. GIÁM ĐỐC"). */
export function cleanLine(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\*{2,3}/g, '')
    .replace(/^\*|\*$/g, '')
    .replace(/\s+$/u, '')
    .trim();
}

const KIND_TITLES = new Map(DOCUMENT_KINDS.map((k) => [fold(k.name), k.name]));
const MARKER_LINE = /^(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)[.\s]/u;
const LABEL_START = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|\(\d+\)|Điều\s+\d+)\s/u;
const PREAMBLE_START = /^(can cu|theo de nghi|xet de nghi|thuc hien)\b/;
const MARK_WORDS = new Set(['khan', 'thuong khan', 'hoa toc', 'mat', 'toi mat', 'tuyet mat']);

export function isUpperLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && text === upperVi(text);
}

export function kindOfTitle(text: string): string | null {
  return isUpperLine(text) ? (KIND_TITLES.get(fold(text)) ?? null) : null;
}

const isNational = (t: string) => fold(t).includes('cong hoa xa hoi chu nghia');
const isMotto = (t: string) => {
  const f = fold(t);
  return f.includes('doc lap') && f.includes('tu do') && f.includes('hanh phuc');
};
const isNumberLine = (t: string) => /^so\s*[:.]?\s*[\p{L}\p{N}\s.-]*\//u.test(fold(t));
const isDateLine = (t: string) => t.length < 90 && /\bnga?y\b.*\bthang\b.*\bnam\b/.test(fold(t));
const isVv = (t: string) => /^v\s*\/\s*v\b/i.test(t);
const isDashItem = (t: string) => /^[-–—•+]/.test(t);
const isDistributionHeading = (t: string) => /^noi nhan\b\s*:?\s*$/.test(fold(t));
const startsLower = (t: string) => /^[\p{Ll}\p{N}(]/u.test(t);

function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 7 && !isUpperLine(text) && !/[:;,.]$/.test(text) && words.every((w) => /^\p{Lu}/u.test(w));
}

interface Cursor {
  lines: ViewLine[];
  i: number;
}

function readHeader(cur: Cursor, view: CheckView): void {
  while (cur.i < cur.lines.length) {
    const at = cur.lines[cur.i];
    if (!at) break;
    const t = at.text;
    if (!view.nationalName && isNational(t)) view.nationalName = at;
    else if (!view.motto && isMotto(t)) view.motto = at;
    else if (!view.numberLine && isNumberLine(t)) view.numberLine = at;
    else if (!view.dateLine && isDateLine(t)) view.dateLine = at;
    else if (!view.vvLine && isVv(t)) {
      view.vvLine = { ...at };
      while (cur.lines[cur.i + 1] && startsLower(cur.lines[cur.i + 1]?.text ?? '')) {
        cur.i++;
        view.vvLine.text = `${view.vvLine.text} ${cur.lines[cur.i]?.text ?? ''}`;
      }
    } else if (MARK_WORDS.has(fold(t))) {
      // urgency or secrecy mark: part of the header, checked elsewhere
    } else if (!(isUpperLine(t) && kindOfTitle(t) === null && !MARKER_LINE.test(t))) break;
    cur.i++;
  }
}

function readTitle(cur: Cursor, view: CheckView): void {
  const at = cur.lines[cur.i];
  if (!at || kindOfTitle(at.text) === null) return;
  view.titleLine = at;
  cur.i++;
  const subject = cur.lines[cur.i];
  if (subject && !isUpperLine(subject.text) && !/^(kinh gui|can cu)\b/.test(fold(subject.text)) && !LABEL_START.test(subject.text)) {
    view.subject = { ...subject };
    cur.i++;
    while (cur.lines[cur.i] && startsLower(cur.lines[cur.i]?.text ?? '') && !LABEL_START.test(cur.lines[cur.i]?.text ?? '')) {
      view.subject.text = `${view.subject.text} ${cur.lines[cur.i]?.text ?? ''}`;
      cur.i++;
    }
  }
  // The issuing authority of a Quyết định ("GIÁM ĐỐC SỞ Y TẾ") is an upper-case line of its own.
  const next = cur.lines[cur.i]?.text ?? '';
  if (isUpperLine(next) && !/:$/.test(next)) cur.i++;
}

function readRecipients(cur: Cursor, view: CheckView): void {
  const at = cur.lines[cur.i];
  if (!at) return;
  const f = fold(at.text);
  const isKinhGui = f.startsWith('kinh gui');
  if (!isKinhGui && !/dien\s*:$/.test(f) && !f.includes('tran trong kinh moi')) return;
  cur.i++;
  if (isKinhGui) {
    const inline = at.text.replace(/^Kính gửi\s*:?\s*/iu, '');
    if (inline) view.recipients.push({ ...at, text: inline });
  }
  while (cur.lines[cur.i] && isDashItem(cur.lines[cur.i]?.text ?? '')) {
    const item = cur.lines[cur.i];
    if (item) view.recipients.push(item);
    cur.i++;
  }
}

/** The last run of upper-case lines (authority markers, title) followed by a name or the end. */
function findSigner(lines: readonly ViewLine[], from: number): { start: number; end: number } | null {
  for (let end = lines.length - 1; end >= from; end--) {
    const t = lines[end]?.text ?? '';
    if (!isUpperLine(t) || LABEL_START.test(t) || /:$/.test(t) || isDashItem(t)) continue;
    const after = lines[end + 1]?.text;
    if (after !== undefined && !isNameLike(after) && !isDistributionHeading(after)) continue;
    let start = end;
    while (start - 1 >= from && isUpperLine(lines[start - 1]?.text ?? '') && !LABEL_START.test(lines[start - 1]?.text ?? '')) start--;
    return { start, end };
  }
  return null;
}

function readDistribution(lines: readonly ViewLine[], from: number, view: CheckView): { start: number; end: number } | null {
  const heading = lines.findIndex((l, i) => i >= from && isDistributionHeading(l.text));
  if (heading < 0) return null;
  view.distributionHeading = lines[heading] ?? null;
  let end = heading + 1;
  while (lines[end] && (isDashItem(lines[end]?.text ?? '') || /^lu?u\b/.test(fold(lines[end]?.text ?? '')))) {
    const item = lines[end];
    if (item) view.distribution.push(item);
    end++;
  }
  return { start: heading, end };
}

function detectKind(view: CheckView): string | null {
  if (view.titleLine) return kindOfTitle(view.titleLine.text);
  const symbol = view.numberLine?.text.split('/')[1] ?? '';
  const code = symbol.split('-')[0]?.trim() ?? '';
  const byCode = code ? kindByCode(code)?.name : undefined;
  if (byCode) return byCode;
  return view.vvLine ? 'Công văn' : null;
}

function splitBody(lines: readonly ViewLine[], view: CheckView): void {
  const enacting = lines.findIndex((l) => /^quyet (dinh|nghi)\s*:$/.test(fold(l.text)));
  let i = 0;
  if (enacting >= 0) {
    view.legalBases = lines.slice(0, enacting).filter((l) => PREAMBLE_START.test(fold(l.text)));
    view.enactingLine = lines[enacting] ?? null;
    view.body = lines.slice(enacting + 1);
    return;
  }
  while (i < lines.length && PREAMBLE_START.test(fold(lines[i]?.text ?? ''))) i++;
  view.legalBases = lines.slice(0, i);
  view.body = lines.slice(i);
}

export function viewFromText(input: string): CheckView {
  const lines: ViewLine[] = [];
  input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, index) => {
      const text = cleanLine(raw);
      if (text) lines.push({ text, line: index + 1, path: null });
    });
  const view: CheckView = {
    source: 'text',
    kind: null,
    nationalName: null,
    motto: null,
    numberLine: null,
    dateLine: null,
    vvLine: null,
    titleLine: null,
    subject: null,
    recipients: [],
    legalBases: [],
    enactingLine: null,
    body: [],
    signerLines: [],
    signerName: null,
    distributionHeading: null,
    distribution: [],
    draft: null,
  };
  const cur: Cursor = { lines, i: 0 };
  readHeader(cur, view);
  readTitle(cur, view);
  readRecipients(cur, view);
  const distribution = readDistribution(lines, cur.i, view);
  const signer = findSigner(lines, cur.i);
  if (signer) {
    view.signerLines = lines.slice(signer.start, signer.end + 1);
    const name = lines[signer.end + 1];
    view.signerName = name && isNameLike(name.text) ? name : null;
  }
  const bodyEnd = Math.min(distribution?.start ?? lines.length, signer?.start ?? lines.length);
  splitBody(lines.slice(cur.i, bodyEnd), view);
  view.kind = detectKind(view);
  return view;
}
