import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { createDialogs } from '../../../main/electron/dialogs';
import { electronShell } from '../../../main/electron/shell';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

describe('dialog adapter', () => {
  it('proposes the name in Documents, then in the folder last chosen; null on cancel', async () => {
    const window = {} as BrowserWindow;
    const dialogs = createDialogs(() => window);
    const show = fakeElectron.dialog.showSaveDialog;
    show.mockResolvedValueOnce({ canceled: false, filePath: '/home/clerk/Ho so/a.docx' });

    const first = await dialogs.askSavePath({
      suggestedName: 'a.docx',
      filters: [{ name: 'Word', extensions: ['docx'] }],
    });

    expect(first).toBe('/home/clerk/Ho so/a.docx');
    expect(show).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({
        defaultPath: '/os/documents/a.docx',
        filters: [{ name: 'Word', extensions: ['docx'] }],
      }),
    );

    show.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await dialogs.askSavePath({ suggestedName: 'b.xlsx', filters: [] })).toBeNull();
    expect(show).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/home/clerk/Ho so/b.xlsx' }),
    );
  });
});

describe('open dialog adapter', () => {
  it('asks for one existing file with our filters; null on cancel', async () => {
    const window = {} as BrowserWindow;
    const dialogs = createDialogs(() => window);
    const show = fakeElectron.dialog.showOpenDialog;
    show.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/SaoLuu.skdb'] });
    const filters = [{ name: 'Bản sao lưu', extensions: ['skdb'] }];

    expect(await dialogs.askOpenPath({ title: 'Chọn bản sao lưu', filters })).toBe(
      '/media/usb/SaoLuu.skdb',
    );
    expect(show).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ title: 'Chọn bản sao lưu', filters, properties: ['openFile'] }),
    );

    show.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.askOpenPath({ title: 'x', filters })).toBeNull();
  });
});

describe('folder dialog adapter', () => {
  it('asks for a folder that may be created, starting in Documents; null on cancel', async () => {
    const window = {} as BrowserWindow;
    const dialogs = createDialogs(() => window);
    const show = fakeElectron.dialog.showOpenDialog;
    show.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/clerk/Hồ sơ 2021'] });

    expect(await dialogs.askFolder({ title: 'Chọn thư mục lưu hồ sơ' })).toBe(
      '/home/clerk/Hồ sơ 2021',
    );
    expect(show).toHaveBeenLastCalledWith(window, {
      title: 'Chọn thư mục lưu hồ sơ',
      defaultPath: '/os/documents',
      properties: ['openDirectory', 'createDirectory'],
    });

    show.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await dialogs.askFolder({ title: 'Chọn thư mục lưu hồ sơ' })).toBeNull();
    expect(show).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ defaultPath: '/home/clerk/Hồ sơ 2021' }),
    );
  });
});

describe('shell adapter', () => {
  it('passes the path to shell.showItemInFolder', () => {
    electronShell.showItemInFolder('/a/b.docx');
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith('/a/b.docx');
  });
});
