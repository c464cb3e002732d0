import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIncoming } from '../helpers/incoming-fixtures';
import { sessionCaller, signInAs } from '../helpers/sessions';
import { createTestRuntime, makeTempDir, type TestRuntime } from '../helpers/test-runtime';
import { networkGuard } from './network-guard';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

describe('network silence of the Node side', () => {
  it('the guard refuses and counts an outbound connection (so a zero count means something)', async () => {
    const guard = networkGuard();
    const before = guard.attempts.length;
    const socket = net.connect({ host: '203.0.113.7', port: 443 });
    const error = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(error.message).toContain('Kết nối ra ngoài bị chặn');
    await expect(fetch('http://update.example.invalid/latest.json')).rejects.toThrow();
    expect(guard.attempts.slice(before)).toEqual(['203.0.113.7:443', 'update.example.invalid:80']);
    guard.attempts.splice(before);
  });

  it('opens no outbound connection while the whole API is exercised: accounts, register, backups, audit', async () => {
    const guard = networkGuard();
    const before = guard.attempts.length;
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    const clerk = await signInAs(rt, 'clerk', 'vanthu');
    await admin.call('agency.save', { name: 'Sở Y tế', abbreviation: 'SYT', place: 'Đồng Nai' });
    const staged = await clerk.call('attachments.stage', { name: 'a.pdf', data: new TextEncoder().encode('%PDF-1.7\n%%EOF\n') });
    const doc = await clerk.call('incoming.register', makeIncoming({ attachments: [{ sha256: staged.sha256, name: 'a.pdf' }] }));
    await clerk.call('incoming.update', { ...makeIncoming(), id: doc.id, version: doc.version, subject: 'Sửa trích yếu' });
    await clerk.call('incoming.list', { year: 2021 });
    await sessionCaller(rt).dispatch('auth.login', { userName: 'vanthu', password: 'sai-mat-khau' });
    await admin.call('backup.configure', { folder: makeTempDir('vanthu-usb-'), passphrase: 'mot-cum-tu-dai-du' });
    const backup = await admin.call('backup.create', {});
    await admin.call('backup.verify', { id: backup.id, passphrase: 'mot-cum-tu-dai-du' });
    await admin.call('audit.export', { format: 'xlsx' });
    await admin.call('audit.verify', {});
    await rt.backupAtExit();
    expect(guard.attempts.slice(before)).toEqual([]);
  });
});
