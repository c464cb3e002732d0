import { readFileSync } from 'node:fs';
import type { IncomingRecord } from '@shared/contract/incoming';
import type { IntakeReading, ReadIntakeInput } from '@shared/contract/intake';
import { AppError } from '@shared/errors';
import { extractDocument } from '@shared/extract';
import { knownNamesFromDirectory } from '@shared/ocr/known-names';
import { type Db, writeTransaction } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import { listBodies } from '../../db/repositories/bodies-repository';
import { fileExists } from '../../db/repositories/files-repository';
import { listUnits } from '../../db/repositories/units-repository';
import type { ServiceContext } from '../context';
import { addBodyAlias } from '../directory/bodies-service';
import { addUnitAlias } from '../directory/directory-service';
import { storedFilePath } from '../files/file-store';
import { type RegisterInput, registerIncoming } from '../incoming/incoming-service';
import type { JobRunner } from '../jobs/job-runner';
import { knownIssuers, matchIssuer, matchUnitParty } from './intake-match';
import { ocrDocument } from './ocr/ocr-service';
import { type DocumentText, readDocument } from './read-document';
import { recordFileText } from '../search/file-text';

/**
 * Tiếp nhận: a staged file or pasted text → text → the extractor's fields and tasks → names matched
 * to the directory; then one transaction registers what the clerk confirmed.
 */

/** The directory's names for OCR post-correction. */
function ocrNames(db: Db): string[] {
  return knownNamesFromDirectory({ agency: getAgency(db), units: listUnits(db, false), bodies: listBodies(db, false) });
}

async function readInput(ctx: ServiceContext, jobs: JobRunner, input: ReadIntakeInput): Promise<DocumentText> {
  if (input.text !== undefined) return { text: input.text.replace(/\r\n?/g, '\n').normalize('NFC'), source: 'text' };
  const file = input.file;
  if (!file || !fileExists(ctx.db, file.sha256)) throw new AppError('NOT_FOUND', 'Tệp chưa được tải lên; hãy chọn lại tệp.');
  const data = new Uint8Array(readFileSync(storedFilePath(ctx.paths, file.sha256)));
  const names = ocrNames(ctx.db);
  return readDocument(data, file.name, (_bytes, pages) => ocrDocument(jobs, { sha256: file.sha256 }, names, pages ? { pages } : {}));
}

/**
 * Reads and extracts. OCR of a scan runs as the job 'intake.ocr' (progress in 'jobs.progressed').
 * @throws BAD_FILE (Vietnamese message) for a damaged or unsupported file; NOT_FOUND for an unstaged one
 */
export async function readIntake(ctx: ServiceContext, jobs: JobRunner, input: ReadIntakeInput): Promise<IntakeReading> {
  const read = await readInput(ctx, jobs, input);
  const { result, spans } = extractDocument(read.text, { knownIssuers: knownIssuers(ctx) });
  return {
    text: read.text,
    source: read.source,
    pages: read.pages ?? null,
    confidence: read.confidence ?? null,
    lowConfidence: read.lowConfidence ?? [],
    extraction: result,
    spans,
    issuer: matchIssuer(ctx, result.issuer),
    tasks: result.tasks.map((task) => ({
      lead: task.lead ? matchUnitParty(ctx, task.lead) : null,
      cooperating: task.cooperating.map((text) => matchUnitParty(ctx, text)),
    })),
  };
}

export interface RegisterIntakeInput {
  document: RegisterInput;
  unitAliases: Array<{ id: number; alias: string }>;
  bodyAliases: Array<{ id: number; alias: string }>;
  /** Text read from the attached file: kept with the file and indexed for search. */
  attachmentTexts?: Array<{ sha256: string; text: string }>;
}

/**
 * Registers the confirmed document with its attachment, its extraction JSON and the accepted tasks,
 * and remembers the aliases the clerk confirmed: all in one transaction, so a task that fails
 * leaves no document, no number taken and no alias. An alias already used by another body is skipped.
 */
export function registerIntake(ctx: ServiceContext, input: RegisterIntakeInput, actor: string | null): IncomingRecord {
  return writeTransaction(ctx.db, () => {
    for (const alias of input.unitAliases) addUnitAlias(ctx, alias);
    for (const alias of input.bodyAliases) {
      try {
        addBodyAlias(ctx, alias);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'DUPLICATE')) throw error;
      }
    }
    const record = registerIncoming(ctx, input.document, actor);
    const attached = new Set(input.document.attachments.map((a) => a.sha256));
    for (const file of input.attachmentTexts ?? []) if (attached.has(file.sha256)) recordFileText(ctx, file.sha256, file.text);
    return record;
  });
}
