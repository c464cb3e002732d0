import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBridge } from '../../renderer/src/api/client';
import { App } from '../../renderer/src/App';
import { useAppStore } from '../../renderer/src/stores/app-store';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../helpers/test-runtime';
import { runtimeBridge } from '../helpers/runtime-bridge';

let rt: TestRuntime;

function renderApp() {
  return render(
    <MantineProvider>
      <Notifications />
      <App />
    </MantineProvider>,
  );
}

beforeEach(() => {
  rt = createTestRuntime();
  setBridge(runtimeBridge(rt));
  useAppStore.setState({ info: null, agency: null, loadError: null });
  window.location.hash = '';
});
/** A runtime whose calendar date is pinned, in place of the default one. */
async function replaceRuntime(today: string): Promise<TestRuntime> {
  await rt.dispose();
  const next = createTestRuntime({ today });
  setBridge(runtimeBridge(next));
  return next;
}

afterEach(async () => {
  setBridge(null);
  await rt.dispose();
});

describe('App shell', () => {
  it('asks for the agency profile on first run, shows field errors in Vietnamese, then opens the shell', async () => {
    renderApp();
    const submit = await screen.findByTestId('agency-submit');
    fireEvent.click(submit);
    expect(await screen.findByText('Tên cơ quan: chưa nhập.')).toBeTruthy();
    expect(await rt.call('agency.get', {})).toBeNull();
    fireEvent.change(screen.getByTestId('agency-name'), { target: { value: 'Sở Y tế' } });
    fireEvent.change(screen.getByTestId('agency-abbreviation'), { target: { value: 'SYT' } });
    fireEvent.change(screen.getByTestId('agency-place'), { target: { value: 'Đồng Nai' } });
    fireEvent.click(submit);
    await waitFor(() => expect(screen.getByTestId('nav-directory')).toBeTruthy());
    for (const label of [
      'Trang chủ',
      'Tiếp nhận',
      'Văn bản đến',
      'Văn bản đi',
      'Dự thảo',
      'Công việc',
      'Báo cáo',
      'Tìm kiếm',
      'Danh mục',
      'Cài đặt',
    ]) {
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    }
    expect(await rt.call('agency.get', {})).toMatchObject({ name: 'Sở Y tế', abbreviation: 'SYT' });
  });

  it('lists units from the database on Danh mục and filters them without diacritics', async () => {
    await rt.call('agency.save', DONG_NAI_AGENCY);
    await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    await rt.call('units.create', { name: 'Thanh tra Sở' });
    window.location.hash = '#/danh-muc/don-vi';
    renderApp();
    const table = await screen.findByTestId('units-table');
    await waitFor(() => expect(within(table).getByText('Thanh tra Sở')).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Lọc theo tên (gõ có dấu hoặc không dấu)'), { target: { value: 'ke hoach' } });
    await waitFor(() => expect(within(table).queryByText('Thanh tra Sở')).toBeNull());
    expect(within(table).getByText('Phòng Kế hoạch – Tài chính')).toBeTruthy();
  });
});

describe('screens load on demand', () => {
  it('shows "Đang tải…" in the main area while a screen loads, then the screen, with the menu already there', async () => {
    await rt.call('agency.save', DONG_NAI_AGENCY);
    window.location.hash = '#/cong-viec';
    renderApp();
    const loading = await screen.findByRole('status');
    expect(loading.textContent).toBe('Đang tải…');
    expect(screen.getByTestId('nav-directory')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(screen.getAllByText('Công việc').length).toBeGreaterThan(1);
  });
});

describe('Báo cáo', () => {
  it('opens on the printed registers with the three registers to choose from', async () => {
    await rt.call('agency.save', DONG_NAI_AGENCY);
    window.location.hash = '#/bao-cao';
    renderApp();
    expect(await screen.findByText('Sổ đăng ký văn bản đến')).toBeTruthy();
    expect(screen.getByText('Sổ theo dõi giải quyết văn bản đến')).toBeTruthy();
    expect(screen.getByTestId('register-export-pdf')).toBeTruthy();
  });
  it('gathers many reminders at start into one summary rather than a stack of notices', async () => {
    rt = await replaceRuntime('2024-10-21');
    await rt.call('agency.save', DONG_NAI_AGENCY);
    for (let i = 1; i <= 5; i++) await rt.call('tasks.create', { content: `Việc ${i}`, leadText: 'Văn phòng', deadline: `2024-10-1${i}` });
    await rt.call('tasks.create', { content: 'Việc sắp đến hạn', leadText: 'Văn phòng', deadline: '2024-10-23' });
    renderApp();
    expect(await screen.findByText('5 công việc quá hạn, 1 công việc sắp đến hạn')).toBeTruthy();
    expect(screen.queryByText(/^Quá hạn: /)).toBeNull();
  });
});
