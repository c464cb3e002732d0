import { describe, expect, it } from 'vitest';
import type { BackupKind } from '@shared/contract/backup';
import { backupsToKeep, type RotationItem } from '@shared/domain/backup-rotation';

const DAY = 86_400_000;

function item(daysAgo: number, kind: BackupKind = 'daily', hour = 17): RotationItem {
  const base = new Date(2025, 5, 30, hour, 0, 0).getTime();
  const at = base - daysAgo * DAY;
  return { id: `${daysAgo}-${hour}-${kind}`, createdAt: at, kind };
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('keeps everything while there are few backups', () => {
    const items = [item(0), item(1), item(2)];
    expect(backupsToKeep(items)).toEqual(new Set(items.map((i) => i.id)));
  });

  it('keeps the newest of each of the last 7 days, then one per week for 4 weeks, one per month for 12 months', () => {
    const items = Array.from({ length: 730 }, (_, d) => item(d));
    const keep = backupsToKeep(items);
    for (let d = 0; d < 7; d++) expect(keep.has(item(d).id)).toBe(true);
    // 30 June 2025 is a Monday: day 8 (Sunday 22 June) is the newest of its week, days 9–14 are not.
    expect(keep.has(item(8).id)).toBe(true);
    for (let d = 9; d < 15; d++) expect(keep.has(item(d).id)).toBe(false);
    expect(keep.size).toBeGreaterThanOrEqual(7 + 12 - 1);
    expect(keep.size).toBeLessThanOrEqual(7 + 4 + 12);
    const oldest = Math.max(...[...keep].map((id) => Number(id.split('-')[0])));
    expect(oldest).toBeGreaterThan(300);
    expect(oldest).toBeLessThan(400);
  });

  it('keeps only the newest backup of a day among several exit backups', () => {
    const items = [item(0, 'exit', 9), item(0, 'exit', 12), item(0, 'exit', 18)];
    expect([...backupsToKeep(items)]).toEqual([item(0, 'exit', 18).id]);
  });

  it('never deletes backups made by hand or kept before a restore', () => {
    const items = [...Array.from({ length: 60 }, (_, d) => item(d)), item(100, 'manual'), item(200, 'pre-restore')];
    const keep = backupsToKeep(items);
    expect(keep.has(item(100, 'manual').id)).toBe(true);
    expect(keep.has(item(200, 'pre-restore').id)).toBe(true);
  });
});
