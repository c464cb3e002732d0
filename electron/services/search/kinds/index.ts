import type { SearchKind } from '@shared/contract/search';
import { draftsSearch } from './drafts';
import { incomingSearch } from './incoming';
import { outgoingSearch } from './outgoing';
import { tasksSearch } from './tasks';
import type { SearchKindAdapter } from './types';

/** Every kind the search covers, by name; one line per adapter. */
export const SEARCH_ADAPTERS: Record<SearchKind, SearchKindAdapter> = {
  incoming: incomingSearch,
  outgoing: outgoingSearch,
  drafts: draftsSearch,
  tasks: tasksSearch,
};

export type { SearchKindAdapter, SearchSource } from './types';
