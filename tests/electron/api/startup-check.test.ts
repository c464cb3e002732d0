import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isCleanlyClosed } from '../../../electron/db/clean-close';
import { afterEach, describe, expect, it } from 'vitest';
import { createRuntime } from '../../../electron/api/runtime';
import { createRecoveryDispatch } from '../../../electron/services/recovery/recovery-dispatch';
import { dataPaths } from '../../../electron/services/paths';
import { damageDatabase } from '../../helpers/damage';
import { makeIncoming } from '../../helpers/incoming-fixtures';
import { signInAs } from '../../helpers/sessions';
import { createTestRuntime, type TestRuntime } from '../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

const SYSTEM = { transport: 'http' as const, session: null };

/** Enough registrations that the register spans many pages, then a backup in the default folder. */
async function dataWithBackup(): Promise<TestRuntime> {
  const runtime = createTestRuntime();
  const admin = await signInAs(runtime, 'admin', 'quantri');
  for (let i = 1; i <= 60; i++) {
    await admin.call(
      'incoming.register',
      makeIncoming({ numberAndSymbol: `${i}/UBND`, subject: `Văn bản số ${i} ${'nội dung dài '.repeat(20)}` }),
    );
  }
  await admin.call('backup.create', {});
  await admin.call('incoming.register', makeIncoming({ numberAndSymbol: '999/UBND' }));
  await runtime.close();
  return runtime;
}

describe('start-up check', () => {
  it('refuses to open a database that fails quick_check, with a Vietnamese explanation', async () => {
    rt = await dataWithBackup();
    damageDatabase(dataPaths(rt.dataDir).database);
    expect(() => createRuntime({ dataDir: rt.dataDir, mode: 'web' })).toThrow(
      expect.objectContaining({ code: 'DATABASE_DAMAGED', message: expect.stringContaining('bị hỏng') }),
    );
  });

  it('trusts only the file exactly as the app closed it: a change, a crash or a leftover log brings the check back', async () => {
    rt = await dataWithBackup();
    const file = dataPaths(rt.dataDir).database;
    expect(isCleanlyClosed(file)).toBe(true);
    const again = createRuntime({ dataDir: rt.dataDir, mode: 'web' });
    // While open, nothing vouches for the file: a crash now leaves no stamp.
    expect(isCleanlyClosed(file)).toBe(false);
    await again.close();
    expect(isCleanlyClosed(file)).toBe(true);
    writeFileSync(`${file}-wal`, 'x');
    expect(isCleanlyClosed(file)).toBe(false);
    rmSync(`${file}-wal`);
    damageDatabase(file);
    expect(isCleanlyClosed(file)).toBe(false);
    expect(() => createRuntime({ dataDir: rt.dataDir, mode: 'web' })).toThrow(expect.objectContaining({ code: 'DATABASE_DAMAGED' }));
  });

  it('refuses a file that is not a database at all', async () => {
    rt = await dataWithBackup();
    writeFileSync(dataPaths(rt.dataDir).database, 'đây không phải cơ sở dữ liệu '.repeat(200));
    expect(() => createRuntime({ dataDir: rt.dataDir, mode: 'web' })).toThrow(expect.objectContaining({ code: 'DATABASE_DAMAGED' }));
  });
});

describe('recovery screen API', () => {
  it('offers the newest good backup, serves nothing else, restores it and keeps the damaged file', async () => {
    rt = await dataWithBackup();
    damageDatabase(dataPaths(rt.dataDir).database);
    let restarted = false;
    const dispatch = createRecoveryDispatch({
      dataDir: rt.dataDir,
      mode: 'web',
      problem: 'Tệp hỏng',
      onRestored: () => (restarted = true),
    });
    expect(await dispatch('app.info', {}, SYSTEM)).toMatchObject({
      ok: true,
      value: { recovery: { problem: 'Tệp hỏng' }, isSetUp: false },
    });
    expect(await dispatch('incoming.list', {}, SYSTEM)).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    const status = await dispatch('recovery.status', {}, SYSTEM);
    if (!status.ok) throw new Error(status.error.message);
    const candidates = (status.value as { candidates: Array<{ id: string; isVerified: boolean }> }).candidates;
    expect(candidates).toHaveLength(1);
    expect(candidates[0]?.isVerified).toBe(true);
    expect(await dispatch('recovery.restore', { id: candidates[0]?.id, confirm: true }, SYSTEM)).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(restarted).toBe(true);
    expect(readdirSync(rt.dataDir).some((name) => name.startsWith('vanthu.sqlite.hong-'))).toBe(true);
    const reopened = createTestRuntime({ dataDir: rt.dataDir });
    try {
      expect(reopened.db.prepare('SELECT count(*) AS n FROM incoming_documents').get()).toEqual({ n: 60 });
      expect(reopened.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'recovery.restore'").get()).toEqual({ n: 1 });
      expect(existsSync(`${rt.dataDir}/khoi-phuc.json`)).toBe(false);
      expect((await reopened.call('audit.verify', {})).isIntact).toBe(true);
    } finally {
      await reopened.close();
    }
  });

  it('answers in normal mode that there is nothing to recover', async () => {
    rt = createTestRuntime();
    expect(await rt.call('recovery.status', {})).toEqual({ isRecoveryMode: false, problem: null, candidates: [] });
    expect(await rt.dispatch('recovery.restore', { id: '2024-01-01_000000_manual', confirm: true }, SYSTEM)).toMatchObject({
      ok: false,
      error: { code: 'NOT_SUPPORTED' },
    });
  });
});
