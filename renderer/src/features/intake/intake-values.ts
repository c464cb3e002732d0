import type { StagedFile } from '@shared/contract/incoming';
import type { IntakeReading, PartyMatch, RegisterIntakeInput } from '@shared/contract/intake';
import { DOCUMENT_KIND_NAMES } from '@shared/domain/document-kinds';
import { secrecyFromLabel, urgencyFromLabel } from '@shared/domain/document-levels';
import type { FieldSpan } from '@shared/extract';
import { emptyValues, type IncomingFormValues, toInput } from '../incoming/form-values';

/**
 * The intake screen's model: the reading turned into registration form values, each field's source
 * span, and the proposed tasks the clerk accepts, edits or drops. Pure, so it is easy to test.
 */

export interface TaskDraft {
  key: string;
  isAccepted: boolean;
  sourceRef: string | null;
  content: string;
  leadText: string;
  leadUnitId: string | null;
  /** What the reading matched automatically (to know when the clerk confirmed a new alias). */
  matchedUnitId: string | null;
  isCollective: boolean;
  /** Directory units the lead may be, when it was not matched for certain. */
  candidates: Array<{ id: number; name: string }>;
  cooperating: Array<{ text: string; unitId: number | null }>;
  deadline: string | null;
  deadlineText: string;
  span: FieldSpan | null;
}

/** Form field → the extraction span it came from. */
export type FieldSources = Partial<Record<keyof IncomingFormValues, FieldSpan>>;

const clean = (text: string) => text.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();

/** A task item as the clerk reads it: its label dropped, one line per paragraph or bullet. */
function itemText(raw: string): string {
  return raw
    .split('\n')
    .map(clean)
    .filter(Boolean)
    .join('\n')
    .replace(/^(\(?[\dA-Za-zđ.]+\)|\d+(\.\d+)*\.)\s*/, '');
}

/** The text a span covers, as shown in the tooltip. */
export function spanText(text: string, span: FieldSpan | undefined | null, max = 400): string {
  if (!span) return '';
  const value = clean(text.slice(span.start, span.end));
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

function docDateOf(reading: IntakeReading): string | null {
  const doc = reading.extraction;
  if (doc.date) return doc.date;
  const partial = doc.datePartial;
  if (partial?.year && partial.month) return `${partial.year}-${String(partial.month).padStart(2, '0')}`;
  return null;
}

function unitIdOf(match: PartyMatch | null): string | null {
  return match?.id ? String(match.id) : null;
}

export function taskDrafts(reading: IntakeReading): TaskDraft[] {
  return reading.extraction.tasks.map((task, i) => {
    const match = reading.tasks[i]?.lead ?? null;
    const span = reading.spans[`tasks.${i}`] ?? null;
    const fullText = span ? itemText(reading.text.slice(span.start, span.end)) : '';
    return {
      key: `t${i}`,
      isAccepted: true,
      sourceRef: task.ref,
      content: (fullText || task.summary).slice(0, 4000),
      leadText: task.lead ?? '',
      leadUnitId: unitIdOf(match),
      matchedUnitId: unitIdOf(match),
      isCollective: match?.isCollective ?? false,
      candidates: match && match.id === null ? match.candidates.map((c) => ({ id: c.id, name: c.name })) : [],
      cooperating: (reading.tasks[i]?.cooperating ?? []).map((p) => ({ text: p.text, unitId: p.id })),
      deadline: task.deadline,
      deadlineText: task.deadlineText ?? '',
      span,
    };
  });
}

export function emptyTask(index: number): TaskDraft {
  return {
    key: `m${index}`,
    isAccepted: true,
    sourceRef: null,
    content: '',
    leadText: '',
    leadUnitId: null,
    matchedUnitId: null,
    isCollective: false,
    candidates: [],
    cooperating: [],
    deadline: null,
    deadlineText: '',
    span: null,
  };
}

/** Below this a field is flagged; a field read from a doubtful OCR line is flagged whatever the extractor thought. */
const DOUBTFUL = 0.5;

function withOcrDoubt(span: FieldSpan, doubtful: IntakeReading['lowConfidence']): FieldSpan {
  const overlaps = doubtful.some((line) => line.start < span.end && span.start < line.end);
  return overlaps ? { ...span, confidence: Math.min(span.confidence, DOUBTFUL) } : span;
}

/** The registration form filled from the reading, and where each filled field came from. */
export function formFromReading(
  reading: IntakeReading,
  today: string,
  seriesId: string | null,
  file: StagedFile | null,
): { values: IncomingFormValues; sources: FieldSources } {
  const doc = reading.extraction;
  const s = reading.spans;
  const deadlines = doc.tasks.map((t, i) => ({ date: t.deadline, span: s[`tasks.${i}.deadline`] ?? s[`tasks.${i}`] }));
  const earliest = deadlines.filter((d) => d.date !== null).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  const values: IncomingFormValues = {
    ...emptyValues(today, seriesId),
    issuerName: reading.issuer?.name ?? doc.issuer ?? '',
    issuerId: reading.issuer?.id ?? null,
    numberAndSymbol: doc.numberAndSymbol ?? '',
    docDate: docDateOf(reading),
    kind: DOCUMENT_KIND_NAMES.includes(doc.kind) ? doc.kind : 'Công văn',
    subject: doc.subject ?? '',
    signerTitle: doc.signer.title ?? '',
    signerName: doc.signer.name ?? '',
    urgency: urgencyFromLabel(doc.urgency),
    secrecy: secrecyFromLabel(doc.secrecy),
    dueDate: earliest?.date ?? null,
    pageCount: reading.pages ?? '',
    receiveMethod: file && reading.source !== 'ocr' ? 'dien_tu' : 'giay',
    attachments: file ? [file] : [],
  };
  const sources: FieldSources = {};
  const put = (field: keyof IncomingFormValues, span: FieldSpan | undefined, isFilled: boolean) => {
    if (span && isFilled) sources[field] = withOcrDoubt(span, reading.lowConfidence);
  };
  put('issuerName', s.issuer, values.issuerName !== '');
  put('numberAndSymbol', s.numberAndSymbol, values.numberAndSymbol !== '');
  put('docDate', s.date, values.docDate !== null);
  put('kind', s.kind, true);
  put('subject', s.subject, values.subject !== '');
  put('signerTitle', s.signer, values.signerTitle !== '');
  put('signerName', s.signer, values.signerName !== '');
  put('urgency', s.urgency, values.urgency !== null);
  put('secrecy', s.secrecy, values.secrecy !== null);
  put('dueDate', earliest?.span, values.dueDate !== null);
  return { values, sources };
}

/** The registration: the form, the extraction JSON, the accepted tasks, and the aliases the clerk confirmed. */
export function registerInput(reading: IntakeReading, values: IncomingFormValues, tasks: readonly TaskDraft[]): RegisterIntakeInput {
  const accepted = tasks.filter((t) => t.isAccepted && t.content.trim() !== '');
  const unitAliases = accepted
    .filter((t) => t.leadUnitId !== null && t.leadUnitId !== t.matchedUnitId && !t.isCollective && t.leadText.trim() !== '')
    .map((t) => ({ id: Number(t.leadUnitId), alias: t.leadText.trim() }));
  const issuerText = reading.extraction.issuer;
  const bodyAliases =
    issuerText && values.issuerId !== null && reading.issuer?.id !== values.issuerId && values.issuerName !== issuerText
      ? [{ id: values.issuerId, alias: issuerText }]
      : [];
  return {
    document: {
      ...toInput(values),
      extractionJson: JSON.stringify(reading.extraction),
      tasks: accepted.map((t) => ({
        source: t.span ? 'extracted' : 'manual',
        sourceRef: t.sourceRef,
        content: t.content.trim(),
        leadText: t.leadText.trim() || 'Chưa rõ',
        leadUnitId: t.leadUnitId ? Number(t.leadUnitId) : null,
        cooperating: t.cooperating,
        deadline: t.deadline,
        deadlineText: t.deadlineText.trim() || null,
      })),
    },
    unitAliases: dedupe(unitAliases),
    bodyAliases,
    attachmentTexts: values.attachments.map((file) => ({ sha256: file.sha256, text: reading.text })),
  };
}

function dedupe<T extends { id: number; alias: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.id}:${a.alias.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
