import { fold } from '../../text/fold';
import { parseRecurring, type RecurringRule } from './recurring-rule';
import { parseDatedDeadline } from './dated-deadline';

/**
 * What a deadline phrase means (DOMAIN.md §3.4, corpus README "Deadlines"): a date; a period counted
 * from receipt or signing, in working or calendar days; a recurring rule; an event without a date
 * ("trước Tết Nguyên đán", "ngay sau khi nhận được hồ sơ"); or no deadline at all ("thường xuyên").
 * Phrases are read with or without diacritics.
 */
export type DeadlineRule =
  | { type: 'date'; date: string }
  | { type: 'relative'; days: number; working: boolean; from: 'received' | 'signed' }
  | RecurringRule
  | { type: 'event' }
  | { type: 'none' };

export interface DeadlineContext {
  /** The year of the document's date, for "trước ngày 30/11" written without a year. */
  documentYear?: number;
}

const NUMBER_WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi lam': 15,
  'muoi nam': 15,
  'hai muoi': 20,
  'ba muoi': 30,
};

const COUNT = '(\\d{1,3}|muoi lam|muoi nam|hai muoi|ba muoi|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)';
const RELATIVE = new RegExp(
  `(?:trong vong|trong thoi han|trong|sau|chua qua|khong qua|thoi han)\\s+${COUNT}(?:\\s*\\([a-z ]+\\))?\\s+ngay(\\s*\\(?\\s*lam viec)?`,
);
const NO_DEADLINE = /^(?:thuong xuyen|kip thoi|khan truong|theo quy dinh|khi co yeu cau|lien tuc)\b/;
const EVENT = /\b(?:ngay sau khi|ngay khi|sau khi|truoc tet|truoc ky hop|truoc khi|khi co)\b/;

function parseRelative(text: string): DeadlineRule | null {
  const match = RELATIVE.exec(text);
  if (!match) return null;
  const raw = match[1] ?? '';
  const days = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? 0);
  if (days <= 0) return null;
  const from = /\b(?:ky|ban hanh)\b/.test(text.slice(match.index)) ? 'signed' : 'received';
  return { type: 'relative', days, working: Boolean(match[2]), from };
}

/** Reads a deadline phrase as written in a document or typed by the clerk. */
export function parseDeadlineText(text: string | null | undefined, context: DeadlineContext = {}): DeadlineRule {
  const folded = fold(text ?? '').replace(/[.;,]+$/, '');
  if (folded === '') return { type: 'none' };
  const recurring = parseRecurring(folded);
  if (recurring) return recurring;
  const relative = parseRelative(folded);
  if (relative) return relative;
  const date = parseDatedDeadline(folded, context.documentYear);
  if (date) return { type: 'date', date };
  if (NO_DEADLINE.test(folded) || folded === 'ngay') return { type: 'none' };
  if (EVENT.test(folded) || /^(?:truoc|cham nhat)\b/.test(folded)) return { type: 'event' };
  return { type: 'none' };
}
