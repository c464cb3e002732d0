import type { z } from 'zod';
import type { ExtractedDocument, FieldSpan } from '../extract';
import { readIntakeInput, registerIntakeInput } from '../schemas/intake-schema';
import { method, returns } from './define';
import type { NameMatch } from './directory';
import type { IncomingRecord } from './incoming';

export type ReadIntakeInput = z.input<typeof readIntakeInput>;
export type RegisterIntakeInput = z.input<typeof registerIntakeInput>;

/** Where the text came from: typed or pasted (or a .txt), Word, a PDF's text layer, or OCR of a scan. */
export type IntakeSource = 'text' | 'docx' | 'pdf-text' | 'ocr';

/** A party written in the document and the directory entry it was matched to. */
export interface PartyMatch {
  text: string;
  /** Set when the match is certain (name, alias or abbreviation); the clerk confirms anything less. */
  id: number | null;
  name: string | null;
  /** A collective phrase ("các đơn vị liên quan", "UBND các huyện"): no single unit. */
  isCollective: boolean;
  /** The best few directory entries, for the clerk to pick from. */
  candidates: NameMatch[];
}

export interface IntakeTaskMatch {
  lead: PartyMatch | null;
  cooperating: PartyMatch[];
}

/** What Tiếp nhận read from a document, ready to fill the registration form. */
export interface IntakeReading {
  text: string;
  source: IntakeSource;
  pages: number | null;
  /** OCR: mean confidence 0–100 and the lines to check (offsets into text). */
  confidence: number | null;
  lowConfidence: Array<{ start: number; end: number; confidence: number }>;
  extraction: ExtractedDocument;
  /** Field name (or 'tasks.<i>') → where in `text` it was read, with a confidence 0–1. */
  spans: Record<string, FieldSpan>;
  issuer: PartyMatch | null;
  tasks: IntakeTaskMatch[];
}

/** Tiếp nhận: read a dropped file or pasted text, and register what the clerk confirmed. */
export const intakeContract = {
  /** Reads a staged file (OCR in a job with 'jobs.progressed' events) or pasted text, extracts its fields and tasks, and matches names to the directory. */
  'intake.read': method({
    input: readIntakeInput,
    output: returns<IntakeReading>(),
    permission: 'incoming.register',
    isWrite: false,
  }),
  /** Registers the document with its attachment, extraction and accepted tasks, and remembers the confirmed aliases: one transaction. */
  'intake.register': method({
    input: registerIntakeInput,
    output: returns<IncomingRecord>(),
    permission: 'incoming.register',
    isWrite: true,
  }),
};
