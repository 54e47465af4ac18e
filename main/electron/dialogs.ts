import { dirname, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Dialogs } from '../ports';

/** The save, open and folder dialogs, attached to the main window, starting in the folder the clerk last used. */
export function createDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  let lastFolder: string | null = null;
  const startIn = () => lastFolder ?? app.getPath('documents');

  /** The open dialog for one file or one folder; the first path picked, or null when cancelled. */
  const showOpen = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = getWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const [path] = result.filePaths;
    return result.canceled || path === undefined ? null : path;
  };

  return {
    async askSavePath({ suggestedName, filters }) {
      const options: SaveDialogOptions = {
        defaultPath: join(startIn(), suggestedName),
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

    async askOpenPath({ title, filters }) {
      const path = await showOpen({
        title,
        defaultPath: startIn(),
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['openFile'],
      });
      if (path !== null) lastFolder = dirname(path);
      return path;
    },

    async askOpenPaths({ title, filters }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: startIn(),
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['openFile', 'multiSelections'],
      };
      const window = getWindow();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      if (result.canceled) return [];
      const [first] = result.filePaths;
      if (first !== undefined) lastFolder = dirname(first);
      return result.filePaths;
    },

    async askFolder({ title }) {
      const folder = await showOpen({
        title,
        defaultPath: startIn(),
        properties: ['openDirectory', 'createDirectory'],
      });
      if (folder !== null) lastFolder = folder;
      return folder;
    },
  };
}
