import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import { fileGone, pathRefused, writeFailed } from '../errors';
import type { HandlerDeps } from '../ports';
import { writeFileAtomic } from '../services/atomic-write';
import { consoleLog } from '../services/console-log';
import { WrittenPaths } from '../services/written-paths';

export function createFileHandlers(
  deps: HandlerDeps,
  /** Shared with other groups that write files the clerk may then reveal (bundles). */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'file:save' | 'folder:reveal'> {
  const log = deps.log ?? consoleLog;

  return {
    'file:save': async ({ suggestedName, data, filters }) => {
      const chosen = await deps.dialogs.askSavePath({ suggestedName, filters });
      if (chosen === null) return ok(null);
      const path = resolve(chosen);
      try {
        await writeFileAtomic(path, data);
      } catch (error) {
        log.warn('file:save could not write', { path, error });
        return writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path });
    },

    'folder:reveal': async ({ path }) => {
      if (!written.mayReveal(path)) {
        log.warn('folder:reveal refused a path the app did not write', { path });
        return pathRefused();
      }
      const target = resolve(path);
      if (!(await exists(target))) return fileGone();
      deps.shell.showItemInFolder(target);
      return ok({ shown: true });
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
