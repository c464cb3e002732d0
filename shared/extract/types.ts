/**
 * The extraction result: exactly the JSON shape of shared/corpus/README.md (keys in that order,
 * scalars null when absent, lists [] when empty).
 */
export interface DatePartial {
  day: number | null;
  month: number | null;
  year: number | null;
}

export interface ExtractedSigner {
  authority: string | null;
  onBehalfOf: string | null;
  title: string | null;
  name: string | null;
}

export interface ExtractedReference {
  numberAndSymbol: string;
  kind: string | null;
  date: string | null;
  issuer: string | null;
}

export interface ExtractedTask {
  ref: string | null;
  lead: string | null;
  cooperating: string[];
  summary: string;
  deadline: string | null;
  deadlineText: string | null;
}

export interface ExtractedDocument {
  kind: string;
  kindCode: string | null;
  number: string | null;
  symbol: string | null;
  numberAndSymbol: string | null;
  issuer: string | null;
  parentIssuer: string | null;
  place: string | null;
  date: string | null;
  datePartial: DatePartial | null;
  subject: string | null;
  recipients: string[];
  signer: ExtractedSigner;
  distribution: string[];
  archive: string | null;
  urgency: string | null;
  secrecy: string | null;
  references: ExtractedReference[];
  tasks: ExtractedTask[];
  issues: string[];
}

/** Offsets into the input text (UTF-16 code units, end exclusive) and a confidence 0..1. */
export interface FieldSpan {
  start: number;
  end: number;
  confidence: number;
}

/** A body from the organisation directory the issuer is resolved against. */
export interface KnownBody {
  name: string;
  abbreviation?: string;
  aliases?: readonly string[];
}

export interface ExtractOptions {
  knownIssuers?: readonly KnownBody[];
}

export interface Extraction {
  result: ExtractedDocument;
  /**
   * Keys: top-level field names ('numberAndSymbol', 'issuer', 'date', 'subject', 'kind', 'signer',
   * 'urgency', 'secrecy', 'recipients', 'distribution', 'archive', 'place', 'references.<i>') and
   * 'tasks.<i>' (+ 'tasks.<i>.deadline' when the task has one).
   */
  spans: Record<string, FieldSpan>;
}
