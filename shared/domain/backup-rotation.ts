import type { BackupKind } from '../contract/backup';

export interface RotationItem {
  id: string;
  createdAt: number;
  kind: BackupKind;
}

export const ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

/** Kinds the rotation may delete; a backup made by hand, or kept before a restore, stays until deleted by hand. */
const ROTATED: ReadonlySet<BackupKind> = new Set<BackupKind>(['daily', 'exit']);

function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

/** The week by its Monday (weeks start on Monday, as Vietnamese calendars do). */
function weekKey(at: number): string {
  const d = new Date(at);
  const monday = new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7));
  return dayKey(monday.getTime());
}

function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${d.getMonth() + 1}`;
}

/** The newest backup of each of the `count` most recent periods that have one. */
function newestPerPeriod(items: readonly RotationItem[], keyOf: (at: number) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const item of items) {
    const key = keyOf(item.createdAt);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item.id);
    if (seen.size >= count) break;
  }
  return kept;
}

/**
 * Grandfather-father-son rotation over the automatic backups: the newest of each of the last 7 days,
 * 4 weeks and 12 months that have backups. Backups of other kinds are always kept.
 */
export function backupsToKeep(items: readonly RotationItem[]): Set<string> {
  const automatic = items.filter((item) => ROTATED.has(item.kind)).sort((a, b) => b.createdAt - a.createdAt);
  const keep = new Set(items.filter((item) => !ROTATED.has(item.kind)).map((item) => item.id));
  for (const id of newestPerPeriod(automatic, dayKey, ROTATION.daily)) keep.add(id);
  for (const id of newestPerPeriod(automatic, weekKey, ROTATION.weekly)) keep.add(id);
  for (const id of newestPerPeriod(automatic, monthKey, ROTATION.monthly)) keep.add(id);
  return keep;
}
