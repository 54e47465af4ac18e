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

describe('shell adapter', () => {
  it('passes the path to shell.showItemInFolder', () => {
    electronShell.showItemInFolder('/a/b.docx');
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith('/a/b.docx');
  });
});
