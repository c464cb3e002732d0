import type { SearchHit, SearchKind } from '@shared/contract/search';
import { hrefFor, type RouteName } from '../../stores/nav-store';

const ROUTE_OF: Record<SearchKind, RouteName> = { incoming: 'incoming', outgoing: 'outgoing', drafts: 'drafts', tasks: 'tasks' };

/** Where a result opens: the register or list with its detail open (drafts open in the editor). */
export function hrefForHit(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  if (hit.kind === 'drafts') return hrefFor('drafts', [String(hit.id)]);
  return hrefFor(ROUTE_OF[hit.kind], [], { id: String(hit.id) });
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : iso;
}
