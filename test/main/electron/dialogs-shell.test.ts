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

describe('shell adapter', () => {
  it('passes the path to shell.showItemInFolder', () => {
    electronShell.showItemInFolder('/a/b.docx');
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith('/a/b.docx');
  });
});
