import type { Db } from '../connection';

/**
 * Number series (sổ) with yearly counters, the incoming register (sổ đăng ký văn bản đến) with its
 * edit history, and content-addressed attachment files. Default series: the incoming and outgoing
 * registers and their separate secret series (Nghị định 30 Điều 15.2, 22.2).
 */
export default function migrate0002(db: Db): void {
  db.exec(`
    CREATE TABLE number_series (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('den', 'di')),
      is_secret INTEGER NOT NULL DEFAULT 0 CHECK (is_secret IN (0, 1)),
      is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
      kind_names TEXT,
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      created_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX number_series_name ON number_series (direction, name);

    CREATE TABLE series_counters (
      series_id INTEGER NOT NULL REFERENCES number_series (id),
      year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
      last_number INTEGER NOT NULL CHECK (last_number >= 0),
      PRIMARY KEY (series_id, year)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE files (
      sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size >= 0),
      mime TEXT NOT NULL,
      text_content TEXT,
      created_at INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE incoming_documents (
      id INTEGER PRIMARY KEY,
      series_id INTEGER NOT NULL REFERENCES number_series (id),
      year INTEGER NOT NULL,
      number INTEGER NOT NULL CHECK (number > 0),
      received_date TEXT NOT NULL,
      issuer_id INTEGER REFERENCES external_bodies (id),
      issuer_name TEXT NOT NULL,
      issuer_folded TEXT NOT NULL,
      doc_number TEXT,
      doc_symbol TEXT,
      number_and_symbol TEXT NOT NULL,
      symbol_folded TEXT NOT NULL,
      doc_date TEXT NOT NULL,
      kind TEXT NOT NULL,
      subject TEXT NOT NULL,
      signer_title TEXT,
      signer_name TEXT,
      secrecy TEXT CHECK (secrecy IN ('mat', 'toi_mat', 'tuyet_mat')),
      urgency TEXT CHECK (urgency IN ('khan', 'thuong_khan', 'hoa_toc')),
      page_count INTEGER CHECK (page_count > 0),
      receive_method TEXT NOT NULL CHECK (receive_method IN ('giay', 'dien_tu', 'email', 'truc_lien_thong')),
      due_date TEXT,
      recipient_unit_id INTEGER REFERENCES units (id),
      recipient_person_id INTEGER REFERENCES people (id),
      recipient_note TEXT,
      transferred_date TEXT,
      note TEXT,
      extraction_json TEXT,
      is_imported INTEGER NOT NULL DEFAULT 0 CHECK (is_imported IN (0, 1)),
      import_key TEXT,
      cancelled_at INTEGER,
      cancel_reason TEXT,
      cancelled_by TEXT,
      created_at INTEGER NOT NULL,
      created_by TEXT,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (cancelled_at IS NULL OR cancel_reason IS NOT NULL)
    ) STRICT;
    CREATE UNIQUE INDEX incoming_number ON incoming_documents (series_id, year, number);
    CREATE UNIQUE INDEX incoming_import_key ON incoming_documents (import_key) WHERE import_key IS NOT NULL;
    CREATE INDEX incoming_year_number ON incoming_documents (year, number);
    CREATE INDEX incoming_received ON incoming_documents (received_date, id);
    CREATE INDEX incoming_duplicate ON incoming_documents (symbol_folded, doc_date);
    CREATE INDEX incoming_issuer ON incoming_documents (issuer_id);
    CREATE INDEX incoming_recipient ON incoming_documents (recipient_unit_id);

    CREATE TABLE incoming_history (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES incoming_documents (id),
      at INTEGER NOT NULL,
      actor TEXT,
      action TEXT NOT NULL CHECK (action IN ('create', 'update', 'cancel', 'attach', 'detach', 'annotate')),
      changes TEXT NOT NULL
    ) STRICT;
    CREATE INDEX incoming_history_document ON incoming_history (document_id, id);

    CREATE TABLE incoming_attachments (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES incoming_documents (id),
      file_sha256 TEXT NOT NULL REFERENCES files (sha256),
      original_name TEXT NOT NULL,
      added_at INTEGER NOT NULL,
      removed_at INTEGER
    ) STRICT;
    CREATE INDEX incoming_attachments_document ON incoming_attachments (document_id);
  `);
  const now = Date.now();
  const insert = db.prepare('INSERT INTO number_series (name, direction, is_secret, is_default, created_at) VALUES (?, ?, ?, ?, ?)');
  insert.run('Sổ văn bản đến', 'den', 0, 1, now);
  insert.run('Sổ văn bản mật đến', 'den', 1, 1, now);
  insert.run('Sổ văn bản đi', 'di', 0, 1, now);
  insert.run('Sổ văn bản mật đi', 'di', 1, 1, now);
}
