import type { Db } from '../connection';

/**
 * Drafts (dự thảo) with their saved versions, and the outgoing register (sổ đăng ký văn bản đi)
 * with its history and files. An outgoing document is numbered in a 'di' series (one for all
 * kinds, or one per kind through number_series.kind_names) and is read-only once issued. A number is
 * unique within its series and year; a secret series may reuse a symbol of the open series, as its
 * documents are registered and kept apart (Nghị định 30 Điều 15.2).
 * task_id columns point at tasks (migration 3).
 */
export default function migrate0004(db: Db): void {
  db.exec(`
    CREATE TABLE drafts (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL DEFAULT '',
      content_json TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'dang_soan' CHECK (status IN ('dang_soan', 'trinh_duyet', 'da_duyet', 'da_phat_hanh', 'huy')),
      drafting_unit_id INTEGER REFERENCES units (id),
      author TEXT,
      reply_to_incoming_id INTEGER REFERENCES incoming_documents (id),
      task_id INTEGER REFERENCES tasks (id),
      outgoing_id INTEGER,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX drafts_updated ON drafts (updated_at);
    CREATE INDEX drafts_reply ON drafts (reply_to_incoming_id);

    CREATE TABLE draft_versions (
      id INTEGER PRIMARY KEY,
      draft_id INTEGER NOT NULL REFERENCES drafts (id),
      version INTEGER NOT NULL,
      content_json TEXT NOT NULL,
      saved_at INTEGER NOT NULL,
      actor TEXT,
      note TEXT
    ) STRICT;
    CREATE INDEX draft_versions_draft ON draft_versions (draft_id, id);

    CREATE TABLE outgoing_documents (
      id INTEGER PRIMARY KEY,
      series_id INTEGER NOT NULL REFERENCES number_series (id),
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      symbol TEXT NOT NULL,
      number_and_symbol TEXT NOT NULL,
      symbol_folded TEXT NOT NULL,
      doc_date TEXT NOT NULL,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL,
      signer_title TEXT,
      signer_name TEXT,
      recipients TEXT NOT NULL,
      archive_holder TEXT,
      copies INTEGER CHECK (copies > 0),
      transferred_date TEXT,
      note TEXT,
      secrecy TEXT CHECK (secrecy IN ('mat', 'toi_mat', 'tuyet_mat')),
      urgency TEXT CHECK (urgency IN ('khan', 'thuong_khan', 'hoa_toc')),
      drafting_unit_id INTEGER REFERENCES units (id),
      draft_id INTEGER REFERENCES drafts (id),
      reply_to_incoming_id INTEGER REFERENCES incoming_documents (id),
      task_id INTEGER REFERENCES tasks (id),
      is_imported INTEGER NOT NULL DEFAULT 0 CHECK (is_imported IN (0, 1)),
      import_key TEXT,
      issued_at INTEGER NOT NULL,
      issued_by TEXT,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE UNIQUE INDEX outgoing_number ON outgoing_documents (series_id, year, number);
    CREATE UNIQUE INDEX outgoing_import_key ON outgoing_documents (import_key) WHERE import_key IS NOT NULL;
    CREATE INDEX outgoing_year_number ON outgoing_documents (year, number);
    CREATE INDEX outgoing_doc_date ON outgoing_documents (doc_date, id);
    CREATE INDEX outgoing_reply ON outgoing_documents (reply_to_incoming_id);

    CREATE TABLE outgoing_history (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES outgoing_documents (id),
      at INTEGER NOT NULL,
      actor TEXT,
      action TEXT NOT NULL CHECK (action IN ('issue', 'annotate', 'attach', 'transfer')),
      changes TEXT NOT NULL
    ) STRICT;
    CREATE INDEX outgoing_history_document ON outgoing_history (document_id, id);

    CREATE TABLE outgoing_files (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES outgoing_documents (id),
      file_sha256 TEXT NOT NULL REFERENCES files (sha256),
      role TEXT NOT NULL CHECK (role IN ('docx', 'pdf', 'scan', 'other')),
      original_name TEXT NOT NULL,
      added_at INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX outgoing_files_document ON outgoing_files (document_id);
  `);
}
