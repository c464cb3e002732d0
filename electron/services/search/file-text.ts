import { writeTransaction } from '../../db/connection';
import { setFileText } from '../../db/repositories/files-repository';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from './search-index';

/**
 * Keeps the text read from a file (Tiếp nhận: extraction or OCR) and re-indexes every document that
 * links the file, in one transaction, so its words are found from then on.
 */
export function recordFileText(ctx: ServiceContext, sha256: string, text: string): void {
  writeTransaction(ctx.db, () => {
    setFileText(ctx.db, sha256, text);
    const incoming = ctx.db
      .prepare<[string], { id: number }>('SELECT DISTINCT document_id AS id FROM incoming_attachments WHERE file_sha256 = ?')
      .all(sha256);
    for (const row of incoming) syncSearchEntry(ctx.db, 'incoming', row.id);
    const outgoing = ctx.db
      .prepare<[string], { id: number }>('SELECT DISTINCT document_id AS id FROM outgoing_files WHERE file_sha256 = ?')
      .all(sha256);
    for (const row of outgoing) syncSearchEntry(ctx.db, 'outgoing', row.id);
  });
}
