// The application menu, in Vietnamese, as plain data handed to Electron's Menu in menu.ts; pure
// (a type-only import of electron), so tests need no Electron. A packaged app has no reload and no
// DevTools: a clerk who reloads mid-edit, or DevTools open on a locked score sheet, is exactly
// what the menu must not offer.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Reloads the page after its pending writes are flushed (the close guard's reload). */
  reload(): void;
  /** Shows the About box. */
  about(): void;
}

export interface MenuOptions {
  /** app.isPackaged: the clerk's build. */
  readonly packaged: boolean;
  readonly appName: string;
}

export function buildMenuTemplate(
  { packaged, appName }: MenuOptions,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { type: 'separator' },
        // Not role 'reload': that would skip the flush of pending autosaves.
        { label: 'Tải lại trang', accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
        { label: 'Công cụ cho nhà phát triển', role: 'toggleDevTools' },
      ];
  return [
    { label: 'Tệp', submenu: [{ label: 'Thoát', role: 'quit' }] },
    {
      label: 'Sửa',
      submenu: [
        { label: 'Hoàn tác', role: 'undo' },
        { label: 'Làm lại', role: 'redo' },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut' },
        { label: 'Sao chép', role: 'copy' },
        { label: 'Dán', role: 'paste' },
        { label: 'Chọn tất cả', role: 'selectAll' },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { label: 'Cỡ chữ mặc định', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...developer,
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [{ label: `Giới thiệu ${appName}`, click: () => actions.about() }],
    },
  ];
}
