import { dirname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Dialogs } from '../ports';

/** The save and folder dialogs, attached to the main window, starting in the folder the clerk last used. */
export function createDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  let lastFolder: string | null = null;
  return {
    async askSavePath({ suggestedName, filters }) {
      const options: SaveDialogOptions = {
        defaultPath: join(lastFolder ?? app.getPath('documents'), suggestedName),
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      lastFolder = dirname(result.filePath);
      return result.filePath;
    },

    async askFolder({ title }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: lastFolder ?? app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const folder = result.filePaths[0];
      if (result.canceled || !folder) return null;
      lastFolder = folder;
      return folder;
    },
  };
}
