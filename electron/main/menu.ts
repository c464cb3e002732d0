import { app, Menu, type MenuItemConstructorOptions } from 'electron';

/** The Vietnamese application menu (no developer tools in a packaged build). */
export function buildMenuTemplate(isPackaged: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    { type: 'separator' },
    { role: 'resetZoom', label: 'Cỡ chữ mặc định' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ];
  if (!isPackaged) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Công cụ phát triển' });
  return [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát VănThư' }] },
    {
      label: 'Sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Xem', submenu: view },
    {
      label: 'Cửa sổ',
      submenu: [
        { role: 'minimize', label: 'Thu nhỏ cửa sổ' },
        { role: 'close', label: 'Đóng cửa sổ' },
      ],
    },
    { label: 'Trợ giúp', submenu: [{ label: `VănThư ${app.getVersion()}`, enabled: false }] },
  ];
}

export function installMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(app.isPackaged)));
}
