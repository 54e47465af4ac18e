import { basename, dirname, resolve } from 'node:path';
import { ok } from '@shared/result';
import type { Handlers } from '@shared/ipc';
import {
  fileGone,
  fileKindRefused,
  nameTooLong,
  openFailed,
  openKindRefused,
  openRefused,
  pathRefused,
  writeFailed,
} from '../errors';
import type { HandlerDeps } from '../ports';
import { writeFileAtomic } from '../services/atomic-write';
import { consoleLog } from '../services/console-log';
import { errorCode, exists } from '../services/fs-facts';
import {
  extensionOf,
  OPENABLE_EXTENSIONS,
  planSave,
  runnableExtension,
  withExtension,
} from '../services/file-names';
import { WrittenPaths } from '../services/written-paths';

export function createFileHandlers(
  deps: HandlerDeps,
  /** Shared with other groups that write files the clerk may then reveal (bundles). */
  written: WrittenPaths = new WrittenPaths(deps.appInfo.dataDir),
): Pick<Handlers, 'file:save' | 'folder:reveal' | 'file:open'> {
  const log = deps.log ?? consoleLog;

  return {
    'file:save': async ({ suggestedName, data, kind }) => {
      const plan = planSave(suggestedName, kind);
      if (!plan.ok) {
        log.warn('file:save refused a runnable extension', { suggestedName, kind });
        return fileKindRefused(plan.extension);
      }
      const chosen = await deps.dialogs.askSavePath({
        suggestedName: plan.name,
        filters: plan.filters,
      });
      if (chosen === null) return ok(null);
      // An export keeps its kind's extension whatever was typed in the dialog; an attachment keeps
      // what was typed, so that is checked too: the page's bytes never land as a program.
      const path = resolve(
        plan.extension === null ? chosen : withExtension(chosen, plan.extension),
      );
      const runnable = runnableExtension(basename(path));
      if (runnable !== null) {
        log.warn('file:save refused a runnable name typed in the dialog', { path });
        return fileKindRefused(runnable);
      }
      try {
        await writeFileAtomic(path, data);
      } catch (error) {
        log.warn('file:save could not write', { path, error });
        return errorCode(error) === 'ENAMETOOLONG'
          ? nameTooLong(dirname(path))
          : writeFailed(dirname(path));
      }
      written.add(path);
      return ok({ path });
    },

    'file:open': async ({ path }) => {
      if (!written.mayOpen(path)) {
        log.warn('file:open refused a path the app did not write', { path });
        return openRefused();
      }
      if (!OPENABLE_EXTENSIONS.has(extensionOf(path))) {
        log.warn('file:open refused a kind the app does not make', { path });
        return openKindRefused();
      }
      const target = resolve(path);
      if (!(await exists(target))) return fileGone();
      const error = await deps.shell.openPath(target);
      if (error) {
        log.warn('file:open could not open', { path: target, error });
        return openFailed(basename(target));
      }
      return ok({ opened: true });
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
