import { shell } from 'electron';
import type { Shell } from '../ports';

export const electronShell: Shell = {
  showItemInFolder: (path) => shell.showItemInFolder(path),
  openPath: (path) => shell.openPath(path),
};
