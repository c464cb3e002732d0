import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { openDatabase } from '../../../electron/db/connection';
import { latestVersion } from '../../../electron/db/migrate';
import { dataPaths, ensureDataDirs } from '../../../electron/services/paths';
import { createTestRuntime, makeTempDir } from '../../helpers/test-runtime';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('vanthu CLI', () => {
  it('prints Vietnamese help listing every command', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toContain('Cách dùng: vanthu <lệnh>');
    expect(text).toContain('vanthu db info');
    expect(text).toContain('vanthu db migrate');
  });

  it('answers an unknown command with help and exit code 2', async () => {
    const c = capture();
    expect(await runCli(['xoa', 'het'], c.io)).toBe(2);
    expect(c.out.join('\n')).toContain('Lệnh:');
  });

  it('reports the database path, schema version and counts as JSON', async () => {
    const rt = createTestRuntime();
    await rt.call('units.create', { name: 'Văn phòng' });
    await rt.call('units.create', { name: 'Thanh tra' });
    await rt.close();
    const c = capture();
    expect(await runCli(['db', 'info', '--data-dir', rt.dataDir, '--json'], c.io)).toBe(0);
    const info = JSON.parse(c.out.join('\n')) as { path: string; schemaVersion: number; counts: Record<string, number> };
    expect(info.path).toBe(dataPaths(rt.dataDir).database);
    expect(info.schemaVersion).toBe(latestVersion());
    expect(info.counts).toMatchObject({ units: 2, people: 0, external_bodies: 0 });
  });

  it('migrates a new folder, then says it is already current', async () => {
    const dir = makeTempDir();
    const first = capture();
    expect(await runCli(['db', 'migrate', '--data-dir', dir], first.io)).toBe(0);
    expect(first.out.at(-1)).toBe(`Đã nâng cấp từ phiên bản 0 lên ${latestVersion()}.`);
    const second = capture();
    expect(await runCli(['db', 'migrate', '--data-dir', dir], second.io)).toBe(0);
    expect(second.out.at(-1)).toBe(`Cơ sở dữ liệu đã ở phiên bản mới nhất (${latestVersion()}).`);
  });

  it('refuses to touch a database made by a newer VănThư', async () => {
    const dir = makeTempDir();
    const paths = dataPaths(dir);
    ensureDataDirs(paths);
    const db = openDatabase(paths.database);
    db.pragma('user_version = 999');
    db.close();
    const c = capture();
    expect(await runCli(['db', 'migrate', '--data-dir', dir], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/phiên bản 999, mới hơn/);
  });
});

describe('vanthu incoming', () => {
  it('adds documents from a JSON file and lists the year as JSON', async () => {
    const dir = makeTempDir();
    const file = `${dir}/vb.json`;
    const { writeFileSync } = await import('node:fs');
    const base = { issuerName: 'UBND tỉnh Lạng Sơn', docDate: '2024-10-09', receivedDate: '2024-10-10', kind: 'Thông báo' };
    writeFileSync(
      file,
      JSON.stringify([
        { ...base, numberAndSymbol: '567/TB-UBND', subject: 'Kết luận buổi làm việc' },
        { ...base, numberAndSymbol: '568/TB-UBND', subject: 'Lịch công tác' },
      ]),
    );
    const add = capture();
    expect(await runCli(['incoming', 'add', '--json', file, '--data-dir', dir], add.io)).toBe(0);
    expect(JSON.parse(add.out.join('\n'))).toMatchObject([
      { number: 1, year: 2024 },
      { number: 2, year: 2024 },
    ]);
    const list = capture();
    expect(await runCli(['incoming', 'list', '--year', '2024', '--json', '--data-dir', dir], list.io)).toBe(0);
    const rows = JSON.parse(list.out.join('\n')) as Array<{ number: number; numberAndSymbol: string }>;
    expect(rows.map((r) => [r.number, r.numberAndSymbol])).toEqual([
      [1, '567/TB-UBND'],
      [2, '568/TB-UBND'],
    ]);
    const bad = capture();
    writeFileSync(file, JSON.stringify({ ...base, docDate: '2024-12-01', numberAndSymbol: '1/X', subject: 'x' }));
    expect(await runCli(['incoming', 'add', '--json', file, '--data-dir', dir], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toContain('Ngày văn bản không được sau ngày đến.');
  });
});

describe('vanthu tasks due', () => {
  it('lists overdue and soon-due tasks as JSON for a given today', async () => {
    const rt = createTestRuntime({ today: '2024-10-21' });
    await rt.call('tasks.create', { content: 'Báo cáo quý', leadText: 'Phòng Kế hoạch – Tài chính', deadline: '2024-10-18' });
    await rt.call('tasks.create', { content: 'Rà soát', leadText: 'Văn phòng', deadline: '2024-12-01' });
    await rt.close();
    const c = capture();
    expect(await runCli(['tasks', 'due', '--within', '7', '--today', '2024-10-21', '--json', '--data-dir', rt.dataDir], c.io)).toBe(0);
    const tasks = JSON.parse(c.out.join('\n')) as Array<{ content: string; deadlineState: string }>;
    expect(tasks.map((t) => [t.content, t.deadlineState])).toEqual([['Báo cáo quý', 'qua_han']]);
    const text = capture();
    expect(await runCli(['tasks', 'due', '--within', '60', '--today', '2024-10-21', '--data-dir', rt.dataDir], text.io)).toBe(0);
    expect(text.out.join('\n')).toContain('01/12/2024  [còn 41 ngày]  Văn phòng: Rà soát');
    expect(text.out.join('\n')).toContain('18/10/2024  [QUÁ HẠN 3 ngày]  Phòng Kế hoạch – Tài chính: Báo cáo quý');
  });
});
