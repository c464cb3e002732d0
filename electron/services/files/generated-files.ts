import { writeTransaction } from '../../db/connection';
import { insertFile } from '../../db/repositories/files-repository';
import type { ServiceContext } from '../context';
import { type StoredFile, storeFile } from './file-store';

/** Files the app makes (issued DOCX/PDF, printed slips) go to the same content-addressed store. */
const GENERATED_MAX_BYTES = 512 * 1024 * 1024;

export function storeGenerated(ctx: ServiceContext, name: string, data: Uint8Array): StoredFile & { url: string } {
  const stored = storeFile(ctx.paths, name, data, GENERATED_MAX_BYTES);
  writeTransaction(ctx.db, () => insertFile(ctx.db, stored, ctx.clock.now()));
  return { ...stored, url: `/files/${stored.sha256}?name=${encodeURIComponent(stored.name)}` };
}
