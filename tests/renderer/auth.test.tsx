import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/App';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { useAuthStore } from '../../renderer/src/stores/auth-store';
import { runtimeBridge } from '../helpers/runtime-bridge';
import { TEST_PASSWORD } from '../helpers/sessions';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../helpers/test-runtime';

let rt: TestRuntime;

function renderApp() {
  return render(
    <MantineProvider>
      <Notifications />
      <App />
    </MantineProvider>,
  );
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

async function signIn(userName: string, password: string) {
  await screen.findByTestId('login-userName');
  type('login-userName', userName);
  type('login-password', password);
  fireEvent.click(screen.getByTestId('login-submit'));
}

beforeEach(() => {
  rt = createTestRuntime();
  setBridge(runtimeBridge(rt, { withSessions: true }));
  useAppStore.setState({ info: null, agency: null, loadError: null });
  useAuthStore.setState({ status: null, loadError: null });
  window.location.hash = '';
});
afterEach(async () => {
  setBridge(null);
  await rt.dispose();
});

describe('accounts in the renderer', () => {
  it('first run: creates the administrator, then asks for the agency, then opens the shell signed in', async () => {
    renderApp();
    await screen.findByTestId('admin-fullName');
    type('admin-fullName', 'Nguyễn Thị Lan');
    type('admin-userName', 'lannt');
    type('admin-password', TEST_PASSWORD);
    type('admin-again', 'khac-han-1');
    fireEvent.click(screen.getByTestId('admin-submit'));
    expect(await screen.findByText('Hai lần nhập mật khẩu không giống nhau.')).toBeTruthy();
    type('admin-again', TEST_PASSWORD);
    fireEvent.click(screen.getByTestId('admin-submit'));
    await screen.findByTestId('agency-name');
    type('agency-name', 'Sở Y tế');
    type('agency-abbreviation', 'SYT');
    type('agency-place', 'Đồng Nai');
    fireEvent.click(screen.getByTestId('agency-submit'));
    expect(await screen.findByTestId('user-menu')).toBeTruthy();
    expect(screen.getByTestId('user-menu').textContent).toContain('Nguyễn Thị Lan · Quản trị');
  });

  it('signs in: a wrong password says how many tries are left, the right one opens the shell', async () => {
    await rt.call('users.create', { userName: 'vanthu', fullName: 'Trần Văn Thư', role: 'admin', password: TEST_PASSWORD });
    await rt.call('agency.save', DONG_NAI_AGENCY);
    rt.db.prepare("UPDATE users SET must_change_password = 0 WHERE user_name = 'vanthu'").run();
    renderApp();
    await signIn('vanthu', 'sai-mat-khau');
    expect((await screen.findByTestId('login-error')).textContent).toContain('Còn 4 lần thử');
    await signIn('vanthu', TEST_PASSWORD);
    expect(await screen.findByTestId('user-menu')).toBeTruthy();
  });

  it('asks for a new password after an administrator reset it', async () => {
    await rt.call('users.create', { userName: 'vanthu', fullName: 'Trần Văn Thư', role: 'clerk', password: TEST_PASSWORD });
    await rt.call('agency.save', DONG_NAI_AGENCY);
    renderApp();
    await signIn('vanthu', TEST_PASSWORD);
    await screen.findByText('Hãy đặt mật khẩu mới');
    type('password-current', TEST_PASSWORD);
    type('password-new', 'mat-khau-rieng-7');
    type('password-again', 'mat-khau-rieng-7');
    fireEvent.click(screen.getByTestId('password-submit'));
    expect(await screen.findByTestId('user-menu')).toBeTruthy();
  });

  it('covers the screen when the session is locked and unlocks with the password', async () => {
    await rt.call('users.create', { userName: 'vanthu', fullName: 'Trần Văn Thư', role: 'admin', password: TEST_PASSWORD });
    rt.db.prepare("UPDATE users SET must_change_password = 0 WHERE user_name = 'vanthu'").run();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    renderApp();
    await signIn('vanthu', TEST_PASSWORD);
    await screen.findByTestId('user-menu');
    await useAuthStore.getState().lock();
    await screen.findByTestId('lock-screen');
    type('unlock-password', TEST_PASSWORD);
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await waitFor(() => expect(screen.queryByTestId('lock-screen')).toBeNull());
  });

  it('shows a specialist no accounts, audit or backup tab in Cài đặt', async () => {
    await rt.call('users.create', { userName: 'chuyenvien', fullName: 'Lê Chuyên Viên', role: 'specialist', password: TEST_PASSWORD });
    rt.db.prepare("UPDATE users SET must_change_password = 0 WHERE user_name = 'chuyenvien'").run();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    window.location.hash = '#/cai-dat/tai-khoan';
    renderApp();
    await signIn('chuyenvien', TEST_PASSWORD);
    await screen.findByTestId('settings-tab-thong-tin');
    expect(screen.queryByTestId('settings-tab-tai-khoan')).toBeNull();
    expect(screen.queryByTestId('settings-tab-nhat-ky')).toBeNull();
    expect(screen.queryByTestId('settings-tab-sao-luu')).toBeNull();
  });

  it('lets the administrator add an account and see it in the list and in the audit trail', async () => {
    await rt.call('users.create', { userName: 'admin', fullName: 'Quản Trị', role: 'admin', password: TEST_PASSWORD });
    rt.db.prepare("UPDATE users SET must_change_password = 0 WHERE user_name = 'admin'").run();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    window.location.hash = '#/cai-dat/tai-khoan';
    renderApp();
    await signIn('admin', TEST_PASSWORD);
    fireEvent.click(await screen.findByTestId('users-add'));
    await screen.findByTestId('user-fullName');
    type('user-fullName', 'Phạm Lãnh Đạo');
    type('user-userName', 'lanhdao');
    type('user-password', 'tam-thoi-123');
    fireEvent.click(screen.getByTestId('user-submit'));
    const table = screen.getByTestId('users-table');
    await waitFor(() => expect(within(table).getByText('Phạm Lãnh Đạo')).toBeTruthy());
    fireEvent.click(screen.getByTestId('settings-tab-nhat-ky'));
    const audit = await screen.findByTestId('audit-table');
    await waitFor(() => {
      const rows = within(audit)
        .getAllByRole('row')
        .map((row) => row.textContent ?? '');
      expect(rows.some((text) => text.includes('admin') && text.includes('Thêm tài khoản'))).toBe(true);
    });
  });
});
