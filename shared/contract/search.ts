import { z } from 'zod';
import type { HighlightedText } from '../search/highlight';
import { text } from '../schemas/common';
import { method, returns } from './define';

export const SEARCH_KINDS = ['incoming', 'outgoing', 'drafts', 'tasks'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  incoming: 'Văn bản đến',
  outgoing: 'Văn bản đi',
  drafts: 'Dự thảo',
  tasks: 'Công việc',
};

/** Counts are exact up to this bound; beyond it the screen says "hơn 10.000". */
export const SEARCH_COUNT_BOUND = 10_000;

/** One result: what the list shows, with the matched words marked. */
export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** Số ký hiệu and tác giả (documents), the document a task belongs to, the kind of a draft. */
  title: HighlightedText;
  subject: HighlightedText;
  /** A window of the attachment or other text where the words were found, when not in the subject. */
  snippet: HighlightedText | null;
  /** The date the result is ordered by ('YYYY-MM-DD'): ngày đến, ngày văn bản, last saved, created. */
  date: string;
  /** Số đến, state of a task or draft. */
  detail: string | null;
  isCancelled: boolean;
  isSecret: boolean;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  /** The total is the bound: there are more than SEARCH_COUNT_BOUND results. */
  isTotalCapped: boolean;
  hits: SearchHit[];
  /** Pass back (with this kind alone) for the next page; null at the end. */
  nextCursor: string | null;
}

export interface SearchResult {
  groups: SearchGroup[];
}

export interface SavedSearch {
  id: number;
  name: string;
  query: string;
  createdAt: number;
}

export const searchQueryInput = z.object({
  q: z.string().max(500, 'Câu tìm kiếm dài quá 500 ký tự.'),
  kinds: z.array(z.enum(SEARCH_KINDS)).optional(),
  sort: z.enum(['newest', 'relevance']).default('newest'),
  limit: z.number().int().min(1).max(100).default(20),
  cursor: z.string().max(40).nullable().optional(),
});

export type SearchQueryInput = z.input<typeof searchQueryInput>;

/** Tìm kiếm: one search over the registers, drafts, tasks and attachment text (issue 8). */
export const searchContract = {
  /** Results grouped by kind, newest first (or by relevance), with exact counts up to 10.000. */
  'search.query': method({ input: searchQueryInput, output: returns<SearchResult>(), permission: 'documents.read', isWrite: false }),
  /** The caller's saved searches, in Vietnamese alphabetical order. */
  'search.savedList': method({
    input: z.object({}).strict(),
    output: returns<SavedSearch[]>(),
    permission: 'documents.read',
    isWrite: false,
  }),
  /** Saves (or replaces, by name) a search for the caller. */
  'search.saveQuery': method({
    input: z.object({ name: text('Tên tìm kiếm', 100), query: text('Câu tìm kiếm', 500) }),
    output: returns<SavedSearch>(),
    permission: 'documents.read',
    isWrite: true,
  }),
  'search.deleteSaved': method({
    input: z.object({ id: z.number().int().positive() }),
    output: returns<{ deleted: boolean }>(),
    permission: 'documents.read',
    isWrite: true,
  }),
  /** Rebuilds the whole index in a background job (vanthu search reindex does it in place). */
  'search.reindex': method({
    input: z.object({}).strict(),
    output: returns<{ jobId: string }>(),
    permission: 'settings.manage',
    isWrite: true,
  }),
};
