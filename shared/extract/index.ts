import { emptyDocument, extract } from './extract';
import type { ExtractOptions, Extraction } from './types';

export type {
  DatePartial,
  ExtractedDocument,
  ExtractedReference,
  ExtractedSigner,
  ExtractedTask,
  Extraction,
  ExtractOptions,
  FieldSpan,
  KnownBody,
} from './types';

/**
 * Reads an incoming document's registration fields, references, tasks and internal inconsistencies
 * from its text (shared/corpus/README.md), with the span of the input each field came from and a
 * confidence. Pure and deterministic. It never throws: the property tests find no input that breaks it,
 * and should one appear the clerk gets an empty form to fill in rather than an error.
 */
export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  try {
    return extract(typeof text === 'string' ? text : '', options);
  } catch {
    return { result: emptyDocument(), spans: {} };
  }
}
