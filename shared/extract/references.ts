import { isoDate } from './dates';
import { CITED_KINDS } from './kinds';
import type { Para } from './paragraphs';
import type { ExtractedReference } from './types';

/**
 * Documents cited with a printed number in the trích yếu or the body: one entry per distinct
 * number in order of first appearance, with the kind printed before "số", the date of the first
 * dated citation and the issuer after "của". A number cited again with another date is a
 * REFERENCE_DATE_CONFLICT issue, worded with where each date was printed.
 */
export interface Citation {
  numberAndSymbol: string;
  kind: string | null;
  date: string | null;
  dateText: string | null;
  issuer: string | null;
  para: Para;
  /** Offsets of the whole citation in the paragraph. */
  from: number;
  to: number;
  location: string;
}

const NUMBER_TOKEN = /(?<![\p{L}\p{N}/-])(\d{1,6}[a-z]?(?:[/-][a-z0-9&.]+){1,5})/gu;
const NUMERIC_DATE = /^\s*,?\s*(?:ban hanh\s+)?ngay\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const VERBAL_DATE = /^\s*,?\s*(?:ban hanh\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const ISSUER_STOP =
  /\s(?:quy dinh|huong dan|ban hanh|phe duyet|nham|theo|trong|sua doi|thong qua|trien khai|thuc hien|doi voi|va cac|kem theo|kien nghi|de nghi|yeu cau|chi dao|gui)\s|[,;:().]|\s*$/;
/** Stops that need their tones ("về" but not "Vệ", "tại" but not "Tài", "đã" but not "Đà"). */
const ISSUER_STOP_TONED = /\s(?:về|tại|đã|để|cho|giao)\s/;

export function findCitations(paras: readonly Para[], locate: (para: Para, index: number) => string): Citation[] {
  const out: Citation[] = [];
  paras.forEach((para, index) => {
    NUMBER_TOKEN.lastIndex = 0;
    for (let m = NUMBER_TOKEN.exec(para.fold); m; m = NUMBER_TOKEN.exec(para.fold)) {
      const token = (m[1] ?? '').replace(/[.]+$/, '');
      if (!token.includes('/') || !/[a-z]/.test(token.replace(/^\d+/, ''))) continue;
      const start = m.index;
      const before = para.fold.slice(Math.max(0, start - 90), start);
      const kindInfo = kindBefore(before, para, start);
      if (!kindInfo) continue;
      const end = start + token.length;
      const citation: Citation = {
        numberAndSymbol: para.text.slice(start, end),
        kind: kindInfo.kind,
        date: null,
        dateText: null,
        issuer: null,
        para,
        from: kindInfo.from,
        to: end,
        location: '',
      };
      let after = end;
      const dm = NUMERIC_DATE.exec(para.fold.slice(after, after + 60)) ?? VERBAL_DATE.exec(para.fold.slice(after, after + 60));
      if (dm) {
        citation.date = isoDate(Number(dm[3]), Number(dm[2]), Number(dm[1]));
        const printed = para.text.slice(after, after + dm[0].length).replace(/^[\s,]+/, '');
        citation.dateText = printed.replace(/^ban hành\s+/i, '');
        after += dm[0].length;
      }
      const cua = /^\s*,?\s*cua\s+/.exec(para.fold.slice(after, after + 20));
      if (cua) {
        const from = after + cua[0].length;
        const rest = para.fold.slice(from, from + 160);
        const stop = ISSUER_STOP.exec(rest);
        const printed = para.text.slice(from, from + 160);
        const toned = /[\u00c0-\u1ef9]/.test(printed) ? ISSUER_STOP_TONED.exec(printed) : /\s(?:ve|tai|da|de|cho|giao)\s/.exec(rest);
        const length = Math.min(stop ? stop.index : rest.length, toned ? toned.index : rest.length);
        const issuer = para.text.slice(from, from + length).trim();
        if (issuer && issuer.split(' ').length <= 14) citation.issuer = issuer;
        citation.to = Math.max(citation.to, from + length);
      } else {
        citation.issuer = issuerBefore(para, kindInfo.from);
      }
      citation.location = locate(para, index);
      out.push(citation);
    }
  });
  return out;
}

function kindBefore(before: string, para: Para, start: number): { kind: string | null; from: number } | null {
  const so = /\bso\s*:?\s*$/.exec(before);
  const base = start - before.length;
  const head = so ? before.slice(0, so.index).replace(/\s+$/, '') : before.replace(/\s+$/, '');
  for (const kind of CITED_KINDS) {
    if (head.endsWith(kind) && (head.length === kind.length || /[\s(,;"“]/.test(head.charAt(head.length - kind.length - 1)))) {
      const from = base + head.length - kind.length;
      return { kind: para.text.slice(from, from + kind.length), from };
    }
  }
  if (!so) return null;
  // A named act: "Luật Đầu tư công số …", "Nghị quyết Đại hội … số …".
  const words = head.split(' ');
  for (let w = words.length - 1; w >= Math.max(0, words.length - 8); w--) {
    const phrase = words.slice(w).join(' ');
    if (/\b(?:cua|so|ngay)\b|[,;.]/.test(phrase)) break;
    for (const kind of CITED_KINDS) {
      if (phrase.startsWith(`${kind} `)) {
        const from = base + head.length - phrase.length;
        return { kind: para.text.slice(from, from + kind.length), from };
      }
    }
  }
  const last = /(\S+)$/.exec(head);
  if (last && /^\p{Lu}/u.test(para.text.charAt(base + (last.index ?? 0)))) {
    const from = base + last.index;
    return { kind: para.text.slice(from, from + (last[1] ?? '').length), from };
  }
  return { kind: null, from: base + (so?.index ?? before.length) };
}

/** "X ban hành Thông tư số …" or "Xét đề nghị của X tại Tờ trình số …". */
function issuerBefore(para: Para, kindFrom: number): string | null {
  const window = para.fold.slice(Math.max(0, kindFrom - 120), kindFrom);
  const offset = kindFrom - window.length;
  const proposal = /(?:de nghi|chi dao|y kien|yeu cau|ket luan) cua\s+(.{2,80}?)\s+tai\s+$/.exec(window);
  if (proposal?.[1]) {
    const from = offset + (proposal.index ?? 0) + proposal[0].indexOf(proposal[1]);
    return para.text.slice(from, from + proposal[1].length);
  }
  const issued = /(?:^|[,;.:]\s*)([^,;.:]{2,80}?)\s+(?:da\s+)?ban hanh\s+$/.exec(window);
  if (issued?.[1]) {
    const from = offset + issued.index + issued[0].indexOf(issued[1]);
    return para.text.slice(from, from + issued[1].length).replace(/^(?:Ngày|ngày)\s+\S+\s*/, '') || null;
  }
  return null;
}

export interface ReferenceResult {
  references: ExtractedReference[];
  first: Citation[];
  issues: string[];
}

export function groupCitations(citations: readonly Citation[], ownNumber: string | null): ReferenceResult {
  const byNumber = new Map<string, Citation[]>();
  for (const c of citations) {
    if (ownNumber && c.numberAndSymbol === ownNumber) continue;
    const list = byNumber.get(c.numberAndSymbol);
    if (list) list.push(c);
    else byNumber.set(c.numberAndSymbol, [c]);
  }
  const references: ExtractedReference[] = [];
  const first: Citation[] = [];
  const issues: string[] = [];
  for (const [numberAndSymbol, list] of byNumber) {
    const head = list[0] as Citation;
    const dated = list.find((c) => c.date !== null);
    const issuer = list.find((c) => c.issuer !== null)?.issuer ?? null;
    references.push({ numberAndSymbol, kind: head.kind ?? list.find((c) => c.kind)?.kind ?? null, date: dated?.date ?? null, issuer });
    first.push(head);
    const dates = [...new Set(list.filter((c) => c.date !== null).map((c) => c.date))];
    if (dates.length > 1) issues.push(conflictText(numberAndSymbol, head.kind, issuer, list, dates as string[]));
  }
  return { references, first, issues };
}

function conflictText(
  nas: string,
  kind: string | null,
  issuer: string | null,
  list: readonly Citation[],
  dates: readonly string[],
): string {
  const groups = dates.map((date) => {
    const cs = list.filter((c) => c.date === date);
    const locations = [...new Set(cs.map((c) => c.location))];
    return { printed: cs[0]?.dateText ?? date, locations: joinAnd(locations) };
  });
  const [firstGroup, ...others] = groups;
  const who = `${kind ? `${kind} số ` : ''}${nas}${issuer ? ` of ${issuer}` : ''}`;
  const rest = others.map((g) => `'${g.printed}' in ${g.locations}`).join(' and as ');
  return `REFERENCE_DATE_CONFLICT: ${who} is cited as '${firstGroup?.printed}' (${firstGroup?.locations}) but as ${rest}.`;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
