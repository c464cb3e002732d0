import type { Db } from '../connection';

/**
 * Assignments (giao việc) and their follow-up: the task with its lead unit, cooperating and informed
 * parties, deadline (date, or the rule it was written as), state, extensions and history; the
 * editable holiday table of the working-day calendar; and the reminders already shown.
 * result_outgoing_id points at outgoing_documents (migration 4).
 */
export default function migrate0003(db: Db): void {
  db.exec(`
    CREATE TABLE tasks (
      id INTEGER PRIMARY KEY,
      incoming_id INTEGER REFERENCES incoming_documents (id),
      source TEXT NOT NULL CHECK (source IN ('extracted', 'distribution', 'manual')),
      source_ref TEXT,
      content TEXT NOT NULL,
      instruction TEXT,
      lead_unit_id INTEGER REFERENCES units (id),
      lead_person_id INTEGER REFERENCES people (id),
      lead_text TEXT NOT NULL,
      deadline TEXT,
      deadline_text TEXT,
      deadline_rule TEXT,
      parent_task_id INTEGER REFERENCES tasks (id),
      status TEXT NOT NULL DEFAULT 'chua_xu_ly' CHECK (status IN ('chua_xu_ly', 'dang_xu_ly', 'hoan_thanh', 'tra_lai', 'huy')),
      status_reason TEXT,
      completed_date TEXT,
      result_note TEXT,
      result_outgoing_id INTEGER REFERENCES outgoing_documents (id),
      position INTEGER NOT NULL DEFAULT 0,
      created_at INTEGER NOT NULL,
      created_by TEXT,
      updated_at INTEGER NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    ) STRICT;
    CREATE INDEX tasks_open_deadline ON tasks (status, deadline);
    CREATE INDEX tasks_incoming ON tasks (incoming_id, position);
    CREATE INDEX tasks_lead ON tasks (lead_unit_id, status);
    CREATE INDEX tasks_parent ON tasks (parent_task_id);

    CREATE TABLE task_parties (
      id INTEGER PRIMARY KEY,
      task_id INTEGER NOT NULL REFERENCES tasks (id),
      role TEXT NOT NULL CHECK (role IN ('phoi_hop', 'de_biet')),
      unit_id INTEGER REFERENCES units (id),
      text TEXT NOT NULL,
      position INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX task_parties_task ON task_parties (task_id, role, position);
    CREATE INDEX task_parties_unit ON task_parties (unit_id);

    CREATE TABLE task_history (
      id INTEGER PRIMARY KEY,
      task_id INTEGER NOT NULL REFERENCES tasks (id),
      at INTEGER NOT NULL,
      actor TEXT,
      action TEXT NOT NULL,
      changes TEXT NOT NULL
    ) STRICT;
    CREATE INDEX task_history_task ON task_history (task_id, id);

    CREATE TABLE task_extensions (
      id INTEGER PRIMARY KEY,
      task_id INTEGER NOT NULL REFERENCES tasks (id),
      old_deadline TEXT,
      new_deadline TEXT NOT NULL,
      reason TEXT NOT NULL,
      at INTEGER NOT NULL,
      actor TEXT
    ) STRICT;
    CREATE INDEX task_extensions_task ON task_extensions (task_id, id);

    CREATE TABLE holidays (
      date TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('holiday', 'day-off', 'working-day')),
      name TEXT NOT NULL,
      is_custom INTEGER NOT NULL DEFAULT 0 CHECK (is_custom IN (0, 1))
    ) STRICT, WITHOUT ROWID;

    -- Trang chủ: documents still waiting for distribution, counted without a scan.
    CREATE INDEX incoming_waiting ON incoming_documents (received_date)
      WHERE cancelled_at IS NULL AND transferred_date IS NULL AND recipient_unit_id IS NULL AND recipient_person_id IS NULL;

    CREATE TABLE reminders_sent (
      task_id INTEGER NOT NULL REFERENCES tasks (id),
      day TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('due_soon', 'overdue')),
      PRIMARY KEY (task_id, day, kind)
    ) STRICT, WITHOUT ROWID;
  `);
}
