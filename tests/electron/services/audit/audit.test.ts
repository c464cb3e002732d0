import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/contract/audit';
import type { AuditRow } from '../../../../electron/db/repositories/audit-repository';
import { runCli } from '../../../../electron/cli';
import { dataPaths } from '../../../../electron/services/paths';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { signInAs } from '../../../helpers/sessions';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

async function verifyCli(dataDir: string): Promise<{ code: number; text: string }> {
  const c = capture();
  const code = await runCli(['audit', 'verify', '--data-dir', dataDir], c.io);
  return { code, text: [...c.out, ...c.err].join('\n') };
}

/** A few writes of different kinds, as a signed-in administrator. */
async function someHistory(runtime: TestRuntime) {
  const admin = await signInAs(runtime, 'admin', 'quantri');
  const unit = await admin.call('units.create', { name: 'Phòng Nghiệp vụ' });
  await admin.call('units.update', { id: unit.id, name: 'Phòng Nghiệp vụ Y', aliases: [] });
  await admin.call('incoming.register', makeIncoming({ subject: 'DẤU-HIỆU-KIỂM-TRA về công tác phòng chống dịch' }));
  return admin;
}

describe('audit trail', () => {
  it('records every write with the user, the method, the input and the record before and after', async () => {
    rt = createTestRuntime();
    const admin = await someHistory(rt);
    const page = await admin.call('audit.list', { action: 'units.update' });
    expect(page.rows).toHaveLength(1);
    const [row] = page.rows as [AuditEntry];
    expect(row).toMatchObject({ userName: 'quantri', transport: 'http', action: 'units.update', outcome: 'ok', subjectType: 'unit' });
    expect(row.details).toMatchObject({
      input: { name: 'Phòng Nghiệp vụ Y' },
      before: { name: 'Phòng Nghiệp vụ' },
      after: { name: 'Phòng Nghiệp vụ Y' },
    });
    const actions = await admin.call('audit.actions', {});
    expect(actions).toEqual(expect.arrayContaining(['auth.setupAdmin', 'units.create', 'units.update', 'incoming.register']));
  });

  it('records a refused call, and no row for input the server rejected', async () => {
    rt = createTestRuntime();
    await signInAs(rt, 'admin', 'quantri');
    const specialist = await signInAs(rt, 'specialist', 'chuyenvien');
    const before = rt.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    await specialist.dispatch('users.list', {});
    await rt.call('units.create', { name: '' } as never).catch(() => null);
    const rows = rt.db.prepare('SELECT action, outcome, user_name FROM audit_log WHERE id > ?').all(before.n);
    expect(rows).toEqual([{ action: 'users.list', outcome: 'refused', user_name: 'chuyenvien' }]);
  });

  it('is append-only: SQL UPDATE and DELETE are refused, and no API method changes it', async () => {
    rt = createTestRuntime();
    await someHistory(rt);
    expect(() => rt.db.prepare("UPDATE audit_log SET user_name = 'ai-do' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => rt.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    const { CONTRACT } = await import('@shared/contract');
    expect(Object.entries(CONTRACT).filter(([name, def]) => name.startsWith('audit.') && def.isWrite)).toEqual([]);
  });

  it('records opening a secret document, and hides its details from users not cleared for secret documents', async () => {
    rt = createTestRuntime();
    const admin = await someHistory(rt);
    const secret = await admin.call(
      'incoming.register',
      makeIncoming({ numberAndSymbol: '12/MAT', secrecy: 'mat', subject: 'Nội dung mật A' }),
    );
    await admin.call('incoming.get', { id: secret.id });
    const opened = await admin.call('audit.list', { action: 'incoming.get' });
    expect(opened.rows).toMatchObject([{ subjectId: String(secret.id), isSecret: true, details: { note: 'Mở văn bản mật' } }]);
    const auditor = {
      transport: 'http' as const,
      session: { id: 'x', userId: null, userName: 'kiemtoan', permissions: new Set(['audit.read']) },
    };
    const seen = await rt.dispatch('audit.list', { action: 'incoming.register' }, auditor);
    if (!seen.ok) throw new Error(seen.error.message);
    const rows = (seen.value as { rows: AuditEntry[] }).rows;
    expect(rows.find((r) => r.subjectId === String(secret.id))).toMatchObject({ isSecret: true, details: null });
    expect(JSON.stringify(rows)).not.toContain('Nội dung mật A');
    const searched = await rt.dispatch('audit.list', { text: 'noi dung mat' }, auditor);
    expect(searched.ok && (searched.value as { rows: AuditEntry[] }).rows).toEqual([]);
  });

  it('exports the filtered trail to CSV with Vietnamese text', async () => {
    rt = createTestRuntime();
    const admin = await someHistory(rt);
    const file = await admin.call('audit.export', { format: 'csv', action: 'units.update' });
    expect(file).toMatchObject({ rowCount: 1, url: `/exports/${file.fileName}` });
    const text = readFileSync(`${dataPaths(rt.dataDir).exports}/${file.fileName}`, 'utf8');
    expect(text.startsWith('\uFEFFSố thứ tự,Thời gian,Người thực hiện,Thao tác')).toBe(true);
    expect(text).toContain('Sửa đơn vị');
    expect(text).toContain('Phòng Nghiệp vụ Y');
  });

  it('exports XLSX that Excel reads back', async () => {
    rt = createTestRuntime();
    const admin = await someHistory(rt);
    const file = await admin.call('audit.export', { format: 'xlsx' });
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${dataPaths(rt.dataDir).exports}/${file.fileName}`);
    const sheet = workbook.getWorksheet('Nhật ký hệ thống');
    expect(sheet?.rowCount).toBe(file.rowCount + 1);
    expect(sheet?.getRow(1).getCell(4).value).toBe('Thao tác');
  });
});

describe('vanthu audit verify', () => {
  it('reports an intact chain', async () => {
    rt = createTestRuntime();
    await someHistory(rt);
    await rt.close();
    const result = await verifyCli(rt.dataDir);
    expect(result).toMatchObject({ code: 0, text: expect.stringMatching(/^Nhật ký hệ thống nguyên vẹn: \d+ dòng/) });
  });

  it('finds a row edited by hand with SQL (trigger dropped first)', async () => {
    rt = createTestRuntime();
    await someHistory(rt);
    await rt.close();
    const db = new Database(dataPaths(rt.dataDir).database);
    db.exec('DROP TRIGGER audit_log_no_update');
    const target = db.prepare("SELECT id FROM audit_log WHERE action = 'units.update'").get() as { id: number };
    db.prepare("UPDATE audit_log SET user_name = 'nguoi-khac' WHERE id = ?").run(target.id);
    db.close();
    const result = await verifyCli(rt.dataDir);
    expect(result).toEqual({ code: 1, text: `Nhật ký hệ thống đã bị can thiệp: dòng số ${target.id} nội dung đã bị sửa sau khi ghi.` });
  });

  it('finds a row whose bytes were edited directly in the database file', async () => {
    rt = createTestRuntime();
    await someHistory(rt);
    const target = rt.db.prepare("SELECT id FROM audit_log WHERE action = 'incoming.register'").get() as { id: number };
    await rt.close();
    const file = dataPaths(rt.dataDir).database;
    const bytes = readFileSync(file);
    const marker = Buffer.from('DẤU-HIỆU-KIỂM-TRA');
    const positions: number[] = [];
    for (let at = bytes.indexOf(marker); at >= 0; at = bytes.indexOf(marker, at + 1)) positions.push(at);
    expect(positions.length).toBeGreaterThanOrEqual(2);
    for (const at of positions) bytes[at] = 'X'.charCodeAt(0);
    writeFileSync(file, bytes);
    const result = await verifyCli(rt.dataDir);
    expect(result.code).toBe(1);
    expect(result.text).toContain(`dòng số ${target.id} nội dung đã bị sửa`);
  });

  it('finds a deleted row', async () => {
    rt = createTestRuntime();
    await someHistory(rt);
    await rt.close();
    const db = new Database(dataPaths(rt.dataDir).database);
    db.exec('DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2');
    db.close();
    expect(await verifyCli(rt.dataDir)).toEqual({
      code: 1,
      text: 'Nhật ký hệ thống đã bị can thiệp: dòng số 3 thiếu dòng số 2 (đã bị xóa).',
    });
  });

  it('finds a chain rewritten after a backup recorded its head, and a chain cut short', async () => {
    rt = createTestRuntime();
    const admin = await someHistory(rt);
    await admin.call('backup.create', {});
    const head = rt.db.prepare('SELECT id FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number };
    await rt.close();
    const { auditRowHash, GENESIS_HASH } = await import('../../../../electron/services/audit/audit-chain');
    const db = new Database(dataPaths(rt.dataDir).database);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    db.prepare("UPDATE audit_log SET user_name = 'nguoi-khac' WHERE id = 2").run();
    let prev = GENESIS_HASH;
    for (const row of db.prepare('SELECT * FROM audit_log ORDER BY id').all() as AuditRow[]) {
      const hash = auditRowHash(prev, {
        id: row.id,
        at: row.at,
        userId: row.user_id,
        userName: row.user_name,
        transport: row.transport,
        action: row.action,
        outcome: row.outcome,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        isSecret: row.is_secret === 1,
        details: row.details,
      });
      db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(prev, hash, row.id);
      prev = hash;
    }
    db.close();
    const rewritten = await verifyCli(rt.dataDir);
    expect(rewritten.code).toBe(1);
    expect(rewritten.text).toMatch(/đã bị viết lại: dòng số \d+ khác với bản ghi trong bản sao lưu/);
    const cut = new Database(dataPaths(rt.dataDir).database);
    cut.prepare('DELETE FROM audit_log WHERE id >= ?').run(head.id - 1);
    cut.close();
    expect((await verifyCli(rt.dataDir)).text).toMatch(/bị cắt bớt: bản sao lưu .* đã ghi tới dòng số/);
  });
});
