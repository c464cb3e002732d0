import type { Db } from '../connection';

/**
 * Local accounts and the audit trail. audit_log is append-only: no API updates or deletes it, and
 * these triggers refuse it in SQL as a second line. Each row stores the SHA-256 of the previous
 * row's hash and its own content, so a row edited by hand breaks the chain (`vanthu audit verify`).
 */
export default function migrate0006(db: Db): void {
  db.exec(`
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      user_name TEXT NOT NULL CHECK (length(user_name) BETWEEN 3 AND 32),
      full_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'leader', 'specialist')),
      password_hash TEXT NOT NULL,
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
      failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
      locked_until INTEGER,
      last_login_at INTEGER,
      password_changed_at INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX users_user_name ON users (user_name);

    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at INTEGER NOT NULL,
      user_id INTEGER,
      user_name TEXT,
      transport TEXT NOT NULL,
      action TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'failed')),
      subject_type TEXT,
      subject_id TEXT,
      is_secret INTEGER NOT NULL DEFAULT 0 CHECK (is_secret IN (0, 1)),
      details TEXT NOT NULL,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL CHECK (length(hash) = 64)
    ) STRICT;
    CREATE INDEX audit_log_at ON audit_log (at);
    CREATE INDEX audit_log_user ON audit_log (user_name, id);
    CREATE INDEX audit_log_action ON audit_log (action, id);

    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
  `);
}
