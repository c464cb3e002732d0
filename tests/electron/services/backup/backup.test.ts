import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StagedFile } from '@shared/contract/incoming';
import { runCli } from '../../../../electron/cli';
import { VERSION } from '../../../../electron/api/version';
import { listManifests, rotateBackups } from '../../../../electron/services/backup/backup-reader';
import { createBackup } from '../../../../electron/services/backup/backup-writer';
import { storedFilePath } from '../../../../electron/services/files/file-store';
import { dataPaths } from '../../../../electron/services/paths';
import { makeIncoming } from '../../../helpers/incoming-fixtures';
import { type SessionCaller, signInAs } from '../../../helpers/sessions';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

const SECRET_TEXT = 'NOI-DUNG-TEP-KHONG-DUOC-LO';

function pdf(text: string, size = 0): Uint8Array {
  const body = `%PDF-1.4\n% ${text}\n${'x'.repeat(size)}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** Two registered documents with attachments (one large), as a signed-in administrator. */
async function seed(runtime: TestRuntime): Promise<{ admin: SessionCaller; files: Array<{ sha256: string; bytes: Uint8Array }> }> {
  const admin = await signInAs(runtime, 'admin', 'quantri');
  const files = [pdf(`${SECRET_TEXT} một`), pdf('tệp lớn', 3 * 1024 * 1024)];
  const staged: StagedFile[] = [];
  for (const [i, bytes] of files.entries()) staged.push(await admin.call('attachments.stage', { name: `van-ban-${i}.pdf`, data: bytes }));
  await admin.call(
    'incoming.register',
    makeIncoming({ numberAndSymbol: '1/UBND', attachments: [{ sha256: staged[0]?.sha256 ?? '', name: 'a.pdf' }] }),
  );
  await admin.call(
    'incoming.register',
    makeIncoming({ numberAndSymbol: '2/UBND', attachments: [{ sha256: staged[1]?.sha256 ?? '', name: 'b.pdf' }] }),
  );
  return { admin, files: files.map((bytes, i) => ({ sha256: staged[i]?.sha256 ?? '', bytes })) };
}

function registerCount(runtime: TestRuntime): number {
  return (runtime.db.prepare('SELECT count(*) AS n FROM incoming_documents').get() as { n: number }).n;
}

function allBytesUnder(dir: string): Buffer {
  const parts: Buffer[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else parts.push(readFileSync(path));
    }
  };
  walk(dir);
  return Buffer.concat(parts);
}

describe('backup and restore', () => {
  it('round-trips the register and its attachments byte for byte, keeping the replaced data as a backup', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    const { admin, files } = await seed(rt);
    await admin.call('backup.configure', { folder });
    const backup = await admin.call('backup.create', {});
    expect(backup).toMatchObject({ kind: 'manual', fileCount: 2, isEncrypted: false });
    expect((await admin.call('backup.verify', { id: backup.id })).isValid).toBe(true);

    await admin.call('incoming.register', makeIncoming({ numberAndSymbol: '3/UBND' }));
    for (const file of files) rmSync(storedFilePath(dataPaths(rt.dataDir), file.sha256));
    expect(registerCount(rt)).toBe(3);

    const result = await admin.call('backup.restore', { id: backup.id, confirm: true });
    expect(result.message).toContain('Mọi người cần đăng nhập lại');
    expect(registerCount(rt)).toBe(2);
    for (const file of files)
      expect(Buffer.compare(readFileSync(storedFilePath(dataPaths(rt.dataDir), file.sha256)), Buffer.from(file.bytes))).toBe(0);
    expect(await admin.dispatch('units.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(rt.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const safety = listManifests(folder).find((m) => m.id === result.safetyBackup.id);
    expect(safety?.kind).toBe('pre-restore');
    const restoredRow = rt.db.prepare("SELECT user_name, details FROM audit_log WHERE action = 'backup.restore'").get() as {
      user_name: string;
    };
    expect(restoredRow.user_name).toBe('quantri');
    expect((await rt.call('audit.verify', {})).isIntact).toBe(true);
  });

  it('encrypts with the passphrase: nothing readable in the folder, and a wrong passphrase restores nothing', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    const { admin } = await seed(rt);
    await admin.call('backup.configure', { folder, passphrase: 'cum-tu-bi-mat-2024' });
    const backup = await admin.call('backup.create', {});
    expect(backup.isEncrypted).toBe(true);
    const everything = allBytesUnder(folder);
    expect(everything.includes(Buffer.from(SECRET_TEXT))).toBe(false);
    expect(everything.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(everything.includes(Buffer.from('Sở Y tế tỉnh Đồng Nai'))).toBe(false);

    await admin.call('incoming.register', makeIncoming({ numberAndSymbol: '3/UBND' }));
    const wrong = await admin.dispatch('backup.restore', { id: backup.id, passphrase: 'doan-sai-mat-khau', confirm: true });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE', message: expect.stringContaining('Mật khẩu sao lưu không đúng') },
    });
    const missing = await admin.dispatch('backup.restore', { id: backup.id, confirm: true });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(registerCount(rt)).toBe(3);
    expect(listManifests(folder)).toHaveLength(1);

    await admin.call('backup.restore', { id: backup.id, passphrase: 'cum-tu-bi-mat-2024', confirm: true });
    expect(registerCount(rt)).toBe(2);
  });

  it('notices a damaged copy in the backup folder and refuses to restore it', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    const { admin, files } = await seed(rt);
    await admin.call('backup.configure', { folder });
    const backup = await admin.call('backup.create', {});
    const stored = join(folder, 'tep', 'plain', files[0]?.sha256.slice(0, 2) ?? '', files[0]?.sha256 ?? '');
    const bytes = readFileSync(stored);
    bytes[12] = (bytes[12] ?? 0) ^ 0xff;
    writeFileSync(stored, bytes);
    const check = await admin.call('backup.verify', { id: backup.id });
    expect(check).toEqual({ isValid: false, problems: [expect.stringContaining('đã bị hỏng')] });
    for (const file of files) rmSync(storedFilePath(dataPaths(rt.dataDir), file.sha256));
    await admin.call('incoming.register', makeIncoming({ numberAndSymbol: '3/UBND' }));
    expect(await admin.dispatch('backup.restore', { id: backup.id, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'BAD_FILE' },
    });
    expect(registerCount(rt)).toBe(3);
  });

  it('refuses a backup folder that is relative, inside the data folder, or cannot be written', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    expect(await admin.dispatch('backup.configure', { folder: 'sao-luu' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await admin.dispatch('backup.configure', { folder: join(rt.dataDir, 'files') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const blocked = join(makeTempDir(), 'la-tep');
    writeFileSync(blocked, 'không phải thư mục');
    expect(await admin.dispatch('backup.configure', { folder: join(blocked, 'con') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await admin.call('backup.status', {})).isDefaultFolder).toBe(true);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups, shares attachment copies, and drops copies no backup needs', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    await seed(rt);
    const start = new Date(2025, 0, 1, 17).getTime();
    for (let day = 0; day < 45; day++) {
      await createBackup({ dataDir: rt.dataDir, folder, kind: 'daily', key: null, appVersion: VERSION, now: start + day * 86_400_000 });
    }
    const orphan = join(folder, 'tep', 'plain', 'ab', 'ab'.padEnd(64, '0'));
    mkdirSync(join(folder, 'tep', 'plain', 'ab'), { recursive: true });
    writeFileSync(orphan, 'old');
    utimesSync(orphan, new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(join(folder, 'tep', 'plain', 'ab', 'ab'.padEnd(64, '1')), 'being written by another backup right now');
    const deleted = rotateBackups(folder, start + 45 * 86_400_000);
    const kept = listManifests(folder);
    expect(kept.length + deleted.length).toBe(45);
    expect(kept.length).toBeGreaterThanOrEqual(7 + 3);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(readdirSync(join(folder, 'tep', 'plain')).flatMap((p) => readdirSync(join(folder, 'tep', 'plain', p)))).toHaveLength(3);
    expect(existsSync(orphan)).toBe(false);
  });

  it('hides a half-written backup from the list', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    mkdirSync(join(folder, '.2025-01-01_101010_manual.partial'));
    mkdirSync(join(folder, '2025-01-01_101010_manual'));
    writeFileSync(join(folder, '2025-01-01_101010_manual', 'manifest.json'), '{"format":"khac"}');
    expect(listManifests(folder)).toEqual([]);
  });
});

describe('vanthu backup and vanthu restore', () => {
  function capture() {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
  }

  it('backs up from the command line and restores, also over a database damaged beyond opening', async () => {
    rt = createTestRuntime();
    const folder = makeTempDir('vanthu-usb-');
    const { files } = await seed(rt);
    await rt.close();
    const made = capture();
    expect(await runCli(['backup', '--data-dir', rt.dataDir, '--folder', folder, '--json'], made.io)).toBe(0);
    const id = (JSON.parse(made.out.join('\n')) as { id: string }).id;

    const refused = capture();
    expect(await runCli(['restore', id, '--data-dir', rt.dataDir, '--folder', folder], refused.io)).toBe(2);

    const database = dataPaths(rt.dataDir).database;
    writeFileSync(database, randomBytes(8192));
    rmSync(storedFilePath(dataPaths(rt.dataDir), files[1]?.sha256 ?? ''));
    const restored = capture();
    expect(await runCli(['restore', id, '--yes', '--data-dir', rt.dataDir, '--folder', folder], restored.io)).toBe(0);
    expect(restored.out.join('\n')).toMatch(/Đã khôi phục từ .*Tệp cơ sở dữ liệu hỏng được giữ lại: .*vanthu\.sqlite\.hong-/);
    const reopened = createTestRuntime({ dataDir: rt.dataDir });
    try {
      expect(registerCount(reopened)).toBe(2);
      expect(readFileSync(storedFilePath(dataPaths(rt.dataDir), files[1]?.sha256 ?? '')).length).toBe(files[1]?.bytes.length);
    } finally {
      await reopened.close();
    }
  });
});
