import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';
import { makeIncoming } from '../../../helpers/incoming-fixtures';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

async function registerMany(count: number) {
  for (let i = 1; i <= count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    await rt.call('incoming.register', {
      ...makeIncoming({ numberAndSymbol: `${i}/UBND-VP`, receivedDate: `2024-03-${day}`, docDate: `2024-03-${day}` }),
      issuerName: i % 3 === 0 ? 'UBND tỉnh Lạng Sơn' : 'Sở Y tế tỉnh Đồng Nai',
      kind: i % 5 === 0 ? 'Quyết định' : 'Công văn',
      urgency: i % 7 === 0 ? 'khan' : null,
      subject: i % 10 === 0 ? `Về công tác phòng chống dịch đợt ${i}` : `Triển khai nhiệm vụ số ${i}`,
    });
  }
}

describe('incoming.list', () => {
  it('walks the whole year by keyset pages without losing or repeating a row', async () => {
    rt = createTestRuntime();
    await registerMany(250);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof rt.call<'incoming.list'>>> = await rt.call('incoming.list', { year: 2024, limit: 100, cursor });
      expect(page.total).toBe(250);
      seen.push(...page.rows.map((r) => r.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
  });

  it('filters by tác giả, tên loại, độ khẩn, number range and text without diacritics', async () => {
    rt = createTestRuntime();
    await registerMany(60);
    const count = async (input: Record<string, unknown>) => (await rt.call('incoming.list', { year: 2024, ...input })).total;
    expect(await count({ issuerText: 'lang son' })).toBe(20);
    expect(await count({ kind: 'Quyết định' })).toBe(12);
    expect(await count({ urgency: 'khan' })).toBe(8);
    expect(await count({ numberFrom: 10, numberTo: 19 })).toBe(10);
    expect(await count({ text: 'phong chong dich' })).toBe(6);
    expect(await count({ year: 2023 })).toBe(0);
    const sorted = await rt.call('incoming.list', { year: 2024, sort: 'issuer_asc', limit: 3 });
    expect(sorted.rows.map((r) => r.issuerName)).toEqual(['Sở Y tế tỉnh Đồng Nai', 'Sở Y tế tỉnh Đồng Nai', 'Sở Y tế tỉnh Đồng Nai']);
    expect(await rt.call('incoming.years', {})).toEqual([{ year: 2024, count: 60 }]);
  });

  it('shows a cancelled document as cancelled, not hidden, and filters by state', async () => {
    rt = createTestRuntime();
    await registerMany(3);
    const page = await rt.call('incoming.list', { year: 2024, sort: 'number_asc' });
    await rt.call('incoming.cancel', { id: page.rows[1]?.id ?? 0, reason: 'Trùng' });
    expect((await rt.call('incoming.list', { year: 2024, state: 'da_huy' })).rows.map((r) => r.number)).toEqual([2]);
    expect((await rt.call('incoming.list', { year: 2024 })).total).toBe(3);
  });
});
