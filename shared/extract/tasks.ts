import { findDeadline } from './deadlines';
import { type Item, isBullet, isClosingPara, type Outline, ownFold, ownText } from './outline';
import { type Para, paraOffset } from './paragraphs';
import { isPartyOnly, partyAt, splitParties, startsWithParty } from './parties';
import { leadInParty, plainTaskText, type TaskText, taskText } from './task-text';
import { firstTokens, isGiao } from './text-utils';
import type { ExtractedTask } from './types';

/**
 * Which labelled items are tasks (corpus README "Tasks"): the lowest labelled items of the directive
 * part; containers give their party to their items; information, grounds, evaluations, execution
 * clauses and closing exhortations are left out. A directive part without labels gives one task per
 * assignment paragraph (ref null) or bullet (ref "-").
 */
export interface FoundTask {
  task: ExtractedTask;
  /** Normalised-text offsets of the task text and of its deadline. */
  from: number;
  to: number;
  deadline: { from: number; to: number } | null;
  confidence: number;
}

interface Context {
  directive: boolean | null;
  containerLead: string | null;
  leadIn: Para | null;
}

const OTHER_HEADING =
  /muc dich|yeu cau|danh gia|ket qua|tinh hinh|can cu|thoi gian|dia diem|thanh phan|kinh phi|phuong huong|kien nghi|de xuat|chi tieu|noi dung|doi tuong|pham vi|khai quat|dac diem|thuc trang|quan diem|muc tieu|lich trinh|hinh thuc|bo cuc/;
const DIRECTIVE_HEADING = /nhiem vu|phan cong|to chuc thuc hien|trach nhiem|giai phap|cong viec|chi dao|de nghi|\bgiao\b|ket luan/;
const INFO_ITEM =
  /^(?:danh gia chung|ket qua dat duoc|tinh hinh chung|lich (?:truc|lam viec|cong tac|hop|tiep)|thoi gian|dia diem|thanh phan|noi dung(?: (?:cuoc )?hop| lam viec)?\s*:|chu tri\s*:|kinh phi|doi tuong|pham vi|muc dich|yeu cau\s*:|thoi diem|hinh thuc|so luong|(?:ve )?(?:cac )?kien nghi|de xuat\s*:|trang phuc|luu y)/;
const CLAUSE =
  /chiu trach nhiem thi hanh|can cu quyet dinh (?:nay )?thi hanh|thi hanh (?:quyet dinh|chi thi) nay|co hieu luc (?:thi hanh )?(?:ke )?tu|co hieu luc ke tu/;
const APPROVAL =
  /^(?:phe duyet|ban hanh kem theo|ban hanh|thanh lap|kien toan|cong nhan|bo nhiem|khen thuong|giao chi tieu|dieu chinh|sua doi|bai bo|chap thuan|cho phep|quy dinh)/;
const ASSIGNMENT_START =
  /^(?:giao|de nghi|yeu cau|chi dao|phan cong|chuyen|tham muu|trien khai|ra soat|to chuc|xay dung|tang cuong|chu tri|huong dan|kiem tra|tong hop|bao cao|tiep tuc|khan truong|chu dong|theo doi|thuc hien|day manh|nghien cuu|chuan bi|quan ly|bo tri|phoi hop|tap trung)\b/;
const DIRECTIVE_LEAD_IN = /nhu sau|sau\s*:|yeu cau|de nghi|\bgiao\b|chi dao|chi thi|thuc hien|trien khai|ket luan|nhiem vu|phan cong/;

export function classifyHeading(fold: string): 'directive' | 'other' | 'neutral' {
  const head = fold.slice(0, 120);
  const other = OTHER_HEADING.exec(head);
  if (other && other.index < 3 && !(/^noi dung/.test(head) && DIRECTIVE_HEADING.test(head))) return 'other';
  if (DIRECTIVE_HEADING.test(head)) return 'directive';
  return other ? 'other' : 'neutral';
}

function isSection(item: Item): boolean {
  return item.style === 'roman' || item.style === 'upper' || item.style === 'heading';
}

function isAssignment(fold: string, text: string): boolean {
  if (ASSIGNMENT_START.test(fold)) return true;
  if (/\b(?:chu tri|co trach nhiem|chiu trach nhiem|co nhiem vu)\b/.test(fold)) return true;
  const party = partyAt(text, fold, 0);
  return party !== null && party.to < text.length - 3;
}

/** A sentence ending in ":" whose last words direct ("… yêu cầu:", "… như sau:"), not one that only opens with "Thực hiện …". */
/** A party followed by its verb ("Trưởng các khoa bố trí …"), the strict test for an item outside any directive part. */
function namesDoer(fold: string, text: string): boolean {
  if (/^(?:giao|de nghi|yeu cau)\s/.test(fold) && isGiao(text, fold, 0)) return true;
  const party = partyAt(text, fold, 0);
  return party !== null && party.to < text.length - 3 && !/^\s*(?:da|duoc|co|la|dang|se)\s/.test(fold.slice(party.to));
}

function leadInIsDirective(para: Para | null): boolean {
  return para !== null && /:\s*$/.test(para.text) && DIRECTIVE_LEAD_IN.test(para.fold.slice(-150));
}

export function findTasks(outline: Outline, kind: string, year: number | null): FoundTask[] {
  if (kind === 'Báo cáo' || kind === 'Tờ trình') return [];
  const out: FoundTask[] = [];
  walk(outline.root, { directive: null, containerLead: null, leadIn: null }, out, year);
  if (out.length === 0) unlabelled(rootEntries(outline), kind === 'Giấy mời', year, out);
  return out;
}

function walk(items: readonly Item[], ctx: Context, out: FoundTask[], year: number | null): void {
  for (const item of items) {
    if (isSection(item)) {
      const cls = classifyHeading(item.style === 'heading' ? item.head.fold : ownFold(item));
      const directive = cls === 'directive' ? true : cls === 'other' ? false : ctx.directive;
      walk(item.children, { directive, containerLead: null, leadIn: null }, out, year);
      if (directive !== false && !item.children.some((c) => !isBullet(c))) {
        unlabelled([...item.paras, ...item.children.filter(isBullet)], directive === true, year, out);
      }
      continue;
    }
    const fold = ownFold(item);
    const labelled = item.children.filter((c) => !isBullet(c));
    if (labelled.length > 0 && !(isBullet(item) && ctx.directive === null)) {
      const cls = classifyHeading(fold);
      const lead = containerParty(item);
      let directive = cls === 'directive' ? true : cls === 'other' ? false : ctx.directive;
      if (directive === null && (leadInIsDirective(item.leadIn ?? ctx.leadIn) || lead !== null)) directive = true;
      if (item.style === 'dieu') directive = /nhiem vu|trach nhiem|\bgiao\b|phan cong|to chuc thuc hien/.test(fold.slice(0, 160));
      if (INFO_ITEM.test(fold)) directive = false;
      const leadIn = item.paras[item.paras.length - 1] ?? item.head;
      walk(item.children, { directive, containerLead: lead ?? ctx.containerLead, leadIn }, out, year);
      continue;
    }
    if (isBullet(item)) continue;
    if (INFO_ITEM.test(fold) || CLAUSE.test(fold) || item.paras.some((p) => CLAUSE.test(p.fold)) || isPassive(item)) continue;
    let directive = ctx.directive;
    if (item.style === 'dieu') directive = !APPROVAL.test(fold) && (isAssignment(fold, ownText(item)) || /\bgiao\b/.test(fold));
    else if (directive === null) {
      const text = ownText(item);
      directive = leadInIsDirective(item.leadIn ?? ctx.leadIn) || (item.parent !== null ? isAssignment(fold, text) : namesDoer(fold, text));
    }
    if (!directive) continue;
    if (isExhortation(fold)) continue;
    out.push(build(taskText(item), item.ref, ctx.containerLead, item.leadIn ?? ctx.leadIn, year, item.head));
  }
}

/** "Cán bộ, công chức … được nghỉ …": information about a party, not work for it. */
function isPassive(item: Item): boolean {
  const text = ownText(item);
  const fold = ownFold(item);
  const span = partyAt(text, fold, 0);
  return span !== null && /^\s*(?:duoc|se duoc|da duoc)\s/.test(fold.slice(span.to));
}

/** "Về các kiến nghị, đề xuất … tiếp thu …": a closing exhortation without work of its own. */
function isExhortation(fold: string): boolean {
  return (
    /^(?:ve )?(?:cac )?(?:kien nghi|de xuat)/.test(fold) || (/^(?:de nghi|yeu cau) cac\b.*\bnghiem tuc\b/.test(fold) && fold.length < 160)
  );
}

/** The party a container's heading names: "1. Sở Y tế", "Điều 2. Ban Tổ chức có nhiệm vụ:", "Nhiệm vụ của Tổ công tác". */
function containerParty(item: Item): string | null {
  const text = ownText(item).replace(/[\s:.]+$/, '');
  const fold = ownFold(item).slice(0, text.length);
  if (isPartyOnly(text, fold)) return text;
  const of = /^(?:nhiem vu|trach nhiem)(?:,? quyen han)? cua\s+/.exec(fold);
  if (of) return text.slice(of[0].length);
  const regarding = /^doi voi\s+/.exec(fold);
  if (regarding && isPartyOnly(text.slice(regarding[0].length), fold.slice(regarding[0].length))) return text.slice(regarding[0].length);
  const stripped = isGiao(text, fold, 0) ? /^(?:giao|de nghi|yeu cau)\s+/.exec(fold) : null;
  const from = stripped ? stripped[0].length : 0;
  const span = partyAt(text, fold, from);
  if (span && /^\s*(?:co|chiu) (?:nhiem vu|trach nhiem)|^\s*:|^\s*$/.test(fold.slice(span.to))) return text.slice(span.from, span.to);
  return null;
}

function build(
  tt: TaskText,
  ref: string | null,
  containerLead: string | null,
  leadIn: Para | null,
  year: number | null,
  head: Para,
): FoundTask {
  const lead = chairParty(tt) ?? tt.leadHeading ?? subjectParty(tt) ?? requestedParty(tt) ?? containerLead ?? leadInParty(leadIn);
  const deadline = findDeadline(tt.fold, year);
  const task: ExtractedTask = {
    ref,
    lead,
    cooperating: cooperating(tt),
    summary: firstTokens(tt.text, 20),
    deadline: deadline?.date ?? null,
    deadlineText: deadline ? tt.text.slice(deadline.from, deadline.to).replace(/[\s,;.]+$/, '') : null,
  };
  const from = head.segs[0]?.[1] ?? 0;
  const to = tt.text.length > 0 ? paraOffset(tt, tt.text.length - 1) + 1 : from;
  return {
    task,
    from,
    to: Math.max(from, to),
    deadline: deadline ? { from: paraOffset(tt, deadline.from), to: paraOffset(tt, Math.max(deadline.from, deadline.to - 1)) + 1 } : null,
    confidence: lead ? 0.8 : 0.5,
  };
}

/** Rule 1: the party named as chủ trì ("Giao X chủ trì", "X chủ trì", "Đơn vị chủ trì: X", "do X chủ trì"). */
function chairParty(tt: TaskText): string | null {
  const field = /\b(?:don vi|co quan|bo phan) (?:chu tri|thuc hien)\s*:\s*/.exec(tt.fold);
  if (field) {
    const from = field.index + field[0].length;
    const rest = tt.fold.slice(from);
    const stop = /[;.]|\s(?:don vi|co quan) phoi hop|\sthoi (?:gian|han)/.exec(rest);
    const value = tt.text.slice(from, from + (stop ? stop.index : rest.length)).trim();
    if (value) return value.replace(/[\s,;.]+$/, '');
  }
  for (const m of tt.fold.matchAll(/(?:^|[\s,;.:])(giao|do|de nghi|yeu cau)\s+/g)) {
    const start = m.index + m[0].length;
    if (!isGiao(tt.text, tt.fold, start - m[0].length + m[0].search(/[a-z]/))) continue;
    const span = partyAt(tt.text, tt.fold, start);
    if (span && /^\s*(?:la don vi\s+|lam\s+)?chu tri\b/.test(tt.fold.slice(span.to))) return tt.text.slice(span.from, span.to);
  }
  const subject = partyAt(tt.text, tt.fold, 0);
  if (subject && /^\s*chu tri\b/.test(tt.fold.slice(subject.to))) return tt.text.slice(subject.from, subject.to);
  return null;
}

/** Rule 3: the subject of the first sentence, without Giao / Đề nghị / Yêu cầu. */
function subjectParty(tt: TaskText): string | null {
  const m = isGiao(tt.text, tt.fold, 0) ? /^(?:giao cho|giao|de nghi|yeu cau)\s+/.exec(tt.fold) : null;
  const from = m ? m[0].length : 0;
  if (!startsWithParty(tt.fold, from, tt.text)) return null;
  const span = partyAt(tt.text, tt.fold, from);
  if (!span || span.to >= tt.text.replace(/[\s.;:]+$/, '').length) return null;
  const asks = /^\s*(?:kinh )?(?:de nghi|yeu cau|giao)\s+/.exec(tt.fold.slice(span.to));
  if (asks) {
    const addressee = partyAt(tt.text, tt.fold, span.to + asks[0].length);
    if (addressee) return tt.text.slice(addressee.from, addressee.to);
  }
  return tt.text.slice(span.from, span.to);
}

function cooperating(tt: TaskText): string[] {
  const out: string[] = [];
  const push = (items: string[]) => {
    for (const item of items) if (!out.includes(item)) out.push(item);
  };
  for (const m of tt.fold.matchAll(/\bphoi hop(?:\s+chat che)?(?:\s+voi)?\s+/g)) {
    const before = tt.fold.slice(Math.max(0, m.index - 10), m.index);
    if (/(?:don vi|co quan)\s*$/.test(before)) continue;
    const span = partyAt(tt.text, tt.fold, m.index + m[0].length);
    if (span) push(splitParties(tt.text.slice(span.from, span.to), tt.fold.slice(span.from, span.to)));
  }
  const field = /\b(?:don vi|co quan) phoi hop\s*:\s*/.exec(tt.fold);
  if (field) {
    const from = field.index + field[0].length;
    const rest = tt.fold.slice(from);
    const stop = /\.(?:\s|$)|\s(?:thoi gian|thoi han|san pham)/.exec(rest);
    const length = stop ? stop.index : rest.length;
    push(splitParties(tt.text.slice(from, from + length), tt.fold.slice(from, from + length)));
  }
  return out;
}

/** Top-level unlabelled paragraphs and bullets, in document order. */
function rootEntries(outline: Outline): Array<Para | Item> {
  const bullets = outline.root.filter(isBullet);
  return [...outline.loose, ...bullets].sort((a, b) => start(a) - start(b));
}

const GROUNDS =
  /^(?:can cu|theo |xet |thuc hien (?:van ban|cong van|ke hoach|chi thi|quyet dinh|thong bao|y kien|chi dao|nghi quyet)|ngay \d|tham du|thanh phan|thoi gian|dia diem|noi dung)/;

/**
 * Rule 4 of the granularity: a directive part without labels gives one task per assignment
 * paragraph (ref null) or bullet (ref "-"). A paragraph assigns when it starts with Giao / Đề nghị
 * / Yêu cầu, or, after a directive lead-in, with a party and its verb, or when it asks a party by
 * name ("…, Sở X đề nghị Công ty Y kiểm tra …"). Closing exhortations without a deadline are not tasks.
 */
function unlabelled(entries: ReadonlyArray<Para | Item>, startActive: boolean, year: number | null, out: FoundTask[]): void {
  let active = startActive;
  let leadIn: Para | null = null;
  for (const entry of [...entries].sort((a, b) => start(a) - start(b))) {
    if ('style' in entry) {
      if (active) out.push(build(taskText(entry), '-', null, leadIn, year, entry.head));
      continue;
    }
    const para = entry;
    if (leadInIsDirective(para)) {
      active = true;
      leadIn = para;
      continue;
    }
    if (GROUNDS.test(para.fold) || CLAUSE.test(para.fold)) continue;
    const closing = isClosingPara(para);
    const task = plainTaskText(para, 0);
    if (closing && !findDeadline(para.fold, year)) continue;
    const assignsFirst = /^(?:giao|de nghi|yeu cau)\s/.test(para.fold) && isGiao(para.text, para.fold, 0);
    const opens = assignsFirst && subjectParty(task) !== null;
    const subject = active && subjectParty(task) !== null && !assignsFirst;
    const asks = requestedParty(para) !== null;
    if (opens || subject || asks) out.push(build(task, null, null, leadIn, year, para));
  }
}

/** The party a paragraph asks by name: "… đề nghị Công ty X kiểm tra …" (not "kính đề nghị", not "đề nghị của"). */
function requestedParty(para: Para): string | null {
  for (const m of para.fold.matchAll(/(?:^|[^h]\s)(?:de nghi|yeu cau|giao)\s+/g)) {
    const from = m.index + m[0].length;
    if (!isGiao(para.text, para.fold, m.index + m[0].search(/(?:de nghi|yeu cau|giao)/))) continue;
    const span = partyAt(para.text, para.fold, from);
    if (span && span.to < para.text.length - 3 && !/^\s*[.;]/.test(para.fold.slice(span.to))) return para.text.slice(span.from, span.to);
  }
  return null;
}

function start(entry: Para | Item): number {
  return 'style' in entry ? (entry.head.segs[0]?.[1] ?? 0) : (entry.segs[0]?.[1] ?? 0);
}
