import type { JobInfo } from './app';

/**
 * Push events from the server to every open window (Electron: the 'api:event' channel; browser
 * mode: server-sent events). Names are domain.pastTense (STYLE.md §9.6).
 */
export interface ApiEvents {
  /** Something in the directory changed; lists should reload. */
  'directory.changed': { entity: 'agency' | 'units' | 'people' | 'bodies' };
  /** An incoming document was registered, edited or cancelled; lists and counts should reload. */
  'incoming.changed': { id: number; action: 'registered' | 'updated' | 'cancelled' };
  /** An outgoing document was issued (cấp số) or its register columns annotated. */
  'outgoing.changed': { id: number; action: 'issued' | 'annotated' };
  /** A draft was created, saved, moved along its approval or issued. */
  'drafts.changed': { id: number };
  /** Assignments were created, edited or changed state. */
  'tasks.changed': { ids: number[] };
  /** A background job moved forward, finished, failed or was cancelled. */
  'jobs.progressed': JobInfo & { result?: unknown };
}

export type ApiEventName = keyof ApiEvents;

export const API_EVENTS = [
  'directory.changed',
  'incoming.changed',
  'outgoing.changed',
  'drafts.changed',
  'tasks.changed',
  'jobs.progressed',
] as const satisfies readonly ApiEventName[];

/** Compile-time proof that API_EVENTS lists every event of ApiEvents (the preload filters on it). */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const API_EVENTS_MATCH: Exact<ApiEventName, (typeof API_EVENTS)[number]> = true;
