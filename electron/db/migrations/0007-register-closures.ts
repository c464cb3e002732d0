import type { Db } from '../connection';

/**
 * Khóa sổ: a closed (series, year) with the SHA-256 of the PDF printed when it was closed. Closing is
 * final (no update or delete), and from then on the database itself refuses new entries, edits,
 * cancellations and attachments of that series and year (REGISTER_LOCKED, mapped to LOCKED by the
 * router); histories stay open, so a later correction is recorded as an annotation. Tasks are not
 * locked: follow-up of a closed year's documents goes on.
 */
export default function migrate0007(db: Db): void {
  const closed = (series: string, year: string) =>
    `EXISTS (SELECT 1 FROM register_closures c WHERE c.series_id = ${series} AND c.year = ${year})`;
  const documentClosed = (table: string, id: string) =>
    `EXISTS (SELECT 1 FROM ${table} d JOIN register_closures c ON c.series_id = d.series_id AND c.year = d.year WHERE d.id = ${id})`;
  const refuse = "BEGIN SELECT RAISE(ABORT, 'REGISTER_LOCKED'); END";
  db.exec(`
    CREATE TABLE register_closures (
      series_id INTEGER NOT NULL REFERENCES number_series (id),
      year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      closed_at INTEGER NOT NULL,
      closed_by TEXT,
      entry_count INTEGER NOT NULL CHECK (entry_count >= 0),
      pdf_sha256 TEXT NOT NULL REFERENCES files (sha256),
      volume TEXT,
      PRIMARY KEY (series_id, year)
    ) STRICT, WITHOUT ROWID;
    CREATE TRIGGER register_closures_final_update BEFORE UPDATE ON register_closures
      BEGIN SELECT RAISE(ABORT, 'REGISTER_CLOSURE_FINAL'); END;
    CREATE TRIGGER register_closures_final_delete BEFORE DELETE ON register_closures
      BEGIN SELECT RAISE(ABORT, 'REGISTER_CLOSURE_FINAL'); END;

    CREATE TRIGGER incoming_locked_insert BEFORE INSERT ON incoming_documents
      WHEN ${closed('NEW.series_id', 'NEW.year')} ${refuse};
    CREATE TRIGGER incoming_locked_update BEFORE UPDATE ON incoming_documents
      WHEN ${closed('OLD.series_id', 'OLD.year')} OR ${closed('NEW.series_id', 'NEW.year')} ${refuse};
    CREATE TRIGGER incoming_attachments_locked_insert BEFORE INSERT ON incoming_attachments
      WHEN ${documentClosed('incoming_documents', 'NEW.document_id')} ${refuse};
    CREATE TRIGGER incoming_attachments_locked_update BEFORE UPDATE ON incoming_attachments
      WHEN ${documentClosed('incoming_documents', 'OLD.document_id')} ${refuse};
    CREATE TRIGGER outgoing_locked_insert BEFORE INSERT ON outgoing_documents
      WHEN ${closed('NEW.series_id', 'NEW.year')} ${refuse};
    CREATE TRIGGER outgoing_locked_update BEFORE UPDATE ON outgoing_documents
      WHEN ${closed('OLD.series_id', 'OLD.year')} OR ${closed('NEW.series_id', 'NEW.year')} ${refuse};
    CREATE TRIGGER outgoing_files_locked_insert BEFORE INSERT ON outgoing_files
      WHEN ${documentClosed('outgoing_documents', 'NEW.document_id')} ${refuse};
  `);
}
