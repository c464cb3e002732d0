import { findDateLine, findMark, findNumberSymbol, HEADER_LINES } from './header';
import { kindByCode, kindByName, kindByTitle } from './kinds';
import { type Doc, type Line, normalise, sourceSpan } from './normalise';
import { expandTables } from './tables';
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

export function extract(text: string, _options: ExtractOptions): Extraction {
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
  const titled = lines.slice(0, HEADER_LINES).find((l) => l.text.length < 40 && kindByTitle(l.fold));
  const code = ns ? symbolKindCode(ns.symbol) : undefined;
  const kind = (titled && kindByTitle(titled.fold)) || (code ? kindByCode(code) : undefined) || kindByName('Công văn');
  result.kind = kind.name;
  result.kindCode = kind.code;
  for (const which of ['urgency', 'secrecy'] as const) {
    const mark = findMark(lines, which, 40);
    if (mark) {
      result[which] = mark.value;
      spans.line(which, mark.line, mark.from, mark.to, 0.9);
    }
  }
  return { result, spans: spans.spans };
}

/** The folded kind code of a ký hiệu ("QĐ-UBND" → "qd", "2024/QĐ-UBND" → "qd"), if it has one. */
export function symbolKindCode(symbol: string): string | undefined {
  const groups = symbol.replace(/^\d{4}\//, '').split(/\s*-\s*/);
  const first = (groups[0] ?? '').normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
  return groups.length >= 2 && kindByCode(first) ? first : undefined;
}
