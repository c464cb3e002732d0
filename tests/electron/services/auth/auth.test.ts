import { afterEach, describe, expect, it } from 'vitest';
import { PASSWORD_COST } from '../../../../electron/services/auth/password';
import { sessionCaller, signInAs, TEST_PASSWORD } from '../../../helpers/sessions';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

function auditRows(runtime: TestRuntime): Array<{ action: string; outcome: string; user_name: string | null; details: string }> {
  return runtime.db.prepare('SELECT action, outcome, user_name, details FROM audit_log ORDER BY id').all() as never;
}

describe('first run and sign-in', () => {
  it('creates the administrator once, signs them in, and refuses a second first-run', async () => {
    rt = createTestRuntime();
    const first = sessionCaller(rt);
    expect(await first.call('auth.status', {})).toEqual({ hasUsers: false, session: null, idleLockMinutes: 15 });
    const summary = await first.call('auth.setupAdmin', { fullName: 'Nguyễn Thị Lan', userName: ' LanNT ', password: TEST_PASSWORD });
    expect(summary).toMatchObject({ userName: 'lannt', fullName: 'Nguyễn Thị Lan', role: 'admin', isLocked: false });
    expect((await first.call('auth.status', {})).session?.userName).toBe('lannt');
    const intruder = sessionCaller(rt);
    expect(await intruder.dispatch('auth.setupAdmin', { fullName: 'Kẻ lạ', userName: 'kela', password: TEST_PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(intruder.ref.id).toBeNull();
  });

  it('stores a salted scrypt hash, never the password, and never writes the password to the audit trail', async () => {
    rt = createTestRuntime({ passwordCost: undefined });
    const admin = await signInAs(rt, 'admin', 'quantri');
    await admin.call('users.create', { userName: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: 'bi-mat-123' });
    const hashes = rt.db.prepare('SELECT password_hash AS h FROM users ORDER BY id').all() as Array<{ h: string }>;
    expect(hashes[0]?.h).toMatch(new RegExp(`^scrypt\\$${PASSWORD_COST.N}\\$8\\$1\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    const salts = hashes.map((row) => row.h.split('$')[4]);
    expect(new Set(salts).size).toBe(salts.length);
    const everything =
      JSON.stringify(rt.db.prepare('SELECT * FROM audit_log').all()) + JSON.stringify(rt.db.prepare('SELECT * FROM settings').all());
    expect(everything).not.toContain(TEST_PASSWORD);
    expect(everything).not.toContain('bi-mat-123');
    expect(everything).toContain('••• (đã ẩn)');
  });

  it('refuses a wrong password with the attempts left, locks after five, and an administrator lifts it', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    await admin.call('users.create', { userName: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: TEST_PASSWORD });
    const clerk = sessionCaller(rt);
    const first = await clerk.dispatch('auth.login', { userName: 'vanthu', password: 'sai-mat-khau' });
    expect(first).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('Còn 4 lần thử') } });
    for (let i = 0; i < 3; i++) await clerk.dispatch('auth.login', { userName: 'vanthu', password: 'sai' });
    const fifth = await clerk.dispatch('auth.login', { userName: 'vanthu', password: 'sai' });
    expect(fifth).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('tạm khóa') } });
    const rightButLocked = await clerk.dispatch('auth.login', { userName: 'vanthu', password: TEST_PASSWORD });
    expect(rightButLocked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(clerk.ref.id).toBeNull();
    const [user] = await admin.call('users.list', {}).then((users) => users.filter((u) => u.userName === 'vanthu'));
    expect(user?.lockedUntil).toBeGreaterThan(Date.now());
    await admin.call('users.unlock', { id: user?.id ?? 0 });
    expect(await clerk.call('auth.login', { userName: 'vanthu', password: TEST_PASSWORD })).toMatchObject({
      role: 'clerk',
      mustChangePassword: true,
    });
    const failures = auditRows(rt).filter((r) => r.action === 'auth.loginFailed');
    expect(failures.length).toBe(6);
    expect(failures.every((r) => r.outcome === 'refused' && r.user_name === 'vanthu')).toBe(true);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    rt = createTestRuntime();
    await signInAs(rt, 'admin', 'quantri');
    const stranger = sessionCaller(rt);
    const result = await stranger.dispatch('auth.login', { userName: 'khongco', password: 'gi-cung-duoc' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
  });
});

describe('idle lock, password reset and disabled accounts', () => {
  it('locks a session idle for longer than the setting, then unlocks it with the password', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    await admin.call('units.list', {});
    const stored = rt.security.auth.sessions.get(admin.ref.id ?? '');
    if (!stored) throw new Error('no session');
    stored.lastSeenAt -= 16 * 60_000;
    expect(await admin.dispatch('units.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect((await admin.call('auth.status', {})).session?.isLocked).toBe(true);
    expect(await admin.dispatch('auth.unlock', { password: 'sai' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    await admin.call('auth.unlock', { password: TEST_PASSWORD });
    expect(await admin.dispatch('units.list', {})).toMatchObject({ ok: true });
  });

  it('locks on request (the renderer idle timer or the user leaving)', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    expect((await admin.call('auth.lock', {})).isLocked).toBe(true);
    expect(await admin.dispatch('users.list', {})).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
  });

  it('resets a password: the user is signed out everywhere and must choose a new one', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    const clerk = await signInAs(rt, 'clerk', 'vanthu');
    const id = (await admin.call('users.list', {})).find((u) => u.userName === 'vanthu')?.id ?? 0;
    await admin.call('users.resetPassword', { id, password: 'tam-thoi-99' });
    expect(await clerk.dispatch('units.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const again = sessionCaller(rt);
    expect(await again.call('auth.login', { userName: 'vanthu', password: 'tam-thoi-99' })).toMatchObject({ mustChangePassword: true });
    expect(await again.dispatch('units.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('đổi mật khẩu') },
    });
    await again.call('auth.changePassword', { currentPassword: 'tam-thoi-99', newPassword: 'moi-han-100' });
    expect(await again.dispatch('units.list', {})).toMatchObject({ ok: true });
  });

  it('ends the sessions of a disabled account and keeps at least one active administrator', async () => {
    rt = createTestRuntime();
    const admin = await signInAs(rt, 'admin', 'quantri');
    const clerk = await signInAs(rt, 'clerk', 'vanthu');
    const users = await admin.call('users.list', {});
    const clerkId = users.find((u) => u.userName === 'vanthu')?.id ?? 0;
    const adminId = users.find((u) => u.userName === 'quantri')?.id ?? 0;
    await admin.call('users.setActive', { id: clerkId, isActive: false });
    expect(await clerk.dispatch('units.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await sessionCaller(rt).dispatch('auth.login', { userName: 'vanthu', password: `${TEST_PASSWORD}-moi` })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await admin.dispatch('users.setActive', { id: adminId, isActive: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    await admin.call('users.update', { id: clerkId, fullName: 'Văn thư', role: 'admin' });
    await admin.call('users.setActive', { id: clerkId, isActive: true });
    expect(await admin.dispatch('users.update', { id: adminId, fullName: 'Quản trị', role: 'clerk' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
