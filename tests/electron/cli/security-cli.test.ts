import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { sessionCaller, signInAs } from '../../helpers/sessions';
import { createTestRuntime, type TestRuntime } from '../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('vanthu users reset-password', () => {
  it('lets the machine administrator back in: prints a temporary password to change at sign-in, and is audited', async () => {
    rt = createTestRuntime();
    await signInAs(rt, 'admin', 'quantri');
    await rt.close();
    const c = capture();
    expect(await runCli(['users', 'reset-password', 'quantri', '--data-dir', rt.dataDir], c.io)).toBe(0);
    const password = /^Mật khẩu tạm của quantri: (\S+)$/.exec(c.out.join('\n'))?.[1] ?? '';
    expect(password).toMatch(/^vt-[a-f0-9]{12}-\d+$/);
    const reopened = createTestRuntime({ dataDir: rt.dataDir });
    try {
      const caller = sessionCaller(reopened);
      expect(await caller.call('auth.login', { userName: 'quantri', password })).toMatchObject({ mustChangePassword: true });
      const row = reopened.db.prepare("SELECT user_name, transport FROM audit_log WHERE action = 'users.resetPassword'").get();
      expect(row).toEqual({ user_name: expect.stringMatching(/^cli:/), transport: 'cli' });
    } finally {
      await reopened.close();
    }
  });

  it('says plainly when the account does not exist', async () => {
    rt = createTestRuntime();
    await rt.close();
    const c = capture();
    expect(await runCli(['users', 'reset-password', 'khongco', '--data-dir', rt.dataDir], c.io)).toBe(2);
    expect(c.err.join('\n')).toBe('Không có tài khoản "khongco".');
  });
});
