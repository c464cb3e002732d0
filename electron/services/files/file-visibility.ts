import type { Db } from '../../db/connection';

/**
 * Whether a stored file may be shown to a caller: a file attached only to secret documents needs
 * the clearance to see secret documents. A staged file not yet attached to anything is visible to
 * any signed-in user (they just uploaded it). When adding a table that attaches files to documents
 * with a secrecy level, add it to the query below.
 */
export function isFileVisible(db: Db, sha256: string, canSeeSecret: boolean): boolean {
  if (canSeeSecret) return true;
  const rows = db
    .prepare<[string], { secrecy: string | null }>(
      `SELECT d.secrecy FROM incoming_attachments a JOIN incoming_documents d ON d.id = a.document_id WHERE a.file_sha256 = ?`,
    )
    .all(sha256);
  return rows.length === 0 || rows.some((row) => row.secrecy === null);
}
