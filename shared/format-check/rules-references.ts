import { citationDate } from '../drafting/model';
import { isoFromParts, isValidIsoDate } from '../text/dates';
import { type CheckView, type DocPart, edit, type Finding, finding, type ViewLine } from './types';

/**
 * Cited documents ("<Tên loại> số <số/ký hiệu> ngày <ngày>"): the same number cited with two
 * different dates is an inconsistency a văn thư must resolve against the original (seed 004 cites
 * Công điện 6741/CD-VPCP as 22/9/2021 and as 27/9/2021).
 */

export interface Citation {
  kind: string;
  numberAndSymbol: string;
  /** ISO date, or null when cited without a date. */
  date: string | null;
  /** The date as printed ("ngày 22/9/2021"). */
  datePrinted: string | null;
  at: ViewLine;
}

const CITATION =
  /((?:\S+\s+){0,4}?)số\s+([\p{L}\p{N}&.\-/]*\d[\p{L}\p{N}&.\-/]*\/[\p{L}\p{N}&.\-/]*[\p{L}\p{N}])(?:\s+(ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})))?/gu;

function kindBefore(words: string): string {
  const list = words.trim().split(/\s+/).filter(Boolean);
  while (list.length > 0 && !/^\p{Lu}/u.test(list[0] ?? '')) list.shift();
  return list.join(' ') || 'Văn bản';
}

export function findCitations(lines: readonly ViewLine[]): Citation[] {
  const out: Citation[] = [];
  for (const at of lines) {
    for (const m of at.text.matchAll(CITATION)) {
      const day = m[4] ?? m[7];
      const month = m[5] ?? m[8];
      const year = m[6] ?? m[9];
      const iso = day && month && year ? isoFromParts(Number(year), Number(month), Number(day)) : null;
      out.push({
        kind: kindBefore(m[1] ?? ''),
        numberAndSymbol: m[2] ?? '',
        date: iso && isValidIsoDate(iso) ? iso : null,
        datePrinted: m[3] ?? null,
        at,
      });
    }
  }
  return out;
}

function whereOf(at: ViewLine): string {
  if (at.line !== null) return `dòng ${at.line}`;
  const path = at.path ?? '';
  if (path === 'subject') return 'trích yếu';
  if (path.startsWith('legalBases.')) return `căn cứ thứ ${Number(path.split('.')[1]) + 1}`;
  if (path.startsWith('body.')) return `đoạn ${Number(path.split('.')[1]) + 1}`;
  return 'văn bản';
}

const shortDate = citationDate;

function conflictFinding(group: Citation[], partOf: ReadonlyMap<ViewLine, DocPart>): Finding | null {
  const byDate = new Map<string, Citation[]>();
  for (const c of group) if (c.date) byDate.set(c.date, [...(byDate.get(c.date) ?? []), c]);
  if (byDate.size < 2) return null;
  const ranked = [...byDate.entries()].sort((a, b) => b[1].length - a[1].length);
  const [majorityDate, majority] = ranked[0] ?? ['', []];
  const minority = ranked.slice(1).flatMap(([, cs]) => cs);
  const odd = minority[0];
  const first = group[0];
  if (!odd || !first) return null;
  const describe = ([date, cs]: [string, Citation[]]) =>
    `ngày ${shortDate(date)} (${[...new Set(cs.map((c) => whereOf(c.at)))].join(', ')})`;
  const isClearMajority = majority.length > minority.length;
  const description = isClearMajority
    ? `Đối chiếu bản gốc; nếu đúng là ngày ${shortDate(majorityDate)} (như phần lớn các chỗ dẫn) thì sửa chỗ này.`
    : 'Đối chiếu bản gốc và thống nhất một ngày ở mọi chỗ dẫn.';
  return finding({
    code: 'REFERENCE_DATE_CONFLICT',
    rule: 'dan-chieu',
    severity: 'error',
    part: partOf.get(odd.at) ?? 'body',
    at: odd.at,
    message: `${first.kind} số ${first.numberAndSymbol} được dẫn với hai ngày khác nhau: ${ranked.map(describe).join(' và ')}.`,
    fix:
      isClearMajority && odd.datePrinted
        ? edit(description, odd.datePrinted, `ngày ${shortDate(majorityDate)}`)
        : { description, edit: null },
  });
}

export function checkReferences(view: CheckView): Finding[] {
  const partOf = new Map<ViewLine, DocPart>();
  for (const l of [view.vvLine, view.subject]) if (l) partOf.set(l, 'subject');
  for (const l of view.legalBases) partOf.set(l, 'legalBasis');
  for (const l of view.body) partOf.set(l, 'body');
  const lines = [...partOf.keys()];
  const groups = new Map<string, Citation[]>();
  for (const c of findCitations(lines)) {
    const key = c.numberAndSymbol.replace(/\s+/g, '');
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((g) => conflictFinding(g, partOf)).filter((f): f is Finding => f !== null);
}
