import { extract } from './extract';
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
 * confidence. Pure and deterministic; never throws (a failure inside one part leaves that part empty).
 */
export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  return extract(typeof text === 'string' ? text : '', options);
}
