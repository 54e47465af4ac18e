// Installs the Vietnamese application menu (main/services/menu-template.ts) and its About box.
import { Menu, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { AppInfo } from '../ports';
import { buildMenuTemplate, type MenuActions } from './menu-template';

export function installMenu(packaged: boolean, appName: string, actions: MenuActions): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ packaged, appName }, actions)),
  );
}

/** "Giới thiệu": name, version and where the data lives, over the main window. */
export function showAbout(window: BrowserWindow | null, info: AppInfo): void {
  const options = {
    type: 'info' as const,
    title: `Giới thiệu ${info.name}`,
    message: `${info.name} — phiên bản ${info.version}`,
    detail: `Quản lý sáng kiến của người lao động cho các cấp công đoàn, chạy được khi không có mạng.\n\nDữ liệu được lưu trên máy này, trong thư mục:\n${info.dataDir}`,
    buttons: ['Đóng'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** A message to the clerk over the main window, not waiting for the answer. */
export function tellClerk(window: BrowserWindow | null, appName: string, message: string): void {
  const options = { type: 'warning' as const, title: appName, message, buttons: ['Đã hiểu'] };
  void (window && !window.isDestroyed()
    ? dialog.showMessageBox(window, options)
    : dialog.showMessageBox(options));
}
