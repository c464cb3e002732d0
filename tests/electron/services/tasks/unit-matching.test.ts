import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../../../helpers/test-runtime';

interface SeedTask {
  ref: string | null;
  lead: string | null;
  cooperating: string[];
  summary: string;
}

const seedTasks = (n: string) =>
  (JSON.parse(readFileSync(join(__dirname, '../../../fixtures/seeds', `seed-${n}.json`), 'utf8')) as { tasks: SeedTask[] }).tasks;

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

/** Registers a seed's tasks as Tiếp nhận would and returns, per task, the lead's and the cooperating units' names. */
async function registerSeed(n: string, units: Map<number, string>) {
  const doc = await rt.call(
    'incoming.register',
    makeIncoming({
      numberAndSymbol: `${n}/TEST`,
      tasks: seedTasks(n).map((t) => ({
        source: 'extracted' as const,
        sourceRef: t.ref,
        content: t.summary,
        leadText: t.lead ?? 'Chưa rõ',
        cooperating: t.cooperating.map((text) => ({ text })),
      })),
    }),
  );
  const tasks = await rt.call('tasks.list', { incomingId: doc.id });
  return tasks.map((t) => ({
    lead: t.leadUnitId === null ? null : units.get(t.leadUnitId),
    cooperating: t.cooperating.map((c) => (c.unitId === null ? null : units.get(c.unitId))),
  }));
}

async function createUnits(names: Array<[string, string?]>): Promise<Map<number, string>> {
  const units = new Map<number, string>();
  for (const [name, abbreviation] of names) {
    const unit = await rt.call('units.create', abbreviation ? { name, abbreviation } : { name });
    units.set(unit.id, name);
  }
  return units;
}

describe('unit matching on the seeds', () => {
  it('maps every lead of seeds 002 and 004 to the Sở Y tế’s own units and leaves collective phrases unmatched', async () => {
    rt = createTestRuntime();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    const units = await createUnits([
      ['Văn phòng Sở', 'VP'],
      ['Phòng Kế hoạch – Tài chính', 'KHTC'],
      ['Phòng Nghiệp vụ', 'NVY'],
      ['Thanh tra Sở', 'TTra'],
    ]);
    expect(await registerSeed('002', units)).toEqual([
      { lead: 'Văn phòng Sở', cooperating: [null] },
      { lead: 'Phòng Kế hoạch – Tài chính', cooperating: [null] },
      { lead: 'Phòng Nghiệp vụ', cooperating: [null] },
    ]);
    expect(await registerSeed('004', units)).toEqual([
      { lead: 'Phòng Nghiệp vụ', cooperating: [null] },
      { lead: 'Phòng Kế hoạch – Tài chính', cooperating: [null, null] },
      { lead: 'Thanh tra Sở', cooperating: [null, null] },
    ]);
  });

  it('maps the departments of seed 003 to the province’s units, Sở Y tế also as a cooperating unit', async () => {
    rt = createTestRuntime();
    await rt.call('agency.save', { name: 'UBND tỉnh Lạng Sơn', abbreviation: 'UBND', place: 'Lạng Sơn' });
    const units = await createUnits([
      ['Sở Y tế', 'SYT'],
      ['Sở Tài nguyên và Môi trường', 'STNMT'],
      ['Ban Quản lý dự án đầu tư xây dựng tỉnh'],
      ['Sở Tài chính', 'STC'],
      ['Sở Kế hoạch và Đầu tư', 'SKHĐT'],
    ]);
    const expected = seedTasks('003').map((t) => ({
      lead: t.lead,
      cooperating: t.cooperating.map((c) => (c === 'Sở Y tế' ? 'Sở Y tế' : null)),
    }));
    expect(await registerSeed('003', units)).toEqual(expected);
  });

  it('remembers a confirmed alias: the next document with that name is matched', async () => {
    rt = createTestRuntime();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    const units = await createUnits([['Phòng Nghiệp vụ Y', 'NVY']]);
    const [id] = [...units.keys()];
    if (id === undefined) throw new Error('no unit');
    const before = await rt.call('tasks.create', { content: 'Tổng hợp số liệu', leadText: 'Phòng Nghiệp vụ Sở' });
    expect(before.leadUnitId).toBeNull();
    await rt.call('units.addAlias', { id, alias: 'Phòng Nghiệp vụ Sở' });
    const after = await rt.call('tasks.create', { content: 'Tổng hợp số liệu', leadText: 'Phòng Nghiệp vụ Sở' });
    expect(after.leadUnitId).toBe(id);
  });
});
