import { findClosing } from './closing';
import { findDateLine, findMark, findNumberSymbol, HEADER_LINES } from './header';
import { findIssuer } from './issuer';
import { numberingIssues } from './issues';
import { kindByCode, kindByName, kindByTitle } from './kinds';
import { type Doc, type Line, normalise, sourceSpan } from './normalise';
import { buildOutline } from './outline';
import { buildParagraphs, type Para, paraOffset } from './paragraphs';
import { findRecipients } from './recipients';
import { type Citation, findCitations, groupCitations } from './references';
import { findSubject, type SubjectField } from './subject';
import { expandTables } from './tables';
import { join } from './task-text';
import { tableTasks } from './table-tasks';
import { findTasks } from './tasks';
import type { ExtractedDocument, ExtractOptions, Extraction, FieldSpan } from './types';

export function emptyDocument(): ExtractedDocument {
  return {
    kind: 'Công văn',
    kindCode: null,
    number: null,
    symbol: null,
    numberAndSymbol: null,
    issuer: null,
    parentIssuer: null,
    place: null,
    date: null,
    datePartial: null,
    subject: null,
    recipients: [],
    signer: { authority: null, onBehalfOf: null, title: null, name: null },
    distribution: [],
    archive: null,
    urgency: null,
    secrecy: null,
    references: [],
    tasks: [],
    issues: [],
  };
}

export class SpanRecorder {
  readonly spans: Record<string, FieldSpan> = {};
  constructor(private readonly doc: Doc) {}
  /** Records a field found at [from, to) of a line. */
  line(key: string, line: Line, from: number, to: number, confidence: number): void {
    this.range(key, line.start + from, line.start + to, confidence);
  }
  range(key: string, start: number, end: number, confidence: number): void {
    const span = sourceSpan(this.doc, start, end);
    this.spans[key] = { ...span, confidence: Math.max(0, Math.min(1, confidence)) };
  }
}

export function extract(text: string, options: ExtractOptions): Extraction {
  const doc = normalise(text);
  const lines = expandTables(doc.lines);
  const result = emptyDocument();
  const spans = new SpanRecorder(doc);
  const ns = findNumberSymbol(lines);
  if (ns) {
    result.number = ns.number;
    result.symbol = ns.symbol;
    result.numberAndSymbol = `${ns.number ?? ''}/${ns.symbol}`;
    spans.line('numberAndSymbol', ns.line, ns.from, ns.to, 0.95);
  }
  const dateLine = findDateLine(lines, (line) => (ns && line === ns.line ? ns.to : 0));
  if (dateLine) {
    result.place = dateLine.place;
    result.date = dateLine.date;
    result.datePartial = dateLine.datePartial;
    spans.line('date', dateLine.line, dateLine.from, dateLine.to, 0.95);
    if (dateLine.place) spans.line('place', dateLine.line, dateLine.placeFrom, dateLine.placeFrom + dateLine.place.length, 0.9);
  }
  const titleIndex = lines.slice(0, HEADER_LINES).findIndex((l) => l.text.length < 40 && kindByTitle(l.fold) && !/:$/.test(l.text));
  const titled = titleIndex >= 0 ? lines[titleIndex] : undefined;
  const code = ns ? symbolKindCode(ns.symbol) : undefined;
  const kind = (titled && kindByTitle(titled.fold)) || (code ? kindByCode(code) : undefined) || kindByName('Công văn');
  result.kind = kind.name;
  result.kindCode = kind.code;
  if (titled) spans.line('kind', titled, 0, titled.text.length, 0.95);
  else if (ns) spans.line('kind', ns.line, ns.from, ns.to, code ? 0.8 : 0.6);
  for (const which of ['urgency', 'secrecy'] as const) {
    const mark = findMark(lines, which, 40);
    if (mark) {
      result[which] = mark.value;
      spans.line(which, mark.line, mark.from, mark.to, 0.9);
    }
  }
  const subject = findSubject(lines, kind.name === 'Công văn', HEADER_LINES);
  if (subject) {
    result.subject = subject.text || null;
    recordParts(spans, 'subject', subject.parts, 0.85);
  }
  const indexOf = (line: Line | undefined) => (line ? lines.indexOf(line) : -1);
  const vvIndex = subject ? indexOf(subject.parts[0]?.[0]) : -1;
  const headerMarks = [titleIndex, kind.name === 'Công văn' ? vvIndex : -1].filter((i) => i >= 0);
  const recipientsFrom = Math.max(0, ...headerMarks, subject ? subject.endIndex : -1);
  const recipients = findRecipients(lines, recipientsFrom, Math.min(lines.length, recipientsFrom + 80));
  if (recipients) {
    result.recipients = recipients.items;
    recordParts(spans, 'recipients', recipients.parts, 0.85);
  }
  const kinhGui = lines.findIndex((l, i) => i < HEADER_LINES && /^kinh gui/.test(l.fold));
  const headerEnd = Math.min(...[titleIndex, vvIndex, kinhGui, HEADER_LINES].filter((i) => i >= 0));
  const issuer = findIssuer({
    lines,
    headerEnd,
    symbol: result.symbol,
    hasKindCode: code !== undefined,
    place: result.place,
    text: doc.text,
    fold: doc.fold,
    known: options.knownIssuers ?? [],
  });
  result.issuer = issuer.issuer;
  result.parentIssuer = issuer.parentIssuer;
  const issuerLine = issuer.lines[issuer.lines.length - 1];
  if (issuerLine) spans.line('issuer', issuerLine, 0, issuerLine.text.length, issuer.confidence);
  else if (ns && issuer.issuer) spans.line('issuer', ns.line, ns.from, ns.to, issuer.confidence);

  const bodyFrom =
    Math.max(indexOf(ns?.line), indexOf(dateLine?.line), titleIndex, subject?.endIndex ?? -1, recipients?.endIndex ?? -1) + 1;
  const closing = findClosing(lines, bodyFrom);
  result.distribution = closing.distribution;
  result.archive = closing.archive;
  result.signer = closing.signer;
  recordLines(spans, 'distribution', closing.distributionLines, 0.85);
  if (closing.archiveLine) spans.line('archive', closing.archiveLine, 0, closing.archiveLine.text.length, 0.85);
  recordLines(spans, 'signer', closing.signerLines, 0.8);

  const paras = buildParagraphs(lines, bodyFrom, closing.tailStart);
  const outline = buildOutline(paras);
  const year = result.date ? Number(result.date.slice(0, 4)) : (result.datePartial?.year ?? null);
  const found = [
    ...findTasks(outline, kind.name, year),
    ...(kind.name === 'Báo cáo' || kind.name === 'Tờ trình' ? [] : tableTasks(lines, bodyFrom, closing.tailStart, year)),
  ].sort((a, b) => a.from - b.from);
  found.forEach((t, i) => {
    result.tasks.push(t.task);
    spans.range(`tasks.${i}`, t.from, t.to, t.confidence);
    if (t.deadline) spans.range(`tasks.${i}.deadline`, t.deadline.from, t.deadline.to, 0.8);
  });
  const refs = references(subject, paras, result.numberAndSymbol);
  result.references = refs.references;
  refs.first.forEach((c, i) => {
    spans.range(`references.${i}`, paraOffset(c.para, c.from), paraOffset(c.para, Math.max(c.from, c.to - 1)) + 1, 0.8);
  });
  result.issues = [...numberingIssues(outline), ...refs.issues];
  return { result, spans: spans.spans };
}

function recordParts(spans: SpanRecorder, key: string, parts: ReadonlyArray<readonly [Line, number, number]>, confidence: number): void {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (first && last) spans.range(key, first[0].start + first[1], last[0].start + last[2], confidence);
}

function recordLines(spans: SpanRecorder, key: string, lines: readonly Line[], confidence: number): void {
  if (lines.length === 0) return;
  const starts = lines.map((l) => l.start);
  const ends = lines.map((l) => l.start + l.text.length);
  spans.range(key, Math.min(...starts), Math.max(...ends), confidence);
}

function references(subject: SubjectField | null, paras: readonly Para[], own: string | null) {
  const subjectPara: Para | null = subject ? join(subject.parts.map(([line, from]) => ({ para: lineAsPara(line), from }))) : null;
  const all = subjectPara ? [subjectPara, ...paras] : [...paras];
  const citations = findCitations(all, () => '');
  const firstOther = new Map<Para, Citation>();
  for (const c of citations) if (!firstOther.has(c.para)) firstOther.set(c.para, c);
  for (const c of citations) c.location = locate(c, subjectPara, firstOther.get(c.para), paras);
  return groupCitations(citations, own && /^\d/.test(own) ? own : null);
}

function lineAsPara(line: Line): Para {
  return { text: line.text, fold: line.fold, lineIndex: 0, segs: [[0, line.start]] };
}

function locate(c: Citation, subjectPara: Para | null, first: Citation | undefined, paras: readonly Para[]): string {
  if (c.para === subjectPara) return 'trích yếu';
  if (/^can cu\b/.test(c.para.fold)) return "the 'Căn cứ' paragraph";
  if (/^tren day\b/.test(c.para.fold) || c.para === paras[paras.length - 1]) return 'the closing paragraph';
  if (first && first.numberAndSymbol !== c.numberAndSymbol)
    return `the ${first.kind ? `${first.kind} ` : ''}${first.numberAndSymbol} paragraph`;
  const opener = /^(\S+(?:\s\S+)?)/.exec(c.para.text)?.[1] ?? '';
  return `the '${opener}' paragraph`;
}

/** The folded kind code of a ký hiệu ("QĐ-UBND" → "qd", "2024/QĐ-UBND" → "qd"), if it has one. */
export function symbolKindCode(symbol: string): string | undefined {
  const groups = symbol.replace(/^\d{4}\//, '').split(/\s*-\s*/);
  const first = (groups[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return groups.length >= 2 && kindByCode(first) ? first : undefined;
}
