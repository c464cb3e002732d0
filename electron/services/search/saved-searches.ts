import type { SavedSearch } from '@shared/contract/search';
import { sortByVi } from '@shared/text/collate';
import { writeTransaction } from '../../db/connection';
import type { ServiceContext } from '../context';

interface SavedRow {
  id: number;
  name: string;
  query: string;
  created_at: number;
}

function rowToSaved(row: SavedRow): SavedSearch {
  return { id: row.id, name: row.name, query: row.query, createdAt: row.created_at };
}

/** A caller's saved searches, in Vietnamese alphabetical order (DOMAIN.md §2.4). */
export function listSavedSearches(ctx: ServiceContext, owner: string): SavedSearch[] {
  const rows = ctx.db
    .prepare<[string], SavedRow>('SELECT id, name, query, created_at FROM saved_searches WHERE owner = ?')
    .all(owner)
    .map(rowToSaved);
  return sortByVi(rows, (r) => r.name);
}

/** Saves a search under a name; the same name again replaces its query. */
export function saveSearch(ctx: ServiceContext, owner: string, input: { name: string; query: string }): SavedSearch {
  return writeTransaction(ctx.db, () => {
    const row = ctx.db
      .prepare<[string, string, string, number], SavedRow>(
        `INSERT INTO saved_searches (owner, name, query, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (owner, name) DO UPDATE SET query = excluded.query
         RETURNING id, name, query, created_at`,
      )
      .get(owner, input.name, input.query, ctx.clock.now());
    if (!row) throw new Error('saved search not written');
    return rowToSaved(row);
  });
}

export function deleteSavedSearch(ctx: ServiceContext, owner: string, id: number): { deleted: boolean } {
  return writeTransaction(ctx.db, () => ({
    deleted: ctx.db.prepare('DELETE FROM saved_searches WHERE id = ? AND owner = ?').run(id, owner).changes > 0,
  }));
}
