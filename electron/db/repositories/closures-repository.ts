import type { RegisterClosure } from '@shared/contract/years';
import type { Db } from '../connection';

interface ClosureRow {
  series_id: number;
  year: number;
  closed_at: number;
  closed_by: string | null;
  entry_count: number;
  pdf_sha256: string;
  volume: string | null;
}

function rowToClosure(row: ClosureRow): RegisterClosure {
  return {
    seriesId: row.series_id,
    year: row.year,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    entryCount: row.entry_count,
    pdfSha256: row.pdf_sha256,
    pdfUrl: `/files/${row.pdf_sha256}?name=${encodeURIComponent(`so-${row.series_id}-${row.year}.pdf`)}`,
    volume: row.volume,
  };
}

const SELECT = 'SELECT series_id, year, closed_at, closed_by, entry_count, pdf_sha256, volume FROM register_closures';

export function listClosures(db: Db): RegisterClosure[] {
  return db.prepare<[], ClosureRow>(`${SELECT} ORDER BY year DESC, series_id`).all().map(rowToClosure);
}

export function getClosure(db: Db, seriesId: number, year: number): RegisterClosure | null {
  const row = db.prepare<[number, number], ClosureRow>(`${SELECT} WHERE series_id = ? AND year = ?`).get(seriesId, year);
  return row ? rowToClosure(row) : null;
}

export function insertClosure(db: Db, closure: Omit<RegisterClosure, 'pdfUrl'>): void {
  db.prepare(
    `INSERT INTO register_closures (series_id, year, closed_at, closed_by, entry_count, pdf_sha256, volume)
     VALUES (@seriesId, @year, @closedAt, @closedBy, @entryCount, @pdfSha256, @volume)`,
  ).run(closure);
}

/** Every (series, year) with entries, counted. */
export function listRegisterYears(db: Db): Array<{ series_id: number; year: number; entry_count: number }> {
  return db
    .prepare<[], { series_id: number; year: number; entry_count: number }>(
      `SELECT series_id, year, count(*) AS entry_count FROM incoming_documents GROUP BY series_id, year
       UNION ALL SELECT series_id, year, count(*) FROM outgoing_documents GROUP BY series_id, year
       ORDER BY year DESC, series_id`,
    )
    .all();
}

/**
 * What the printed PDF must still match when the closure is recorded: how many entries, the last
 * change, the last history line (an edit or cancellation while printing changes one of them).
 */
export function registerFingerprint(db: Db, direction: 'den' | 'di', seriesId: number, year: number): string {
  const [docs, history] = direction === 'den' ? ['incoming_documents', 'incoming_history'] : ['outgoing_documents', 'outgoing_history'];
  const row = db
    .prepare<[number, number], { n: number; changed: number | null; last: number | null }>(
      `SELECT count(*) AS n, max(d.updated_at) AS changed,
         (SELECT max(h.id) FROM ${history} h JOIN ${docs} x ON x.id = h.document_id WHERE x.series_id = d.series_id AND x.year = d.year) AS last
       FROM ${docs} d WHERE d.series_id = ? AND d.year = ?`,
    )
    .get(seriesId, year);
  return JSON.stringify(row ?? null);
}
